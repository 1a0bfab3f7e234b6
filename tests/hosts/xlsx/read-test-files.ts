/** Hand-made workbook packages and OLE containers for the reader tests: the XML exactly as written here. */
import { strToU8, zipSync } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A zip of text parts (part path → XML). */
export function zipText(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(parts)) files[path] = strToU8(text);
  return zipSync(files);
}

/** A root relationships part pointing at the workbook part. */
export function rootRels(workbookTarget = 'xl/workbook.xml'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${workbookTarget}"/></Relationships>`;
}

/** A relationships part: id → [type, target]. */
export function rels(entries: Record<string, readonly [string, string]>): string {
  const body = Object.entries(entries)
    .map(([id, [type, target]]) => `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${body}</Relationships>`;
}

/** A workbook part listing sheets (name → r:id) with optional extra XML after <sheets>. */
export function workbookXml(sheets: ReadonlyArray<readonly [string, string]>, extra = '', workbookPr = ''): string {
  const list = sheets.map(([name, id], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="${id}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr}<sheets>${list}</sheets>${extra}</workbook>`;
}

/** A worksheet part around a <sheetData> body (and anything else given). */
export function worksheetXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${inner}</worksheet>`;
}

/** A one-sheet workbook package whose sheet body, shared strings and styles are given as XML. */
export function oneSheetWorkbook(sheetInner: string, parts: { sharedStrings?: string; styles?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Record<string, string> = {
    '_rels/.rels': rootRels(),
    'xl/workbook.xml': workbookXml([['S', 'rId1']], '', parts.workbookPr),
    'xl/_rels/workbook.xml.rels': rels({ rId1: ['worksheet', 'worksheets/sheet1.xml'], rId2: ['sharedStrings', 'sharedStrings.xml'], rId3: ['styles', 'styles.xml'] }),
    'xl/worksheets/sheet1.xml': worksheetXml(sheetInner),
  };
  if (parts.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}">${parts.sharedStrings}</sst>`;
  if (parts.styles !== undefined) files['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">${parts.styles}</styleSheet>`;
  return zipText(files);
}

/** A zip whose one worksheet is `megabytes` MB of zeros, deflated by zlib (Node) in a fraction of a second. */
export function zerosBomb(megabytes: number): Uint8Array {
  const zeros = Buffer.alloc(megabytes * 1024 * 1024);
  const entries: ZipEntry[] = [
    storedEntry('_rels/.rels', rootRels()),
    storedEntry('xl/workbook.xml', workbookXml([['S', 'rId1']])),
    storedEntry('xl/_rels/workbook.xml.rels', rels({ rId1: ['worksheet', 'worksheets/sheet1.xml'] })),
    { name: 'xl/worksheets/sheet1.xml', method: 8, data: deflateRawSync(zeros, { level: 1 }), size: zeros.length, crc: crc32(zeros) },
  ];
  return zipEntries(entries);
}

interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  readonly data: Uint8Array;
  readonly size: number;
  readonly crc: number;
}

function storedEntry(name: string, text: string): ZipEntry {
  const data = strToU8(text);
  return { name, method: 0, data, size: data.length, crc: crc32(data) };
}

/** A zip written field by field (APPNOTE 4.3): local headers, data, central directory, end record. */
function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, name.length, true);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, entry.method, true);
    record.setUint32(16, entry.crc, true);
    record.setUint32(20, entry.data.length, true);
    record.setUint32(24, entry.size, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/** The zip with one part's declared uncompressed size rewritten in the central directory (a lie). */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = strToU8(part);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== name.length) continue;
    if (name.every((b, k) => bytes[i + 46 + k] === b)) view.setUint32(i + 24, size, true);
  }
  return bytes;
}

/**
 * A minimal OLE compound file (CFB v3, 512-byte sectors): header, one FAT sector and one directory
 * sector holding the root entry and the named (empty) streams, the way Excel's containers name them.
 */
export function compoundFile(streamNames: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint16(0x20, 6, true); // mini sector shift: 64
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true); // sector 0 holds the FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1 (directory) ends its chain
  const entry = (index: number, name: string, type: number, child: number, right: number): void => {
    const at = 1024 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = type;
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, 0xffffffff, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, 0xfffffffe, true);
  };
  entry(0, 'Root Entry', 5, streamNames.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streamNames.forEach((name, i) => entry(i + 1, name, 2, 0xffffffff, i + 2 <= streamNames.length ? i + 2 : 0xffffffff));
  return bytes;
}
