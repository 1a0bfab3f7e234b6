/** Which cell styles show numbers as percentages or dates: all the reader needs from styles.xml. */
import { classifyFormatCode, type NumberFormatKind } from '../cell-value';
import { firstElementBody, readAttributes, startTags } from './read-xml-text';

// The conversion itself is host-neutral (../cell-value.ts); re-exported for the xlsx reader's callers.
export { classifyFormatCode, serialToIsoDate, type NumberFormatKind } from '../cell-value';

// Built-in ids: 9 "0%", 10 "0.00%"; 14–22 and 45–47 dates/times; 27–36 and 50–58 are the CJK
// built-in date formats (e.g. ggge"年"m"月"d"日") that Japanese Excel assigns.
const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

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
