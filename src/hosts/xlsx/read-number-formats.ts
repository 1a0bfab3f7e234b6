/** Which cell styles show numbers as percentages or dates: all the reader needs from styles.xml. */
import { firstElementBody, readAttributes, startTags } from './read-xml-text';

export type NumberFormatKind = 'percent' | 'date' | 'plain';

// Built-in ids: 9 "0%", 10 "0.00%"; 14–22 and 45–47 dates/times; 27–36 and 50–58 are the CJK
// built-in date formats (e.g. ggge"年"m"月"d"日") that Japanese Excel assigns.
const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Classifies a format code: quoted text, escapes and [colour]/[locale] brackets do not count. */
export function classifyFormatCode(code: string): NumberFormatKind {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    // `_x` (space the width of x) and `*x` (fill with x) name a character, not a format token: "#,##0_m".
    .replace(/[_*]./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^[\]]*\]/gi, '');
  if (bare.includes('%')) return 'percent';
  if (/general/i.test(bare)) return 'plain';
  if (/[ymdhsge]/i.test(bare.replace(/E[+-]/g, ''))) return 'date';
  return 'plain';
}

/** The kind of each cellXfs index (the `s` attribute of a cell), from styles.xml text. */
export function readStyleKinds(stylesXml: string | null): NumberFormatKind[] {
  if (!stylesXml) return [];
  const custom = new Map<number, NumberFormatKind>();
  // startTags and forEachElement keep broken styles linear to scan (tests/hostile/bounded-work.test.ts).
  for (const tag of startTags(stylesXml, 'numFmt')) {
    const attrs = readAttributes(tag);
    custom.set(Number(attrs.get('numFmtId')), classifyFormatCode(attrs.get('formatCode') ?? ''));
  }
  const xfsBlock = firstElementBody(stylesXml, 'cellXfs') ?? '';
  const kinds: NumberFormatKind[] = [];
  for (const tag of startTags(xfsBlock, 'xf')) {
    const id = Number(readAttributes(tag).get('numFmtId') ?? 0);
    kinds.push(custom.get(id) ?? (BUILTIN_PERCENT.has(id) ? 'percent' : BUILTIN_DATE.has(id) ? 'date' : 'plain'));
  }
  return kinds;
}

/** An Excel serial day number to an ISO date (1900 system unless `date1904`). */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return null;
  // 1899-12-30 absorbs Lotus's phantom 1900-02-29 for every serial after 60; before it, serial 1 is 1900-01-01.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}
