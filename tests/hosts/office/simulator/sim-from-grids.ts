/** A simulated workbook holding given grids as Excel would store them: values with number format codes. */
import type { Grid } from '../../../../src/domain/grid';
import { SimWorkbook } from './simulated-workbook';

/** Days from Excel's 1900 epoch (as Excel stores dates) to an ISO date. */
function serial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** One sheet per grid (its hidden rows and columns hidden); percentages carry "0%", dates "yyyy/m/d", errors their code as an error value. */
export function workbookOf(grids: readonly Grid[]): SimWorkbook {
  const book = new SimWorkbook([]);
  for (const grid of grids) {
    const sheet = book.addSheet(grid.name);
    if (grid.hidden) sheet.visibility = 'Hidden';
    sheet.merges.push(...grid.merges);
    for (const c of grid.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r);
    grid.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = sheet.ensure(r, c);
        if (cell.kind === 'text') target.value = cell.text;
        else if (cell.kind === 'number') Object.assign(target, { value: cell.value, format: cell.percent ? '0%' : 'General' });
        else if (cell.kind === 'date') Object.assign(target, { value: serial(cell.iso), format: 'yyyy/m/d' });
        else if (cell.kind === 'boolean') target.value = cell.value;
        else Object.assign(target, { value: cell.code, error: true });
      }),
    );
  }
  return book;
}
