/** Small helpers for the cold parts of SpreadsheetML (workbook, relationships, styles): attributes, escaped text, elements. */

// The look-behind starts a name only at a name's first character: without it a 2 MB run of letters in one
// tag was re-scanned from every position (quadratic; tests/hostile/bounded-work.test.ts).
const ATTR = /(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

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

/**
 * The text as a string of its own. V8 keeps a substring of 13 or more characters as a view into the
 * string it was cut from, so one DO text kept by the dashboard kept its whole part's XML alive (~3.5 MB per
 * 1,000 plan sheets; bench/README.md). Joining two pieces makes one flat copy the size of the text; a
 * concatenation cut again by slice() was a copy plus a 32-byte view of it (~5 MB at 5,000 plan sheets).
 */
export function detachedText(text: string): string {
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join('');
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

/**
 * A start tag's inner text as a regex source: quoted values may hold a raw `>` (legal XML: a sheet
 * named 「a>b」, formatCode "[>=1]0%"), nothing may hold `<`, so a tag without `>` still ends at the next `<`.
 */
const TAG_INNER = `(?:[^<>"']|"[^"<]*"|'[^'<]*')*`;

const OPEN_TAG = new Map<string, RegExp>();
const START_TAG = new Map<string, RegExp>();

/** The inner text (attributes) of every `<name …>` or `<name …/>` start tag (any namespace prefix), in document order. */
export function startTags(xml: string, name: string): string[] {
  let tag = START_TAG.get(name);
  if (!tag) START_TAG.set(name, (tag = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])(${TAG_INNER}?)\\/?>`, 'g')));
  return [...xml.matchAll(tag)].map((m) => m[1] ?? '');
}

/**
 * Visits each `<name …>…</name>` and `<name …/>` element (any namespace prefix) in document order with
 * its start tag's inner text and its body (null when self-closing); `visit` returning false stops.
 * Linear in the text even when broken: a start tag without `>` ends at the next `<`, and a close tag
 * that is missing after one position is never searched for again after a later one, because a lazy
 * `<row>([\s\S]*?)</row>` regex re-scans to the end for every unclosed element (quadratic).
 */
export function forEachElement(
  xml: string,
  name: string,
  visit: (tag: string, body: string | null, start: number, end: number) => boolean | void,
): void {
  let open = OPEN_TAG.get(name);
  if (!open) OPEN_TAG.set(name, (open = new RegExp(`<(\\w+:)?${name}(?=[\\s/>])(${TAG_INNER})>`, 'g')));
  let missingFrom: Map<string, number> | undefined;
  let position = 0;
  for (;;) {
    // The regex is shared between calls: set its position each time, so a nested scan cannot move it.
    open.lastIndex = position;
    const m = open.exec(xml);
    if (!m) return;
    position = open.lastIndex;
    const tag = m[2] ?? '';
    if (tag.endsWith('/')) {
      if (visit(tag.slice(0, -1), null, m.index, position) === false) return;
      continue;
    }
    const close = `</${m[1] ?? ''}${name}>`;
    const known = missingFrom?.get(close);
    const at = known !== undefined && position >= known ? -1 : xml.indexOf(close, position);
    if (at === -1) {
      // Unclosed: skipped, as the regex it replaces skipped it.
      if (known === undefined) (missingFrom ??= new Map()).set(close, position);
      continue;
    }
    const end = at + close.length;
    if (visit(tag, xml.slice(position, at), m.index, end) === false) return;
    position = end;
  }
}

/** The body of the first `<name>` element, or null when there is none (or it is self-closing). */
export function firstElementBody(xml: string, name: string): string | null {
  let found: string | null = null;
  forEachElement(xml, name, (_tag, body) => {
    found = body;
    return false;
  });
  return found;
}
