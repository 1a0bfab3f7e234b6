/**
 * Property writes and loads of the simulated Excel, with Excel's own conversions: text typed into a
 * cell that is not formatted as text ("@") becomes a number, a date or a formula, as in Excel.
 */
import type { CellRange } from '../../../../src/domain/cell-ref';
import { chartSetProperty, isChartHandle } from './sim-charts';
import { formatAddress, parseAddress } from './sim-address';
import { guardProtected, itemsOf, navigate, unknown, type Handle } from './sim-objects';
import { ExcelError, type CellValue, type SimCell, type SimSheet, type SimWorkbook } from './simulated-workbook';

function cellsOf(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** Each cell of `range` with the 2-D input's value at that position (a scalar fills the range). */
function eachInput(range: CellRange, input: unknown, what: string, visit: (row: number, col: number, value: unknown) => void): void {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  if (!Array.isArray(input)) {
    if (cellsOf(range) > 1_000_000) throw new ExcelError('InvalidArgument', `${what}: range too large.`);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) visit(range.top + r, range.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new ExcelError('InvalidArgument', `${what}: the input array is ${input.length} rows but the range is ${rows}×${cols}.`);
  }
  input.forEach((row: unknown[], r) => row.forEach((value, c) => visit(range.top + r, range.left + c, value)));
}

/** What Excel stores when `input` is typed into a cell formatted `format`. */
function typedValue(cell: SimCell, input: unknown): void {
  delete cell.formula;
  if (input === null || input === undefined) return;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  if (text.length > 32_767) throw new ExcelError('InvalidArgument', `A cell holds at most 32,767 characters (${text.length} given).`);
  if (cell.format === '@' || text === '') {
    cell.value = text;
    return;
  }
  if (/^[=+-]/.test(text) && !/^[+-]?\d/.test(text)) {
    cell.formula = text;
    cell.value = '#NAME?';
    cell.error = true;
    return;
  }
  const numeric = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(E[+-]?\d+)?%?$/i.exec(text.trim());
  if (numeric) {
    const n = Number(text.trim().replace(/,/g, '').replace(/%$/, ''));
    cell.value = text.trim().endsWith('%') ? n / 100 : n;
    return;
  }
  const date = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text.trim());
  if (date) {
    cell.value = (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return;
  }
  cell.value = text;
}

/** A property write. */
export function setProperty(book: SimWorkbook, h: Handle, name: string, value: unknown): void {
  if (isChartHandle(h)) return chartSetProperty(h, name, value);
  if (h.t === 'range') {
    const sheet = h.sheet;
    if (name === 'Values') {
      guardProtected(sheet, 'Range.values');
      return eachInput(h.range, value, 'values', (r, c, v) => {
        if (v !== null) typedValue(sheet.ensure(r, c), v);
      });
    }
    if (name === 'NumberFormat') {
      guardProtected(sheet, 'Range.numberFormat');
      return eachInput(h.range, value, 'numberFormat', (r, c, v) => {
        if (v !== null) sheet.ensure(r, c).format = typeof v === 'string' ? v : JSON.stringify(v);
      });
    }
    if (name === 'Hyperlink') {
      // A reference inside the workbook ('Sheet'!A1), resolved by name when clicked (so it may name a sheet
      // written later in the same write), shown as textToDisplay.
      const link = value as { documentReference?: unknown; textToDisplay?: unknown; address?: unknown } | null;
      const ref = typeof link?.documentReference === 'string' ? parseAddress(link.documentReference) : null;
      if (!ref || ref.sheet === null || link?.address !== undefined) throw new ExcelError('InvalidArgument', `hyperlink ${JSON.stringify(value)} is not a reference inside the workbook.`);
      const cell = sheet.ensure(h.range.top, h.range.left);
      cell.link = String(link?.documentReference);
      if (typeof link?.textToDisplay === 'string') typedValue(cell, link.textToDisplay);
      return;
    }
    if (name === 'ColumnHidden' || name === 'RowHidden') {
      const [lines, from, to] = name === 'ColumnHidden' ? [sheet.hiddenColumns, h.range.left, h.range.right] : [sheet.hiddenRows, h.range.top, h.range.bottom];
      for (let i = from; i <= to; i++) {
        if (value === true) lines.add(i);
        else lines.delete(i);
      }
      return;
    }
  }
  if (h.t === 'bag') return setBagProperty(h.sheet, h.areas, h.path, name, value);
  if (h.t === 'worksheet') {
    if (name === 'Name') return book.renameSheet(h.sheet, String(value));
    if (name === 'TabColor') return void (h.sheet.tabColor = String(value));
    if (name === 'Visibility') {
      if (value !== 'Visible' && h.sheet.visibility === 'Visible' && book.sheets.filter((s) => s.visibility === 'Visible').length === 1) {
        throw new ExcelError('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
      }
      return void (h.sheet.visibility = value as SimSheet['visibility']);
    }
  }
  if (h.t === 'table') {
    if (name === 'Name') {
      book.checkTableName(String(value), h.table);
      return void (h.table.name = String(value));
    }
    if (name === 'Style') return void (h.table.style = String(value));
  }
  if (h.t === 'runtime' && name === 'EnableEvents') return void (book.eventsEnabled = value === true);
  if (h.t === 'sheetPart' && h.part === 'pageLayout') return void (h.sheet.pageLayout[name] = value);
  return unknown(h, `${name} =`);
}

function setBagProperty(sheet: SimSheet, areas: readonly CellRange[], path: string, name: string, value: unknown): void {
  if (path === 'Format' && name === 'ColumnWidth') {
    if (typeof value !== 'number' || value < 0 || value > 255 * 7.5) throw new ExcelError('InvalidArgument', `columnWidth ${String(value)} is out of range.`);
    for (const a of areas) for (let c = a.left; c <= a.right; c++) sheet.columnWidths.set(c, value);
    return;
  }
  if (path === 'Format' && name === 'RowHeight') {
    if (typeof value !== 'number' || value < 0 || value > 409) throw new ExcelError('InvalidArgument', `rowHeight ${String(value)} is out of range.`);
    for (const a of areas) for (let r = a.top; r <= a.bottom; r++) sheet.rowHeights.set(r, value);
    return;
  }
  if (path.startsWith('DataValidation')) {
    guardProtected(sheet, 'dataValidation');
    sheet.validations.push({ areas, path: `${path}.${name}`, value });
    return;
  }
  sheet.formats.push({ areas, path: `${path}.${name}`, value });
}

/** Excel's valueTypes entry for a cell. */
function valueType(cell: SimCell | undefined): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function grid<T>(sheet: SimSheet, range: CellRange, pick: (cell: SimCell | undefined) => T): T[][] {
  if (cellsOf(range) > 5_000_000) throw new ExcelError('InvalidArgument', 'The range is too large to load.');
  const out: T[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: T[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(pick(sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}

/** Excel's rowHidden / columnHidden of a range: true when all its lines are hidden, false when none, null when some. */
function allSomeOrNone(hidden: ReadonlySet<number>, from: number, to: number): boolean | null {
  let count = 0;
  for (const i of hidden) if (i >= from && i <= to) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

/** A scalar property's value, or the handle of a navigation property (loaded with a sub-select). */
function getProperty(book: SimWorkbook, h: Handle, name: string): CellValue | CellValue[][] | string[][] | Handle | null {
  switch (h.t) {
    case 'range':
      if (name === 'Address') return formatAddress(h.sheet.name, h.range);
      if (name === 'Values') return grid(h.sheet, h.range, (c) => (c ? c.value : ''));
      if (name === 'NumberFormat') return grid(h.sheet, h.range, (c) => c?.format ?? 'General');
      if (name === 'ValueTypes') return grid(h.sheet, h.range, valueType);
      if (name === 'RowHidden') return allSomeOrNone(h.sheet.hiddenRows, h.range.top, h.range.bottom);
      if (name === 'ColumnHidden') return allSomeOrNone(h.sheet.hiddenColumns, h.range.left, h.range.right);
      if (name === 'RowCount') return h.range.bottom - h.range.top + 1;
      if (name === 'ColumnCount') return h.range.right - h.range.left + 1;
      break;
    case 'rangeAreas':
      if (name === 'Address') return h.areas.map((a) => formatAddress(h.sheet.name, a)).join(',');
      if (name === 'AreaCount') return h.areas.length;
      break;
    case 'worksheet':
      if (name === 'Name') return h.sheet.name;
      if (name === 'Id') return h.sheet.id;
      if (name === 'Visibility') return h.sheet.visibility;
      if (name === 'Position') return book.sheets.indexOf(h.sheet);
      if (name === 'TabColor') return h.sheet.tabColor;
      if (name === 'Names' || name === 'Tables') return navigate(book, h, name);
      break;
    case 'namedItem':
      if (name === 'Name') return h.name;
      if (name === 'Value' || name === 'Formula') return `=${formatAddress(h.on.name, h.range)}`;
      if (name === 'Type') return 'Range';
      break;
    case 'table':
      if (name === 'Name') return h.table.name;
      if (name === 'Id') return h.table.id;
      if (name === 'Style') return h.table.style;
      break;
    case 'functionResult':
      if (name === 'Value') return h.value;
      if (name === 'Error') return null;
      break;
    case 'runtime':
      if (name === 'EnableEvents') return book.eventsEnabled;
      break;
    default:
      break;
  }
  return unknown(h, name);
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** A load's result: the selected properties by Excel's (Pascal-case) names; collections as `_Items`. */
export function query(book: SimWorkbook, h: Handle, select: readonly string[]): unknown {
  if (h.t === 'null') return null;
  const items = itemsOf(book, h);
  // Items carry only what was selected: without an id the library addresses each item as GetItemAt(i).
  if (items) return { _Items: items.map((item) => queryObject(book, item, select)) };
  return queryObject(book, h, select);
}

function queryObject(book: SimWorkbook, h: Handle, select: readonly string[]): unknown {
  if (select.length === 0) throw new ExcelError('InvalidArgument', `Load ${h.t} with explicit properties (the simulated Excel does not load everything).`);
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const path of select) {
    const [head = '', ...rest] = path.split('/');
    if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
    else out[pascal(head)] = getProperty(book, h, pascal(head));
  }
  for (const [head, sub] of nested) {
    const target = getProperty(book, h, pascal(head));
    if (!target || typeof target !== 'object' || !('t' in target)) throw new ExcelError('InvalidArgument', `${head} is not an object.`);
    out[pascal(head)] = query(book, target, sub);
  }
  return out;
}

