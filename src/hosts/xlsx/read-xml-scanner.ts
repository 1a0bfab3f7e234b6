/**
 * A forward-only tag scanner for the hot parts (worksheets, shared strings): it walks from `<` to `<`
 * with indexOf and char codes, allocating nothing per tag, and never looks back, so its work is linear
 * in the text even when the XML is broken (unclosed elements, start tags without `>`). Namespace
 * prefixes (`x:c`) are ignored by comparing local names. It is not a validating parser: anything it does
 * not recognise (comments, processing instructions, unknown elements) is stepped over, and a start tag
 * ends at the first `>` outside quotes.
 * A class, not free functions: under tsx/esbuild every call through a module namespace goes through a
 * getter, which the profile showed as the top cost of the cell loop.
 */

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const COLON = 58; // :
const BANG = 33; // !
const QUESTION = 63; // ?
const EQUALS = 61; // =
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

/** Brackets CDATA content inside rawText's result; it cannot occur in XML text. */
export const CDATA_MARK = '\u0000';

/** The scanner: the last tag read is described by offsets into `xml` (no substrings until asked). */
export class TagScanner {
  /** Where scanning continues: just after the last tag. */
  pos: number;
  /** Where the last tag's `<` is (to step back onto it). */
  tagStart = 0;
  closing = false;
  selfClosing = false;
  /** The `r`, `s` and `t` attributes of the last tag, after cellAttributes(). */
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
  private localStart = 0;
  private nameEnd = 0;
  private attrEnd = 0;
  /** Position from which `]]>` is known to be absent (CDATA left open), so it is never searched again. */
  private cdataMissingFrom = Number.POSITIVE_INFINITY;

  /** A scanner over xml[from, to). */
  constructor(
    readonly xml: string,
    from = 0,
    readonly end = xml.length,
  ) {
    this.pos = from;
  }

  /** Moves to the next element tag (start, end or empty); false at the end. Broken tags are stepped over. */
  next(): boolean {
    const { xml, end } = this;
    let lt = xml.indexOf('<', this.pos);
    while (lt !== -1 && lt < end) {
      let i = lt + 1;
      const first = xml.charCodeAt(i);
      if (first === BANG || first === QUESTION) {
        // Parts come without these (read-xml-markup.ts); text handed in directly still skips them whole.
        const close = first === QUESTION ? '?>' : xml.startsWith('!--', i) ? '-->' : xml.startsWith('![CDATA[', i) ? ']]>' : '>';
        const at = xml.indexOf(close, i);
        lt = at === -1 || at >= end ? -1 : xml.indexOf('<', at + close.length);
        continue;
      }
      const closing = first === SLASH;
      if (closing) i++;
      let localStart = i;
      let j = i;
      let c = xml.charCodeAt(j);
      while (j < end && c > 32 && c !== SLASH && c !== GT && c !== LT) {
        if (c === COLON) localStart = j + 1;
        c = xml.charCodeAt(++j);
      }
      let k = j;
      // `>` may stand raw inside a quoted attribute value (sheet 「a>b」, formatCode "[>=1]0%"); `<` may not.
      while (k < end && c !== GT && c !== LT) {
        if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
          const quote = c;
          c = xml.charCodeAt(++k);
          while (k < end && c !== quote && c !== LT) c = xml.charCodeAt(++k);
          if (k >= end || c === LT) break;
        }
        c = xml.charCodeAt(++k);
      }
      if (k >= end || c === LT || j === i) {
        // A start tag without `>` ends at the next `<`, as `[^<>]*` would have it.
        lt = k < end && c === LT ? k : -1;
        continue;
      }
      this.tagStart = lt;
      this.localStart = localStart;
      this.nameEnd = j;
      this.closing = closing;
      this.selfClosing = xml.charCodeAt(k - 1) === SLASH;
      this.attrEnd = this.selfClosing ? k - 1 : k;
      this.pos = k + 1;
      return true;
    }
    this.pos = end;
    return false;
  }

  /** Whether the last tag's local name is `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.localStart === name.length && this.xml.startsWith(name, this.localStart);
  }

  /** Puts the scanner back on the last tag, so the next next() reads it again. */
  stepBack(): void {
    this.pos = this.tagStart;
  }

  /**
   * The raw text from the scanner to the next tag, CDATA sections included verbatim between CDATA_MARKs
   * (so the caller decodes only outside them); the scanner moves to that tag's `<`.
   */
  rawText(): string {
    const { xml, end } = this;
    let out = '';
    let from = this.pos;
    for (;;) {
      let lt = xml.indexOf('<', from);
      if (lt === -1 || lt > end) lt = end;
      out += xml.slice(from, lt);
      if (lt < end && xml.startsWith('<![CDATA[', lt)) {
        const close = lt + 9 >= this.cdataMissingFrom ? -1 : xml.indexOf(']]>', lt + 9);
        if (close === -1 || close >= end) {
          this.cdataMissingFrom = Math.min(this.cdataMissingFrom, lt + 9);
          // An unclosed section is kept as text, as Excel would show the characters.
          out += '<![CDATA[';
          from = lt + 9;
          continue;
        }
        out += CDATA_MARK + xml.slice(lt + 9, close) + CDATA_MARK;
        from = close + 3;
        continue;
      }
      this.pos = lt;
      return out;
    }
  }

  /** The value of attribute `name` (unprefixed) in the last start tag, or undefined. Values are not entity-decoded. */
  attribute(name: string): string | undefined {
    for (let i = this.nextAttribute(this.nameEnd); i !== -1; i = this.nextAttribute(i)) {
      if (this.nameStop - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart)) return this.xml.slice(this.valueStart, this.valueEnd);
    }
    return undefined;
  }

  /** Sets r, s and t from the last tag in one pass: the three a cell needs, read per cell. */
  cellAttributes(): void {
    this.r = this.s = this.t = undefined;
    for (let i = this.nextAttribute(this.nameEnd); i !== -1; i = this.nextAttribute(i)) {
      if (this.nameStop - this.nameStart !== 1) continue;
      const c = this.xml.charCodeAt(this.nameStart);
      if (c === 114) this.r ??= this.xml.slice(this.valueStart, this.valueEnd);
      else if (c === 115) this.s ??= this.xml.slice(this.valueStart, this.valueEnd);
      else if (c === 116) this.t ??= this.xml.slice(this.valueStart, this.valueEnd);
    }
  }

  private nameStart = 0;
  private nameStop = 0;
  private valueStart = 0;
  private valueEnd = 0;

  /** Reads the `name="value"` (single or double quotes, `=` possibly spaced) from i; the index after it, or -1. */
  private nextAttribute(from: number): number {
    const { xml } = this;
    const end = this.attrEnd;
    let i = from;
    let c = xml.charCodeAt(i);
    while (i < end && c <= 32) c = xml.charCodeAt(++i);
    this.nameStart = i;
    while (i < end && c > 32 && c !== EQUALS) c = xml.charCodeAt(++i);
    this.nameStop = i;
    while (i < end && c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) c = xml.charCodeAt(++i);
    if (i >= end) return -1;
    const quote = c;
    this.valueStart = ++i;
    // Bounded by the tag, not indexOf: an unmatched quote must not send the search to the end of the part.
    while (i < end && xml.charCodeAt(i) !== quote) i++;
    if (i >= end) return -1;
    this.valueEnd = i;
    return i + 1;
  }
}
