/**
 * XML markup that is not elements, taken out of a part's text the way XML defines it, before anything
 * scans it: comments up to `-->`, processing instructions up to `?>`, a DOCTYPE with its internal subset
 * (quoted strings and `]` respected), and CDATA sections turned into the escaped text they stand for.
 * A commented-out row, or `<sheet>` inside a DTD string, is then never read as content. Linear: every
 * search starts where the last one ended, and a terminator found missing is never searched for again.
 */

/** Escapes CDATA content as element text; `_xHHHH_` is guarded so it stays literal, as it was in CDATA. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

/** Where a `<!DOCTYPE …>` (or another `<!` declaration) that starts at `from` ends, just after its `>`; -1 when it never ends. */
function declarationEnd(xml: string, from: number): number {
  let inSubset = false;
  for (let i = from + 2; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 34 || c === 39) {
      // A quoted literal may hold `>`, `]` or `<`: it ends only at its own quote.
      i = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (i === -1) return -1;
    } else if (inSubset && c === 60 && xml.startsWith('<!--', i)) {
      i = xml.indexOf('-->', i + 4);
      if (i === -1) return -1;
      i += 2;
    } else if (inSubset && c === 60 && xml.startsWith('<?', i)) {
      i = xml.indexOf('?>', i + 2);
      if (i === -1) return -1;
      i += 1;
    } else if (c === 91) inSubset = true; // [
    else if (c === 93) inSubset = false; // ]
    else if (c === 62 && !inSubset) return i + 1; // >
  }
  return -1;
}

const MARKUP = /<[!?]/g;

/** Whether a `<!` or `<?` comes at or after `from`. */
function markupAfter(xml: string, from: number): boolean {
  MARKUP.lastIndex = from;
  return MARKUP.test(xml);
}

/** The text with comments, processing instructions and declarations removed and CDATA escaped as text. */
export function withoutMarkup(xml: string): string {
  let question = xml.indexOf('<?');
  // The common case: no markup but the XML declaration at the top, which every scan already ignores. One
  // pass after the declaration finds that (two indexOf passes over every part were 7 % of reading).
  if (question === -1 ? !xml.includes('<!') : xml.startsWith('<?xml', question) && xml.slice(0, question).trim() === '' && !markupAfter(xml, question + 2)) return xml;
  let bang = xml.indexOf('<!');
  const out: string[] = [];
  let from = 0;
  let cdataMissingFrom = Number.POSITIVE_INFINITY;
  while (bang !== -1 || question !== -1) {
    const at = bang === -1 ? question : question === -1 ? bang : Math.min(bang, question);
    out.push(xml.slice(from, at));
    let next: number;
    if (at === question) {
      const close = xml.indexOf('?>', at + 2);
      next = close === -1 ? -1 : close + 2;
    } else if (xml.startsWith('<!--', at)) {
      const close = xml.indexOf('-->', at + 4);
      next = close === -1 ? -1 : close + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      const close = at + 9 >= cdataMissingFrom ? -1 : xml.indexOf(']]>', at + 9);
      if (close === -1) {
        // An unclosed section is kept as the characters it is, as Excel would show them.
        cdataMissingFrom = Math.min(cdataMissingFrom, at + 9);
        out.push('&lt;![CDATA[');
        next = at + 9;
      } else {
        out.push(escapeText(xml.slice(at + 9, close)));
        next = close + 3;
      }
    } else {
      next = declarationEnd(xml, at);
    }
    // Markup left open runs to the end of the part, as XML reads it.
    if (next === -1) return out.join('');
    from = next;
    if (bang !== -1 && bang < from) bang = xml.indexOf('<!', from);
    if (question !== -1 && question < from) question = xml.indexOf('<?', from);
  }
  out.push(xml.slice(from));
  return out.join('');
}
