/** A worksheet's used range (values, number formats) and merged areas → the core's Grid. */
import { parseA1, parseA1Range, type CellRange } from '../../domain/cell-ref';
import type { Grid, GridCell } from '../../domain/grid';

/** What is loaded of one sheet before the sync that reads it. */
export interface LoadedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
}

/** Queues the loads a grid needs (no sync): the used range and the merged areas of one sheet. */
export function queueSheetLoad(sheet: Excel.Worksheet): LoadedSheet {
  sheet.load('name, visibility');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address, values, numberFormat, valueTypes');
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load('address');
  return { sheet, used, merged };
}

const PERCENT = /%/;
const DATE = /[ymdgeh]/i;

/** The loaded sheet as a Grid (call after the sync). */
export function toGrid(loaded: LoadedSheet): Grid {
  const name = loaded.sheet.name;
  const hidden = loaded.sheet.visibility !== Excel.SheetVisibility.visible;
  if (loaded.used.isNullObject) return { name, rows: [], merges: [], ...(hidden ? { hidden } : {}) };
  const origin = parseA1(loaded.used.address.split('!').pop()?.split(':')[0] ?? 'A1') ?? { row: 0, col: 0 };
  const rows: Array<Array<GridCell | null>> = [];
  (loaded.used.values as Array<Array<string | number | boolean>>).forEach((valueRow, r) => {
    const out: Array<GridCell | null> = [];
    valueRow.forEach((value, c) => {
      const format = String(loaded.used.numberFormat[r]?.[c] ?? 'General').replace(/"[^"]*"/g, '');
      const type = loaded.used.valueTypes[r]?.[c];
      out[origin.col + c] = toCell(value, format, type);
    });
    rows[origin.row + r] = out;
  });
  return { name, rows, merges: loaded.merged.isNullObject ? [] : parseAreas(loaded.merged.address), ...(hidden ? { hidden } : {}) };
}

/** One cell of `range.values` (Office.js gives string | number | boolean) as a typed grid cell. */
function toCell(value: string | number | boolean | null | undefined, format: string, type: Excel.RangeValueType | undefined): GridCell | null {
  if (value === '' || value === null || value === undefined) return null;
  if (type === Excel.RangeValueType.error) return { kind: 'error', code: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    if (PERCENT.test(format)) return { kind: 'number', value, percent: true };
    if (format !== 'General' && DATE.test(format)) return { kind: 'date', iso: new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86400000).toISOString().slice(0, 10) };
    return { kind: 'number', value };
  }
  return { kind: 'text', text: String(value).replace(/\r\n?/g, '\n') };
}

/** "Sheet1!A1:B2, Sheet1!C3:D4" → ranges. */
function parseAreas(address: string): CellRange[] {
  return address.split(',').flatMap((part) => {
    const range = parseA1Range(part.split('!').pop()?.trim() ?? '');
    return range ? [range] : [];
  });
}
