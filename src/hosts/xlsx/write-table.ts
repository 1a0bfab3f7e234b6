/** SheetSpec tables → ExcelJS tables with an autofilter, under names Excel accepts. */
import type ExcelJS from 'exceljs';
import { toA1 } from '../../domain/cell-ref';
import type { CellSpec, TableSpec } from '../../domain/sheet-spec';

/** Table styles Excel ships: TableStyleLight1…21, Medium1…28, Dark1…11. */
const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

/**
 * Whether Excel accepts `name` as a table name: a letter, "_" or "\" first, then letters, digits, "_" or
 * "."; never something that reads as a cell reference ("T1", "AB12", "R1C1", "R", "C").
 */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name)) return false;
  return true;
}

/** Every table name and defined name in the workbook (Excel keeps them in one namespace). */
function takenTableNames(workbook: ExcelJS.Workbook): Set<string> {
  const taken = new Set<string>();
  for (const ws of workbook.worksheets) for (const t of ws.getTables()) taken.add(tableName(t).toLowerCase());
  for (const n of workbook.definedNames.model) taken.add(n.name.toLowerCase());
  return taken;
}

/** ExcelJS 4.4 types getTables() as [Table, void] tuples but returns Table objects: accept both. */
function tableName(entry: unknown): string {
  const table: unknown = Array.isArray(entry) ? entry[0] : entry;
  if (table && typeof table === 'object' && 'name' in table && typeof table.name === 'string') return table.name;
  return '';
}

/**
 * Adds the table over the spec's cells and returns the header texts it used (Excel needs them unique and
 * non-empty, and equal to the header cells); throws on a name Excel would reject (a bug in the spec).
 */
export function writeTable(worksheet: ExcelJS.Worksheet, spec: TableSpec, cells: readonly CellSpec[]): string[] {
  if (!isValidTableName(spec.name)) throw new RangeError(`Excel does not accept the table name "${spec.name}"`);
  const taken = takenTableNames(worksheet.workbook);
  let name = spec.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${spec.name}_${n}`;

  const { top, left, bottom, right } = spec.range;
  // Only the header row is looked up: the cells themselves are written by write-sheet-data.ts.
  const header = new Map<number, CellSpec['value']>();
  for (const c of cells) if (c.row === top && c.col >= left && c.col <= right) header.set(c.col, c.value);

  // Excel needs unique, non-empty header texts.
  const used = new Set<string>();
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let col = left; col <= right; col++) {
    const raw = header.get(col);
    const base = raw === null || raw === undefined || raw === '' ? `Column${col - left + 1}` : String(raw);
    let text = base;
    for (let n = 2; used.has(text.toLowerCase()); n++) text = `${base}${n}`;
    used.add(text.toLowerCase());
    columns.push({ name: text, filterButton: true });
  }
  // ExcelJS's Table.store() assigns every row value to its cell; empty rows give the table its height
  // and leave the cells to write-sheet-data.ts.
  // A table needs at least one data row; an empty one keeps the header and filter.
  const rows: never[][] = Array.from({ length: Math.max(1, bottom - top) }, () => []);
  const theme = TABLE_STYLE.test(spec.style) ? (spec.style as NonNullable<ExcelJS.TableStyleProperties['theme']>) : 'TableStyleMedium2';
  worksheet.addTable({
    name,
    displayName: name,
    ref: toA1(top, left),
    headerRow: true,
    totalsRow: false,
    style: { theme, showRowStripes: true },
    columns,
    rows,
  });
  return columns.map((c) => c.name);
}
