/**
 * What the simulated Excel does with each object an object path names: navigation properties, methods,
 * indexers, property writes and loads, on the real cell state of a SimWorkbook. A member it does not
 * know is an error, so a call our adapter starts making is noticed here instead of silently accepted.
 */
import type { CellRange } from '../../../../src/domain/cell-ref';
import { chartCall, chartItems, chartNavigate, isChartHandle, type ChartHandle } from './sim-charts';
import { formatAddress, MAX_COL, MAX_ROW, parseAddress } from './sim-address';
import { ExcelError, overlaps, type CellValue, type SimSheet, type SimTable, type SimWorkbook } from './simulated-workbook';

export type Handle =
  | { readonly t: 'workbook' | 'application' | 'runtime' | 'functions' | 'worksheets' }
  | { readonly t: 'null' }
  | { readonly t: 'functionResult'; readonly value: number }
  | { readonly t: 'worksheet'; readonly sheet: SimSheet }
  | { readonly t: 'range'; readonly sheet: SimSheet; readonly range: CellRange }
  | { readonly t: 'rangeAreas'; readonly sheet: SimSheet; readonly areas: readonly CellRange[] }
  | { readonly t: 'areas'; readonly sheet: SimSheet; readonly areas: readonly CellRange[] }
  | { readonly t: 'names'; readonly sheet: SimSheet | null }
  | { readonly t: 'namedItem'; readonly sheet: SimSheet | null; readonly name: string; readonly range: CellRange; readonly on: SimSheet }
  | { readonly t: 'tables'; readonly sheet: SimSheet | null }
  | { readonly t: 'table'; readonly table: SimTable }
  | { readonly t: 'sheetPart'; readonly sheet: SimSheet; readonly part: 'pageLayout' | 'freezePanes' | 'protection' | 'pageBreaks' | 'columnPageBreaks' | 'pageBreak' }
  /** Formatting, validation and conditional-format objects: writes are recorded against their areas. */
  | { readonly t: 'bag'; readonly sheet: SimSheet; readonly areas: readonly CellRange[]; readonly path: string }
  | ChartHandle;

const FULL: CellRange = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
const BAG_ROOTS = new Set(['Format', 'DataValidation', 'ConditionalFormats']);

function unknown(h: Handle, member: string): never {
  throw new ExcelError('ApiNotFound', `The simulated Excel does not implement ${h.t}.${member}.`);
}

function rangeOn(sheet: SimSheet, address: unknown, book: SimWorkbook): { sheet: SimSheet; range: CellRange } {
  if (address && typeof address === 'object' && 't' in address) {
    const h = address as Handle;
    if (h.t === 'range') return { sheet: h.sheet, range: h.range };
  }
  if (typeof address !== 'string') throw new ExcelError('InvalidArgument', 'An address or a range is required.');
  const parsed = parseAddress(address);
  const target = parsed.sheet === null ? sheet : book.sheet(parsed.sheet);
  if (!target) throw new ExcelError('ItemNotFound', `No sheet "${parsed.sheet ?? ''}".`);
  return { sheet: target, range: parsed.range };
}

function guardProtected(sheet: SimSheet, what: string): void {
  if (sheet.protected) throw new ExcelError('AccessDenied', `${what}: the sheet "${sheet.name}" is protected.`);
}

/** The object a navigation property leads to. */
export function navigate(_book: SimWorkbook, h: Handle, name: string): Handle {
  if (isChartHandle(h)) return chartNavigate(h, name);
  switch (h.t) {
    case 'workbook':
      if (name === 'Worksheets') return { t: 'worksheets' };
      if (name === 'Application') return { t: 'application' };
      if (name === '_Runtime') return { t: 'runtime' };
      if (name === 'Functions') return { t: 'functions' };
      if (name === 'Names') return { t: 'names', sheet: null };
      if (name === 'Tables') return { t: 'tables', sheet: null };
      break;
    case 'worksheet':
      if (name === 'Names') return { t: 'names', sheet: h.sheet };
      if (name === 'Tables') return { t: 'tables', sheet: h.sheet };
      if (name === 'PageLayout') return { t: 'sheetPart', sheet: h.sheet, part: 'pageLayout' };
      if (name === 'FreezePanes') return { t: 'sheetPart', sheet: h.sheet, part: 'freezePanes' };
      if (name === 'Protection') return { t: 'sheetPart', sheet: h.sheet, part: 'protection' };
      if (name === 'HorizontalPageBreaks') return { t: 'sheetPart', sheet: h.sheet, part: 'pageBreaks' };
      if (name === 'VerticalPageBreaks') return { t: 'sheetPart', sheet: h.sheet, part: 'columnPageBreaks' };
      if (name === 'Charts') return { t: 'charts', sheet: h.sheet };
      break;
    case 'range':
    case 'rangeAreas':
      if (BAG_ROOTS.has(name)) return { t: 'bag', sheet: h.sheet, areas: h.t === 'range' ? [h.range] : h.areas, path: name };
      if (name === 'Areas' && h.t === 'rangeAreas') return { t: 'areas', sheet: h.sheet, areas: h.areas };
      if (name === 'Worksheet') return { t: 'worksheet', sheet: h.sheet };
      break;
    case 'bag':
      return { ...h, path: `${h.path}.${name}` };
    default:
      break;
  }
  return unknown(h, name);
}

/** `collection[key]`: a sheet by name or id, a border by edge. */
export function index(book: SimWorkbook, h: Handle, args: readonly unknown[]): Handle {
  const key = String(args[0]);
  if (h.t === 'worksheets') {
    const sheet = book.sheet(key);
    if (!sheet) throw new ExcelError('ItemNotFound', `The worksheet "${key}" does not exist.`);
    return { t: 'worksheet', sheet };
  }
  if (h.t === 'bag') return { ...h, path: `${h.path}[${key}]` };
  if (h.t === 'tables') {
    const table = book.tables.find((t) => t.id === key || t.name.toUpperCase() === key.toUpperCase());
    if (!table) throw new ExcelError('ItemNotFound', `The table "${key}" does not exist.`);
    return { t: 'table', table };
  }
  return unknown(h, `[${key}]`);
}

/** A method call; returns a handle (object-valued methods) or a plain value. */
export function call(book: SimWorkbook, h: Handle, name: string, args: readonly unknown[]): Handle | CellValue | null | undefined {
  if (name === 'GetItemAt') {
    const item = itemsOf(book, h)?.[Number(args[0])];
    if (!item) throw new ExcelError('ItemNotFound', `No item at ${String(args[0])}.`);
    return item;
  }
  if (isChartHandle(h)) return chartCall(h, name, args, guardProtected);
  switch (h.t) {
    case 'worksheets':
      if (name === 'Add') return { t: 'worksheet', sheet: book.addSheet(args[0] as string | null | undefined) };
      if (name === 'GetItemOrNullObject') {
        const sheet = book.sheet(String(args[0]));
        return sheet ? { t: 'worksheet', sheet } : { t: 'null' };
      }
      if (name === 'GetCount') return book.sheets.length;
      break;
    case 'worksheet': {
      const sheet = h.sheet;
      if (name === 'GetRange') return args[0] === null || args[0] === undefined ? { t: 'range', sheet, range: FULL } : { t: 'range', ...rangeOn(sheet, args[0], book) };
      if (name === 'GetRanges') {
        // Excel refuses some longer addresses whatever their area count (office-js#5198: 8,207 characters failed).
        if (String(args[0]).length > 8192) throw new ExcelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        const areas = String(args[0]).split(/[,\s]+/).filter(Boolean).map((a) => rangeOn(sheet, a, book).range);
        return { t: 'rangeAreas', sheet, areas };
      }
      if (name === 'GetUsedRangeOrNullObject') return usedRange(sheet, args[0] === true);
      if (name === 'Delete') return void book.deleteSheet(sheet);
      if (name === 'Activate') return void (book.active = { sheet: sheet.name, address: book.active?.address ?? 'A1' });
      break;
    }
    case 'range':
      if (name === 'Merge') {
        guardProtected(h.sheet, 'Merge');
        if (h.sheet.merges.some((m) => overlaps(m, h.range))) throw new ExcelError('InvalidOperation', 'Cannot merge over a merged area.');
        return void h.sheet.merges.push(h.range);
      }
      // The library cuts a large 2-D write into row chunks itself: it checks the array's size first,
      // then writes each chunk to getRow(i).getBoundingRect(getRow(j)).
      if (name === '_ValidateArraySize') {
        const rows = h.range.bottom - h.range.top + 1;
        const cols = h.range.right - h.range.left + 1;
        if (args[0] !== rows || args[1] !== cols) throw new ExcelError('InvalidArgument', `The input array is ${String(args[0])}×${String(args[1])} but the range is ${rows}×${cols}.`);
        return undefined;
      }
      if (name === 'GetRow') {
        const row = h.range.top + Number(args[0]);
        if (row > h.range.bottom) throw new ExcelError('InvalidArgument', `Row ${String(args[0])} is outside the range.`);
        return { t: 'range', sheet: h.sheet, range: { ...h.range, top: row, bottom: row } };
      }
      if (name === 'GetBoundingRect') {
        const other = args[0] as Handle;
        if (other?.t !== 'range') throw new ExcelError('InvalidArgument', 'getBoundingRect needs a range.');
        const r = other.range;
        return { t: 'range', sheet: h.sheet, range: { top: Math.min(r.top, h.range.top), left: Math.min(r.left, h.range.left), bottom: Math.max(r.bottom, h.range.bottom), right: Math.max(r.right, h.range.right) } };
      }
      if (name === 'GetMergedAreasOrNullObject') {
        const areas = h.sheet.merges.filter((m) => overlaps(m, h.range));
        return areas.length === 0 ? { t: 'null' } : { t: 'rangeAreas', sheet: h.sheet, areas };
      }
      if (name === 'Select') return void (book.active = { sheet: h.sheet.name, address: formatAddress(h.sheet.name, h.range).split('!')[1] ?? 'A1' });
      break;
    case 'names':
      if (name === 'Add') return addName(book, h.sheet, String(args[0]), args[1]);
      if (name === 'GetItemOrNullObject') {
        const key = String(args[0]).toUpperCase();
        if (h.sheet) {
          const found = [...h.sheet.names].find(([n]) => n.toUpperCase() === key);
          return found ? { t: 'namedItem', sheet: h.sheet, name: found[0], range: found[1], on: h.sheet } : { t: 'null' };
        }
        const found = [...book.names].find(([n]) => n.toUpperCase() === key);
        return found ? { t: 'namedItem', sheet: null, name: found[0], range: found[1].range, on: found[1].sheet } : { t: 'null' };
      }
      break;
    case 'tables':
      if (name === 'Add') {
        const sheet = h.sheet ?? book.sheets[0];
        if (!sheet) break;
        const target = rangeOn(sheet, args[0], book);
        guardProtected(target.sheet, 'Tables.Add');
        return { t: 'table', table: book.addTable(target.sheet, target.range) };
      }
      break;
    case 'sheetPart':
      return sheetPartCall(h.sheet, h.part, name, args, book);
    case 'bag':
      if (name === 'Add' && h.path.endsWith('ConditionalFormats')) {
        h.sheet.conditionalFormats.push({ areas: h.areas, type: String(args[0]) });
        return { ...h, path: `${h.path}[${h.sheet.conditionalFormats.length - 1}]` };
      }
      break;
    case 'application':
      if (name === 'SuspendScreenUpdatingUntilNextSync') return undefined;
      break;
    case 'functions':
      if (name === 'Date') return { t: 'functionResult', value: dateSerial(book, Number(args[0]), Number(args[1]), Number(args[2])) };
      break;
    default:
      break;
  }
  return unknown(h, name);
}

function sheetPartCall(sheet: SimSheet, part: string, name: string, args: readonly unknown[], book: SimWorkbook): Handle | undefined {
  if (part === 'pageBreaks' && name === 'Add') {
    const { range } = rangeOn(sheet, args[0], book);
    if (range.top === 0) throw new ExcelError('InvalidArgument', 'A page break cannot sit above the first row.');
    sheet.rowBreaks.push(range.top);
    return { t: 'sheetPart', sheet, part: 'pageBreak' };
  }
  if (part === 'columnPageBreaks' && name === 'Add') {
    const { range } = rangeOn(sheet, args[0], book);
    if (range.left === 0) throw new ExcelError('InvalidArgument', 'A page break cannot stand left of the first column.');
    sheet.columnBreaks.push(range.left);
    return { t: 'sheetPart', sheet, part: 'pageBreak' };
  }
  if (part === 'pageLayout' && name === 'SetPrintTitleRows') return void (sheet.pageLayout.printTitleRows = args[0]);
  if (part === 'pageLayout' && name === 'SetPrintArea') {
    // A string address on this sheet (a Range proxy would arrive as a handle): kept as given, checked like Excel.
    if (typeof args[0] !== 'string' || parseAddress(args[0])?.sheet !== null) throw new ExcelError('InvalidArgument', 'SetPrintArea needs an address on the sheet.');
    return void (sheet.pageLayout.printArea = args[0]);
  }
  if (part === 'freezePanes' && name === 'FreezeRows') return void (sheet.frozen = { ...sheet.frozen, rows: Number(args[0]) });
  if (part === 'freezePanes' && name === 'FreezeColumns') return void (sheet.frozen = { ...sheet.frozen, cols: Number(args[0]) });
  if (part === 'protection' && name === 'Protect') return void (sheet.protected = true);
  return unknown({ t: 'sheetPart', sheet, part: 'pageLayout' }, `${part}.${name}`);
}

function addName(book: SimWorkbook, scope: SimSheet | null, name: string, reference: unknown): Handle {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) throw new ExcelError('InvalidArgument', `The name "${name}" is not valid.`);
  const ref = reference as Handle;
  if (!ref || ref.t !== 'range') throw new ExcelError('InvalidArgument', 'names.add needs a range.');
  const key = name.toUpperCase();
  const taken = scope ? [...scope.names.keys()] : [...book.names.keys()];
  if (taken.some((n) => n.toUpperCase() === key) || book.tables.some((t) => t.name.toUpperCase() === key)) throw new ExcelError('ItemAlreadyExists', `The name "${name}" already exists.`);
  if (scope) scope.names.set(name, ref.range);
  else book.names.set(name, { sheet: ref.sheet, range: ref.range });
  return { t: 'namedItem', sheet: scope, name, range: ref.range, on: ref.sheet };
}

/** Excel's DATE(): the serial of a date in the workbook's date system. */
function dateSerial(book: SimWorkbook, year: number, month: number, day: number): number {
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return book.date1904 ? days - 1462 : days;
}

function usedRange(sheet: SimSheet, valuesOnly: boolean): Handle {
  let box: CellRange | null = null;
  for (const [key, c] of sheet.cells) {
    if (c.value === '' && (valuesOnly || c.format === 'General')) continue;
    const [row = 0, col = 0] = key.split(',').map(Number);
    box = box ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) } : { top: row, left: col, bottom: row, right: col };
  }
  return box ? { t: 'range', sheet, range: box } : { t: 'null' };
}

/** The items of a collection handle. */
export function itemsOf(book: SimWorkbook, h: Handle): Handle[] | null {
  if (isChartHandle(h)) return chartItems(h);
  if (h.t === 'worksheets') return book.sheets.map((sheet) => ({ t: 'worksheet', sheet }));
  if (h.t === 'areas') return h.areas.map((range) => ({ t: 'range', sheet: h.sheet, range }));
  if (h.t === 'names') {
    if (h.sheet) return [...h.sheet.names].map(([name, range]) => ({ t: 'namedItem', sheet: h.sheet, name, range, on: h.sheet as SimSheet }));
    return [...book.names].map(([name, target]) => ({ t: 'namedItem', sheet: null, name, range: target.range, on: target.sheet }));
  }
  if (h.t === 'tables') return book.tables.filter((t) => !h.sheet || t.sheet === h.sheet).map((table) => ({ t: 'table', table }));
  return null;
}

export { guardProtected, unknown };
