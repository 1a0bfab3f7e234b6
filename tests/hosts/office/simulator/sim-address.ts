/** Excel address text ⇄ ranges, as the simulated Excel reads its arguments and writes `address`. */
import { parseA1Range, toA1Range, type CellRange } from '../../../../src/domain/cell-ref';
import { ExcelError } from './simulated-workbook';

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** "A1:B2", "$A$1", "A:C", "3:5", with an optional "Sheet!" or "'My sheet'!" prefix → sheet name and range. */
export function parseAddress(text: string): { sheet: string | null; range: CellRange } {
  const bang = text.lastIndexOf('!');
  const sheetPart = bang >= 0 ? text.slice(0, bang) : null;
  const local = (bang >= 0 ? text.slice(bang + 1) : text).trim().replace(/\$/g, '');
  const sheet = sheetPart === null ? null : sheetPart.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(local);
  const rows = /^(\d+):(\d+)$/.exec(local);
  let range: CellRange | null;
  if (columns) {
    const a = parseA1Range(`${columns[1]}1:${columns[2]}1`);
    range = a && { top: 0, left: a.left, bottom: MAX_ROW, right: a.right };
  } else if (rows) {
    const top = Number(rows[1]) - 1;
    const bottom = Number(rows[2]) - 1;
    range = top >= 0 && bottom >= 0 ? { top: Math.min(top, bottom), left: 0, bottom: Math.max(top, bottom), right: MAX_COL } : null;
  } else {
    range = parseA1Range(local);
  }
  if (!range || range.bottom > MAX_ROW || range.right > MAX_COL) throw new ExcelError('InvalidArgument', `The address "${text}" is not valid.`);
  return { sheet, range };
}

/** A sheet name as Excel writes it in an address: quoted unless it is plain letters, digits and underscores. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2" the way Excel reports a range's address. */
export function formatAddress(sheetName: string, range: CellRange): string {
  const local =
    range.top === 0 && range.bottom === MAX_ROW
      ? `${toA1Range({ ...range, top: 0, bottom: 0 }).replace(/\d+/g, '')}`.replace(/^([A-Z]+)$/, '$1:$1')
      : toA1Range(range);
  return `${quoteSheetName(sheetName)}!${local}`;
}
