/**
 * Sheet-scoped defined names (<definedName localSheetId="…">). ExcelJS 4.4 keeps only workbook names
 * (its DefinedNames model has no scope, and on load a name repeated on several sheets keeps just the last),
 * so this module holds them beside the workbook and writes them into xl/workbook.xml after ExcelJS.
 */
import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { parseA1Range, toA1, type CellRange } from '../../domain/cell-ref';

/**
 * One sheet-scoped name: a range on its own sheet (written with the sheet's current name), or, for
 * names kept from a loaded file that are not a plain range, the formula text as it was stored.
 */
export type SheetScopedName = { readonly name: string; readonly range: CellRange } | { readonly name: string; readonly formula: string };

const scopedNames = new WeakMap<ExcelJS.Worksheet, SheetScopedName[]>();

/** Adds (or repoints) a sheet-scoped name on a worksheet. */
export function addSheetScopedName(worksheet: ExcelJS.Worksheet, name: SheetScopedName): void {
  const list = (scopedNames.get(worksheet) ?? []).filter((n) => n.name.toLowerCase() !== name.name.toLowerCase());
  scopedNames.set(worksheet, [...list, name]);
}

/** The sheet-scoped names of a worksheet. */
export function sheetScopedNames(worksheet: ExcelJS.Worksheet): readonly SheetScopedName[] {
  return scopedNames.get(worksheet) ?? [];
}

/** Whether a worksheet carries a sheet-scoped name (case-insensitive, as Excel compares names). */
export function hasSheetScopedName(worksheet: ExcelJS.Worksheet, name: string): boolean {
  return sheetScopedNames(worksheet).some((n) => n.name.toLowerCase() === name.toLowerCase());
}

/** A sheet name as it appears in a formula: always quoted, quotes doubled. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Sheet'!$A$1" or "'Sheet'!$A$1:$B$2". */
export function toAbsoluteRef(sheet: string, range: CellRange): string {
  const abs = (row: number, col: number) => toA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const start = abs(range.top, range.left);
  const single = range.top === range.bottom && range.left === range.right;
  return `${quoteSheetName(sheet)}!${single ? start : `${start}:${abs(range.bottom, range.right)}`}`;
}

/** xl/workbook.xml as ExcelJS wrote it, with every sheet-scoped name of the workbook's sheets added. */
export function withSheetScopedNames(workbookXml: string, workbook: ExcelJS.Workbook): string {
  const entries = workbook.worksheets.flatMap((ws) => sheetScopedNames(ws).map((n) => ({ sheet: ws.name, ...n })));
  if (entries.length === 0) return workbookXml;
  const order = sheetOrder(workbookXml);
  const elements = entries.flatMap((e) => {
    const index = order.indexOf(e.sheet);
    if (index < 0) return [];
    const formula = 'range' in e ? toAbsoluteRef(e.sheet, e.range) : e.formula;
    return [`<definedName name="${escapeXml(e.name)}" localSheetId="${index}">${escapeXml(formula)}</definedName>`];
  });
  return insertDefinedNames(workbookXml, elements.join(''));
}

/** The sheet names of a workbook.xml, in tab order (localSheetId is an index into this list). */
function sheetOrder(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\s[^>]*?name="([^"]*)"/g)].map((m) => unescapeXml(m[1] ?? ''));
}

function insertDefinedNames(xml: string, elements: string): string {
  if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${elements}</definedNames>`);
  if (/<definedNames\s*\/>/.test(xml)) return xml.replace(/<definedNames\s*\/>/, `<definedNames>${elements}</definedNames>`);
  // The schema orders <definedNames> right after <sheets> (before calcPr).
  return xml.replace('</sheets>', `</sheets><definedNames>${elements}</definedNames>`);
}

/** A sheet-scoped name found in a workbook's bytes: the sheet (by tab position and name) it belongs to. */
export interface StoredScopedName {
  readonly sheet: string;
  readonly name: string;
  /** The formula text as stored, e.g. "'①・④・⑤'!$G$1". */
  readonly ref: string;
  readonly range: CellRange | null;
}

/**
 * Reads the sheet-scoped names of a workbook's bytes, except the print names ExcelJS already keeps
 * (_xlnm.Print_Area / _xlnm.Print_Titles).
 */
export function readSheetScopedNames(bytes: Uint8Array): StoredScopedName[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
  const xml = files['xl/workbook.xml'];
  if (!xml) return [];
  const sheets: string[] = [];
  const found: Array<{ name: string; localSheetId: number; ref: string }> = [];
  let current: { name: string; localSheetId: number; ref: string } | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const local = tag.name.replace(/^.*:/, '');
    const attr = (key: string) => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    if (local === 'sheet') sheets.push(attr('name') ?? '');
    if (local === 'definedName') {
      const id = attr('localSheetId');
      current = id === undefined ? null : { name: attr('name') ?? '', localSheetId: Number(id), ref: '' };
    }
  });
  parser.on('text', (t) => {
    if (current) current.ref += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name.replace(/^.*:/, '') === 'definedName' && current) {
      found.push(current);
      current = null;
    }
  });
  parser.write(strFromU8(xml)).close();
  return found
    .filter((n) => n.name !== '_xlnm.Print_Area' && n.name !== '_xlnm.Print_Titles')
    .flatMap((n) => {
      const sheet = sheets[n.localSheetId];
      if (sheet === undefined) return [];
      const target = n.ref.includes('!') ? n.ref.slice(n.ref.lastIndexOf('!') + 1) : n.ref;
      return [{ sheet, name: n.name, ref: n.ref, range: parseA1Range(target.replace(/\$/g, '')) }];
    });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
