/** Small, allocation-light helpers for scanning SpreadsheetML text: attributes and escaped text. */

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag's inner text (`r="B2" s="3"`), names without namespace prefix. */
export function readAttributes(tagInner: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(tagInner); m; m = ATTR.exec(tagInner)) {
    const name = m[1] ?? '';
    const local = name.includes(':') && !name.startsWith('xmlns') ? name.slice(name.indexOf(':') + 1) : name;
    // A prefixed r:id must not shadow a plain id; keep the first of each local name except r:id → "r:id".
    const key = name.startsWith('r:') ? name : local;
    if (!out.has(key)) out.set(key, decodeXmlText(m[2] ?? m[3] ?? ''));
  }
  return out;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** XML entities and OOXML's `_xHHHH_` escapes decoded; CR LF and lone CR become LF. */
export function decodeXmlText(text: string): string {
  let s = text.includes('&')
    ? text.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
        if (named) return NAMED[named] ?? '';
        const code = dec ? Number(dec) : parseInt(hex ?? '0', 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      })
    : text;
  if (s.includes('_x')) s = s.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const T_ELEMENT = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** The text of a string item (`<si>` or `<is>`): its runs joined, phonetic (ルビ) runs left out. */
export function readStringItem(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let out = '';
  T_ELEMENT.lastIndex = 0;
  for (let m = T_ELEMENT.exec(body); m; m = T_ELEMENT.exec(body)) {
    const raw = m[1] ?? '';
    out += raw.includes('<![CDATA[') ? raw.replace(CDATA, (_, c: string) => c) : decodeXmlText(raw);
  }
  return out;
}
