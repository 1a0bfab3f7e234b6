/** Cell text as XML character data, the way every part we write needs it. */

// Characters XML 1.0 cannot carry are dropped, as ExcelJS drops them; tab and LF stay. A CR is written as
// a character reference: raw, every XML parser would turn it into LF (XML 1.0 §2.11 end-of-line handling).
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is matched
const NEEDS_ESCAPE = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPE_ALL = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

// Excel reads "_x0041_" in cell text as the character U+0041; a literal one is written with its "_" escaped.
const OOXML_ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text as XML character data: markup characters escaped, characters XML forbids removed, "_xHHHH_" kept literal. */
export function escapeCellText(text: string): string {
  const escaped = NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (ch) => ESCAPES[ch] ?? '') : text;
  return escaped.includes('_x') ? escaped.replace(OOXML_ESCAPE_LIKE, '_x005F_$1') : escaped;
}

/** The <t> start tag for an escaped text: whitespace (or a CR) at either end is kept only when the tag says so. */
export function textStartTag(escaped: string): string {
  return /^(?:\s|&#13;)|(?:\s|&#13;)$/.test(escaped) ? '<t xml:space="preserve">' : '<t>';
}
