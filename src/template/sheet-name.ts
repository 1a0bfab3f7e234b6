/** Worksheet names: Excel-safe, at most 31 characters, unique in the workbook. */
import { joinPlanNumbers } from '../domain/plan-number';

/** Excel's limit on a worksheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts: forbidden characters removed, no edge apostrophes, ≤ 31 characters, never empty. */
export function toSafeSheetName(wanted: string, fallback = 'Sheet'): string {
  // Excel refuses a leading or trailing apostrophe and the reserved name "History".
  let name = wanted.replace(FORBIDDEN, '').replace(/\p{Cc}/gu, '').trim().replace(/^'+|'+$/g, '');
  if (name.toLowerCase() === 'history') name = `${name}_`;
  name = truncate(name, MAX_SHEET_NAME_LENGTH);
  return name === '' ? fallback : name;
}

/** How Excel compares sheet names: case- and width-insensitively (「ＳＨＥＥＴ１」 is 「sheet1」). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFKC').toLocaleUpperCase('en-US');
}

/** `wanted` made safe, or "…(2)", "…(3)" … when taken (compared as Excel does, see sheetNameKey). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base = toSafeSheetName(wanted);
  const used = new Set(taken.map(sheetNameKey));
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/** The natural name of a plan sheet: its plan numbers 「①・④・⑤」, or 「計画」 when it has none; free against `taken`. */
export function sheetNameFor(request: { readonly plans: readonly string[]; readonly locale?: 'ja' | 'en' | undefined }, taken: readonly string[]): string {
  const natural = request.plans.length > 0 ? joinPlanNumbers(request.plans) : request.locale === 'en' ? 'Plan' : '計画';
  return freeSheetName(natural, taken);
}

/** Cuts to at most `max` UTF-16 units (Excel's unit) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
