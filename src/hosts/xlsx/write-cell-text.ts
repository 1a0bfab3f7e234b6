/** Cell text as XML character data, the way every part we write needs it. */

// Characters XML 1.0 cannot carry are dropped, as ExcelJS drops them; tab, LF and CR stay.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is matched
const NEEDS_ESCAPE = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPE_ALL = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data: markup characters escaped, characters XML forbids removed. */
export function escapeCellText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (ch) => ESCAPES[ch] ?? '') : text;
}

/** The <t> start tag for a text: whitespace at either end is kept only when the tag says so. */
export function textStartTag(text: string): string {
  return /^\s|\s$/.test(text) ? '<t xml:space="preserve">' : '<t>';
}
