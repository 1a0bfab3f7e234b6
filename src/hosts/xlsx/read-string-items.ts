/** Rich-text string items (`<si>` of the shared strings, `<is>` of inline strings) read with the tag scanner. */
import { CDATA_MARK, TagScanner } from './read-xml-scanner';
import { decodeXmlText, detachedText } from './read-xml-text';

/** Raw text with CDATA sections: decoded outside them, verbatim inside (line breaks still normalised). */
export function decodeRawText(raw: string): string {
  if (!raw.includes(CDATA_MARK)) return decodeXmlText(raw);
  return raw
    .split(CDATA_MARK)
    .map((part, i) => (i % 2 === 0 ? decodeXmlText(part) : part.replace(/\r\n?/g, '\n')))
    .join('');
}

/**
 * The text of the string item whose start tag the cursor just read: its `<t>` runs joined, phonetic
 * (ルビ) runs `<rPh>` left out. Ends at the item's end tag; an item left open ends where the next item,
 * cell or row starts (the cursor is put back on that tag).
 */
export function readStringItemAt(scan: TagScanner, item: 'si' | 'is'): string {
  const text = readItemRuns(scan, item);
  return detachedText(text);
}

function readItemRuns(scan: TagScanner, item: 'si' | 'is'): string {
  let out = '';
  let inPhonetic = false;
  while (scan.next()) {
    if (scan.closing) {
      if (scan.is(item)) return out;
      if (scan.is('rPh')) inPhonetic = false;
      else if (scan.is('c') || scan.is('row') || scan.is('sst')) {
        scan.stepBack();
        return out;
      }
      continue;
    }
    if (scan.is('t')) {
      if (!scan.selfClosing && !inPhonetic) out += decodeRawText(scan.rawText());
    } else if (scan.is('rPh')) {
      if (!scan.selfClosing) inPhonetic = true;
    } else if (scan.is(item) || scan.is('c') || scan.is('row')) {
      scan.stepBack();
      return out;
    }
  }
  return out;
}

/** The shared string table (xl/sharedStrings.xml) as plain strings, in index order. */
export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const scan = new TagScanner(xml);
  while (scan.next()) {
    if (scan.closing || !scan.is('si')) continue;
    out.push(scan.selfClosing ? '' : readStringItemAt(scan, 'si'));
  }
  return out;
}
