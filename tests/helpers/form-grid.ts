/** A rendered form (tests/helpers/form-render.ts) as the Grid a host hands the core. */
import { parseA1Range } from '../../src/domain/cell-ref';
import type { Grid, GridCell } from '../../src/domain/grid';
import type { RenderedForm } from './form-render';

/** A rendered form as the Grid a host hands the core (merged areas and hidden columns kept). */
export function formToGrid(form: RenderedForm): Grid {
  const rows: Array<Array<GridCell | null>> = [];
  for (const cell of form.cells) {
    const row = (rows[cell.r] ??= []);
    row[cell.c] = typeof cell.v === 'number' ? { kind: 'number', value: cell.v, ...(cell.pct ? { percent: true } : {}) } : { kind: 'text', text: cell.v };
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return {
    name: form.name,
    rows,
    merges: form.merges.flatMap((m) => {
      const range = parseA1Range(m);
      return range ? [range] : [];
    }),
    ...(form.hiddenColumns.length > 0 ? { hiddenColumns: form.hiddenColumns } : {}),
    ...(form.hiddenRows.length > 0 ? { hiddenRows: form.hiddenRows } : {}),
  };
}
