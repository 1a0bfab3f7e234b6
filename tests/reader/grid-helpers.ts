/** Inline grids for reader tests: rows of values, merges as "A1:A3", percent numbers as { pct: 0.8 }. */
import { parseA1Range, type CellRange } from '../../src/domain/cell-ref';
import type { Grid, GridCell } from '../../src/domain/grid';
import type { SheetSpec } from '../../src/domain/sheet-spec';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { formatOutcome } from '../../src/messages/format-outcome';

export type InlineValue = string | number | { pct: number } | null | undefined;

/** A grid from inline rows; merges written as A1 ranges. */
export function grid(rows: ReadonlyArray<ReadonlyArray<InlineValue>>, merges: readonly string[] = [], name = 'シート1'): Grid {
  return {
    name,
    rows: rows.map((row) => row.map(toCell)),
    merges: merges.map((m) => parseA1Range(m)).filter((m): m is CellRange => m !== null),
  };
}

function toCell(v: InlineValue): GridCell | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return { kind: 'text', text: v };
  return { kind: 'number', value: v.pct, percent: true };
}

/** A rendered sheet spec as the grid a host would read back (percent formats kept). */
export function gridFromSpec(spec: SheetSpec): Grid {
  const rows: Array<Array<GridCell | null>> = [];
  for (const c of spec.cells) {
    if (c.value === null || c.value === '') continue;
    const row = (rows[c.row] ??= []);
    const percent = c.style !== undefined && (spec.styles[c.style]?.numberFormat ?? '').includes('%');
    row[c.col] = typeof c.value === 'number' ? { kind: 'number', value: c.value, percent } : { kind: 'text', text: c.value };
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: spec.name, rows, merges: spec.merges };
}

/** Reads a grid that must be a status sheet. */
export function readSheet(g: Grid, names?: Parameters<typeof readStatusSheet>[1]): StatusSheet {
  const outcome = readStatusSheet(g, names);
  if (outcome.kind !== 'status-sheet') throw new Error(`${g.name}: ${formatOutcome(outcome.skip)}`);
  return outcome.sheet;
}

/** The DO / CHECK / ACTION texts of one month, entry by entry. */
export function monthTexts(sheet: StatusSheet, month: number): Array<[string | null, string | null, string | null]> {
  const block = sheet.months.find((m) => m.month === month);
  return (block?.entries ?? []).map((e) => [e.do?.value ?? null, e.check?.value ?? null, e.action?.value ?? null]);
}
