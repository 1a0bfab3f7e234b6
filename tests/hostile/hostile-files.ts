/** Large attack files, made at test time into a temp dir (too big to commit). */
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';

const FY2022 = join(__dirname, '../fixtures/fy2022');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A hand-made workbook: sheet name → worksheet XML body (the <sheetData> and around it). */
export function handMadeWorkbook(sheets: ReadonlyArray<readonly [string, string]>, extra: Record<string, Uint8Array> = {}, level: 0 | 6 = 6): Uint8Array {
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}</Relationships>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(rels),
    ...extra,
  };
  sheets.forEach(([, body], i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`);
  });
  return zipSync(files, { level });
}

/** A tiny zip whose one worksheet inflates to `megabytes` MB of zeros-like XML (ratio ≫ 100). */
export function zipBomb(megabytes = 64): Uint8Array {
  const filler = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'0'.repeat(megabytes * 1024 * 1024)}</t></is></c></row></sheetData>`;
  return handMadeWorkbook([['bomb', filler]]);
}

/** A zip whose central directory declares a 4 GB part (the sizes lie; nothing that large exists). */
export function declaredBomb(): Uint8Array {
  const bytes = handMadeWorkbook([['S', '<sheetData/>']]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Patch every central-directory record's uncompressed size (offset 24 of each PK\1\2 record).
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
  }
  return bytes;
}

/** A sheet that declares and uses 1,000,000 rows (one cell at the very bottom). */
export function millionRows(): Uint8Array {
  return handMadeWorkbook([['S', '<dimension ref="A1:E1000000"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>4月</t></is></c></row><row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData>']]);
}

/** A sheet with a cell in column XFD (16,384 columns) and no <dimension>. */
export function widestSheet(): Uint8Array {
  return handMadeWorkbook([['S', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>4月</t></is></c><c r="XFD1"><v>1</v></c></row></sheetData>']]);
}

/** A workbook listing `count` sheets. */
export function manySheets(count = 3000): Uint8Array {
  return handMadeWorkbook(Array.from({ length: count }, (_, i) => [`S${i + 1}`, '<sheetData/>'] as const));
}

/** A real status workbook padded with 50 MB of incompressible media, stored (not compressed). */
export function fiftyMegabytes(): Uint8Array {
  const media = new Uint8Array(50 * 1024 * 1024);
  let x = 2463534242;
  for (let i = 0; i < media.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    media[i] = x & 0xff;
  }
  return handMadeWorkbook([['S', '<sheetData/>']], { 'xl/media/image1.png': media }, 0);
}

/** The bytes of a FY2022 fixture. */
export const fixtureBytes = (file: string): Buffer => readFileSync(join(FY2022, file));

/** The zip with one part's declared (uncompressed) size rewritten in the central directory: a lie a reader must not act on. */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode(part);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== name.length) continue;
    if (name.every((b, k) => bytes[i + 46 + k] === b)) view.setUint32(i + 24, size, true);
  }
  return bytes;
}

/** A zip of already-deflated (method 8) or stored (method 0) entries, each declaring `declared` bytes. */
export function zipOfRawEntries(entries: ReadonlyArray<{ name: string; data: Uint8Array; method: number; declared: number }>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declared, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declared, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    chunks.push(local, e.data);
    central.push(record);
    offset += local.length + e.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, size, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + size + 22);
  let at = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A workbook whose one sheet inflates to `gigabytes` GB of XML from about 1 MB per GB. Each 64 MB run is
 * deflated once with a full flush (no reference to earlier data), so the same bytes can be repeated, and
 * an empty final block ends the stream. The directory declares the real size unless `declared` is given.
 */
export function inflatesToGigabytes(gigabytes = 1, declared?: number): Uint8Array {
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH };
  const head = deflateRawSync('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>', flush);
  const run = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x30), flush);
  const tail = deflateRawSync('</t></is></c></row></sheetData></worksheet>', flush);
  const runs = gigabytes * 16;
  const data = Buffer.concat([head, ...Array.from({ length: runs }, () => run), tail, Buffer.from([0x03, 0x00])]);
  const real = Math.min(0xffffffff, runs * 64 * 1024 * 1024 + 200);
  const parts = unzipSync(handMadeWorkbook([['bomb', '<sheetData/>']]));
  const entries = Object.entries(parts)
    .filter(([name]) => name !== 'xl/worksheets/sheet1.xml')
    .map(([name, bytes]) => ({ name, data: bytes, method: 0 as const, declared: bytes.length }));
  return zipOfRawEntries([...entries, { name: 'xl/worksheets/sheet1.xml', data, method: 8, declared: declared ?? real }]);
}

/** 1 GB of XML in about 1 MB, its directory claiming 1 KB: the part the `it.failing` test used to describe. */
export const lyingGigabyte = (): Uint8Array => inflatesToGigabytes(1, 1024);
