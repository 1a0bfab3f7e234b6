/**
 * The shared string table of the cells write-sheet-data.ts renders. A dashboard repeats committee, group,
 * plan, month and file names on every row: shared, each is written once (the 1,000-sheet dashboard's
 * cells shrink from 14 MB to 5 MB of XML). Our strings are appended to the table ExcelJS wrote for the
 * rest of the workbook, or a table is added when ExcelJS wrote none.
 */
import { ByteSink } from './byte-sink';
import { editPart } from './edit-part';
import { textStartTag } from './write-cell-text';

const SST_PART = 'xl/sharedStrings.xml';
const SST_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const SST_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Strings → their index in the workbook's shared string table, numbered after the ones already there. */
export class SharedStringTable {
  private readonly indexes = new Map<string, number>();
  private readonly added: string[] = [];
  private references = 0;

  constructor(private readonly base: number) {}

  /** The index of `text` (already escaped for XML), adding it on first use. */
  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.base + this.added.length;
      this.indexes.set(text, index);
      this.added.push(text);
    }
    return index;
  }

  /** The <si> items added, as UTF-8. */
  itemsXml(): Uint8Array<ArrayBuffer> {
    const out = new ByteSink(this.added.reduce((n, t) => n + t.length * 3 + 40, 0));
    for (const text of this.added) {
      out.text(`<si>${textStartTag(text)}`);
      out.text(text);
      out.text('</t></si>');
    }
    return out.result();
  }

  get addedCount(): number {
    return this.added.length;
  }

  get referenceCount(): number {
    return this.references;
  }
}

/** How many items the package's shared string table holds already (0 when it has none). */
export function sharedStringCount(files: Readonly<Record<string, Uint8Array>>): number {
  const sst = files[SST_PART];
  if (!sst) return 0;
  // The count is in the root element's start tag; only a table without it is counted item by item.
  const declared = /<sst\b[^>]*\suniqueCount="(\d+)"/.exec(new TextDecoder().decode(sst.subarray(0, 1024)))?.[1];
  return declared === undefined ? (new TextDecoder().decode(sst).match(/<si[\s>]/g) ?? []).length : Number(declared);
}

/** Adds the table's strings to the package: into its shared string part, or as a new part. */
export function writeSharedStrings(files: Record<string, Uint8Array>, table: SharedStringTable): void {
  if (table.addedCount === 0) return;
  const existing = files[SST_PART];
  let head: string;
  let tail = '</sst>';
  if (existing) {
    const xml = new TextDecoder().decode(existing);
    const close = xml.lastIndexOf('</sst>');
    // A table with no items may be written as <sst …/>.
    head = close >= 0 ? xml.slice(0, close) : xml.replace(/\s*\/>\s*$/, '>');
    tail = close >= 0 ? xml.slice(close) : tail;
    head = head.replace(/<sst\b[^>]*>/, (tag) => addToCount(addToCount(tag, 'count', table.referenceCount), 'uniqueCount', table.addedCount));
  } else {
    head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${table.referenceCount}" uniqueCount="${table.addedCount}">`;
    addPartReferences(files);
  }
  const items = table.itemsXml();
  const out = new ByteSink(head.length * 3 + items.length + tail.length);
  out.text(head);
  out.bytes(items);
  out.text(tail);
  files[SST_PART] = out.result();
}

function addToCount(tag: string, attribute: 'count' | 'uniqueCount', by: number): string {
  return tag.replace(new RegExp(`\\s${attribute}="(\\d+)"`), (_, n: string) => ` ${attribute}="${Number(n) + by}"`);
}

/** Registers a new shared string part: its content type and the workbook's relationship to it. */
function addPartReferences(files: Record<string, Uint8Array>): void {
  editPart(files, '[Content_Types].xml', (xml) => xml.replace('</Types>', `<Override PartName="/${SST_PART}" ContentType="${SST_TYPE}"/></Types>`));
  editPart(files, 'xl/_rels/workbook.xml.rels', (xml) => {
    let id = 1;
    while (xml.includes(`Id="rId${id}"`)) id++;
    return xml.replace('</Relationships>', `<Relationship Id="rId${id}" Type="${SST_RELATIONSHIP}" Target="sharedStrings.xml"/></Relationships>`);
  });
}
