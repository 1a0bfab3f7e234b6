/**
 * One worksheet part's text → Grid: cell values (cached results for formulas), typed by the cell's
 * style, and the merged ranges. Nothing else of the sheet (drawings, validation, formats) is looked at.
 */
import type { CellRange } from '../../domain/cell-ref';
import { parseA1Range, toA1 } from '../../domain/cell-ref';
import type { Grid, GridCell } from '../../domain/grid';
import { failure } from './read-failure';
import { ReadAbort } from './read-abort';
import { numberCell } from '../cell-value';
import type { NumberFormatKind } from './read-number-formats';
import { decodeRawText, readStringItemAt } from './read-string-items';
import { TagScanner } from './read-xml-scanner';
import { detachedText } from './read-xml-text';
import type { ReadLimits } from './xlsx-limits';

/** What cell values refer to outside the sheet: the shared strings, the style kinds and the date system. */
export interface WorkbookContext {
  readonly strings: readonly string[];
  readonly styles: readonly NumberFormatKind[];
  readonly date1904: boolean;
}

/** What a sheet holds that Excel would show otherwise: formulas never computed (the first cell and how many), texts over Excel's cell limit. */
export interface SheetNotes {
  firstUncomputed: string | null;
  uncomputed: number;
  readonly truncatedTexts: string[];
}

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Ends a text cut at Excel's limit, so nobody takes the cut text for the whole. */
export const TRUNCATION_MARK = '…［以下省略］';

/** A text cut to fit Excel's cell limit with the mark at its end, never splitting a surrogate pair. */
export function truncateCellText(text: string): string {
  let cut = MAX_CELL_TEXT - TRUNCATION_MARK.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + TRUNCATION_MARK;
}

/** Column letters and row digits of an A1 reference ("AB12") as zero-based indices; null when it is not one. */
function parseCellRef(ref: string): { col: number; row: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const row = Number(ref.slice(i));
  return i === 0 || i > 3 || !Number.isInteger(row) || row < 1 ? null : { col: col - 1, row: row - 1 };
}

/** Where the worksheet's <sheetData> body ends: at its last end tag, found from the end (the tail is short). */
function sheetDataEnd(xml: string, from: number): number {
  const close = xml.lastIndexOf('sheetData>');
  if (close < from) return xml.length;
  const lt = xml.lastIndexOf('<', close);
  return lt >= from && xml.charCodeAt(lt + 1) === 47 ? lt : xml.length;
}

/**
 * Reads one worksheet's cells and merges; refuses sheets whose values pass the row, column or cell
 * limits (empty formatted rows and cells do not count: Excel shows nothing there either).
 */
export function readWorksheet(name: string, xml: string, context: WorkbookContext, limits: ReadLimits, notes?: SheetNotes): Grid {
  const tooMany = (detail: string): ReadAbort => new ReadAbort(failure('too_many_cells', `${name}: ${detail}`, name));
  // The head, up to <sheetData>. Its <dimension> is not trusted: it counts formatting (borders down to
  // row 12,000, one styled cell at XFD1), and scanning is linear in the part anyway.
  const head = new TagScanner(xml);
  let hasData = false;
  const hiddenColumns: number[] = [];
  while (head.next()) {
    if (head.closing) continue;
    if (head.is('col')) hiddenColumns.push(...hiddenColumnRange(head.attribute('hidden'), head.attribute('min'), head.attribute('max'), limits.maxColumns));
    else if (head.is('sheetData')) {
      hasData = !head.selfClosing;
      break;
    }
  }
  const dataEnd = hasData ? sheetDataEnd(xml, head.pos) : head.pos;

  const rows: Array<Array<GridCell | null> | undefined> = [];
  const hiddenRows: number[] = [];
  // Most sheets hide nothing: one search spares an attribute scan per row.
  const mayHide = xml.includes('hidden=');
  const scan = new TagScanner(xml, head.pos, dataEnd);
  let cellCount = 0;
  let rowIndex = -1;
  let rowHasRef = false;
  let colIndex = -1;
  // The open cell, placed when it ends (its end tag, or the next cell or row when it is left open).
  let open = false;
  let type = 'n';
  let style: string | undefined;
  let raw: string | null = null;
  let inline: string | null = null;
  let formula = false;
  const place = (): void => {
    open = false;
    let cell = inline !== null ? textCell(inline) : raw !== null ? readCell(type, style, raw, context) : null;
    // A formula with no cached result (openpyxl and other generators write `<f>` alone): Excel would
    // compute it on opening; we cannot, so the cell is reported rather than silently read as empty.
    if (!cell && formula && type !== 'str' && notes) {
      notes.firstUncomputed ??= toA1(rowIndex, colIndex);
      notes.uncomputed += 1;
    }
    if (!cell) return;
    if (colIndex + 1 > limits.maxColumns) throw tooMany(`column ${colIndex + 1} > ${limits.maxColumns}`);
    if (rowIndex + 1 > limits.maxRows) throw tooMany(`row ${rowIndex + 1} > ${limits.maxRows}`);
    cellCount += 1;
    if (cellCount > limits.maxCellsPerSheet) throw tooMany(`> ${limits.maxCellsPerSheet} cells`);
    if (cell.kind === 'text' && cell.text.length > MAX_CELL_TEXT) {
      cell = { kind: 'text', text: truncateCellText(cell.text) };
      notes?.truncatedTexts.push(toA1(rowIndex, colIndex));
    }
    const row = rows[rowIndex] ?? (rows[rowIndex] = []);
    row[colIndex] = cell;
  };
  while (scan.next()) {
    if (scan.is('c')) {
      if (open) place();
      if (scan.closing) continue;
      scan.cellAttributes();
      const at = scan.r === undefined ? null : parseCellRef(scan.r);
      // Cells without `r` (some generators omit it) follow the previous cell; a row without `r` takes its cells' row.
      colIndex = at ? at.col : colIndex + 1;
      if (at && !rowHasRef) rowIndex = at.row;
      if (rowIndex < 0) rowIndex = 0;
      open = !scan.selfClosing;
      type = scan.t ?? 'n';
      style = scan.s;
      raw = null;
      inline = null;
      formula = false;
    } else if (scan.is('f')) {
      if (open && !scan.closing) formula = true;
    } else if (scan.is('v')) {
      // A formula cell's `<v>` is its cached result: what Excel last showed, which is what the user meant.
      if (open && !scan.closing && !scan.selfClosing && raw === null) raw = scan.rawText();
    } else if (scan.is('is')) {
      if (open && !scan.closing && !scan.selfClosing && type === 'inlineStr') inline = readStringItemAt(scan, 'is');
    } else if (scan.is('row')) {
      if (open) place();
      if (scan.closing) continue;
      const ref = scan.attribute('r');
      rowHasRef = ref !== undefined && /^\s*\d+\s*$/.test(ref);
      rowIndex = rowHasRef ? Number(ref) - 1 : rowIndex + 1;
      colIndex = -1;
      if (mayHide && isTrue(scan.attribute('hidden'))) hiddenRows.push(rowIndex);
    }
  }
  if (open) place();

  const merges: CellRange[] = [];
  const tail = new TagScanner(xml, dataEnd);
  while (tail.next()) {
    if (tail.closing || !tail.is('mergeCell')) continue;
    const range = parseA1Range(tail.attribute('ref') ?? '');
    if (range) merges.push(range);
  }
  return { name, rows, merges, ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}), ...(hiddenRows.length > 0 ? { hiddenRows } : {}) };
}

function isTrue(flag: string | undefined): boolean {
  return flag === '1' || flag === 'true';
}

/** The zero-based columns a hidden <col min max> covers (bounded by the column limit). */
function hiddenColumnRange(hidden: string | undefined, min: string | undefined, max: string | undefined, maxColumns: number): number[] {
  if (!isTrue(hidden)) return [];
  const from = Number(min);
  const to = Math.min(Number(max ?? min), maxColumns);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from - 1 + i);
}

function textCell(text: string): GridCell | null {
  return text === '' ? null : { kind: 'text', text };
}

/** One cell's content → GridCell by its type attribute and its style's number format; null when empty. */
function readCell(type: string, style: string | undefined, raw: string, context: WorkbookContext): GridCell | null {
  switch (type) {
    case 's':
      return textCell(context.strings[Number(raw)] ?? '');
    case 'str':
    case 'inlineStr':
      // An inlineStr cell with a plain <v> (some exporters write it so) reads like a formula string.
      return textCell(detachedText(decodeRawText(raw)));
    case 'b':
      return { kind: 'boolean', value: raw.trim() === '1' || raw.trim() === 'true' };
    case 'e':
      return { kind: 'error', code: decodeRawText(raw).trim() };
    case 'd': {
      // ISO 8601 date cells (Strict files, some exporters): "2022-11-29T00:00:00Z".
      const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw)?.[1];
      return iso ? { kind: 'date', iso } : null;
    }
    default: {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) return null;
      return numberCell(value, context.styles[Number(style ?? 0)] ?? 'plain', context.date1904);
    }
  }
}
