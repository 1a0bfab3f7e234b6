/** XML text for the parts we write: escapes, references and the declaration every part starts with. */
import { toA1, type CellRange } from '../../domain/cell-ref';
import { escapeCellText } from './write-cell-text';

/** The first line of every part. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Text as an attribute value: as cell text (escapes, forbidden characters dropped, "_xHHHH_" kept literal),
 * with tab and LF as character references, which attribute-value normalisation would turn into spaces.
 */
export function attr(text: string): string {
  return escapeCellText(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Text as element content where no "_xHHHH_" decoding happens (formulas, defined names, chart text). */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry are dropped
  return text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g, '').replace(/[&<>"\r]/g, (ch) => ESCAPES[ch] ?? '');
}
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** A sheet name as it appears in a formula: always quoted, quotes doubled. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Sheet'!$A$1" or "'Sheet'!$A$1:$B$2". */
export function toAbsoluteRef(sheet: string, range: CellRange): string {
  const start = absolute(range.top, range.left);
  const single = range.top === range.bottom && range.left === range.right;
  return `${quoteSheetName(sheet)}!${single ? start : `${start}:${absolute(range.bottom, range.right)}`}`;
}

function absolute(row: number, col: number): string {
  return toA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/** "RRGGBB" → the ARGB value SpreadsheetML colours carry. */
export function argb(rgb: string): string {
  return `FF${rgb}`;
}

/** A number as XML text: integers plain, others in JavaScript's shortest round-trip form. */
export function num(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}
