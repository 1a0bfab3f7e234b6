import { strToU8, unzipSync } from 'fflate';
import { crc32, deflateRawSync, inflateRawSync as zlibInflate } from 'node:zlib';
import { defaultDeflateRaw, fflateDeflateRaw, hasNativeDeflate, nativeDeflateRaw, zipPartStream, zipParts, type DeflateRaw, type Part } from '../../../src/hosts/xlsx/write-zip';

const zlibDeflateRaw: DeflateRaw = (data) => deflateRawSync(data, { level: 1 });
const COMPRESSORS: Array<[string, DeflateRaw]> = [
  ['native', nativeDeflateRaw],
  ['fflate', fflateDeflateRaw],
  ['zlib', zlibDeflateRaw],
];

const parts = (): Record<string, Uint8Array> => ({
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
  'xl/sharedStrings.xml': strToU8(`<sst>${'<si><t>第1回WG 活動計画について協議</t></si>'.repeat(2000)}</sst>`),
  'xl/empty.bin': new Uint8Array(0),
  'xl/worksheets/sheet1.xml': strToU8(Array.from({ length: 5000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join('')),
});

/** The central directory of an archive: each entry's name, method and where its data lies. */
function centralDirectory(zip: Uint8Array): Array<{ name: string; method: number; start: number; compressed: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // No archive comment: the end record is the last 22 bytes.
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const out: Array<{ name: string; method: number; start: number; compressed: number }> = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      start: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
      compressed: view.getUint32(at + 20, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe('zipParts', () => {
  it('has native deflate on Node 20, so the browser path is under test here too', () => {
    expect(hasNativeDeflate()).toBe(true);
  });

  it('deflates with zlib by default in Node, the fastest compressor measured', async () => {
    const data = strToU8('<row><c r="A1" t="s"><v>0</v></c></row>'.repeat(500));
    expect(Buffer.from(await defaultDeflateRaw()(data)).equals(deflateRawSync(data, { level: 3 }))).toBe(true);
  });

  it.each(COMPRESSORS)('zips parts that unzip back byte for byte (%s deflate)', async (_name, deflateRaw) => {
    const zip = await zipParts(parts(), deflateRaw);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(Object.keys(parts()).sort());
    for (const [name, data] of Object.entries(parts())) expect(Buffer.from(back[name] ?? []).equals(Buffer.from(data))).toBe(true);
  });

  it.each(COMPRESSORS)('deflates every part, in the order given, far smaller than stored (%s deflate)', async (_name, deflateRaw) => {
    const input = parts();
    const zip = await zipParts(input, deflateRaw);
    expect(centralDirectory(zip).map((e) => [e.name, e.method])).toEqual(Object.keys(input).map((name) => [name, 8]));
    const raw = Object.values(input).reduce((n, d) => n + d.length, 0);
    expect(zip.length).toBeLessThan(raw / 5);
  });

  it('stores each entry’s CRC-32 and a fixed time, so the same parts give the same bytes', async () => {
    const input = parts();
    const zip = await zipParts(input);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let at = view.getUint32(zip.length - 22 + 16, true);
    for (const data of Object.values(input)) {
      expect(view.getUint32(at + 16, true)).toBe(crc32(data));
      // DOS date 1980-01-01 00:00 (day 1, month 1, year 0).
      expect([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]).toEqual([0, 0x21]);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(Buffer.from(await zipParts(parts())).equals(Buffer.from(zip))).toBe(true);
  });

  it.each(COMPRESSORS)('writes a deflate stream that zlib itself inflates (%s deflate)', async (_name, deflateRaw) => {
    const zip = await zipParts({ 'a.xml': strToU8('<a>部会状況把握表</a>'.repeat(100)) }, deflateRaw);
    const [entry] = centralDirectory(zip);
    if (!entry) throw new Error('no entry');
    expect(zlibInflate(zip.subarray(entry.start, entry.start + entry.compressed)).toString('utf8')).toBe('<a>部会状況把握表</a>'.repeat(100));
  });

  it('frames the same archive without Node’s zlib.crc32 (the browser’s path: fflate takes the CRC)', async () => {
    const withNative = await zipParts(parts(), zlibDeflateRaw);
    const getBuiltinModule = Reflect.get(process, 'getBuiltinModule') as unknown;
    Reflect.set(process, 'getBuiltinModule', undefined);
    try {
      expect(Buffer.from(await zipParts(parts(), zlibDeflateRaw)).equals(Buffer.from(withNative))).toBe(true);
    } finally {
      Reflect.set(process, 'getBuiltinModule', getBuiltinModule);
    }
  });

  it('asks for each part only after the one before is deflated, so lazy parts are held one at a time', async () => {
    const deflated: string[] = [];
    const asked: Array<{ name: string; deflatedBefore: number }> = [];
    function* lazy(): Generator<Part> {
      for (const [name, data] of Object.entries(parts())) {
        asked.push({ name, deflatedBefore: deflated.length });
        yield [name, data];
      }
    }
    const counting: DeflateRaw = async (data) => {
      deflated.push(String(data.length));
      return Promise.resolve(deflateRawSync(data, { level: 1 }));
    };
    const zip = await zipPartStream(lazy(), counting);
    expect(asked.map((a) => a.deflatedBefore)).toEqual([0, 1, 2, 3]);
    expect(Buffer.from(zip).equals(Buffer.from(await zipParts(parts(), zlibDeflateRaw)))).toBe(true);
  });

  it('rejects when a part cannot be deflated, and asks for no part after it', async () => {
    let asked = 0;
    function* lazy(): Generator<Part> {
      for (const part of Object.entries(parts())) {
        asked += 1;
        yield part;
      }
    }
    const failing: DeflateRaw = () => Promise.reject(new Error('disk full'));
    await expect(zipPartStream(lazy(), failing)).rejects.toThrow('disk full');
    expect(asked).toBe(1);
  });

  it('streams a part given in chunks through zlib to the same bytes as the part in one piece, however it is cut', async () => {
    const whole = await zipParts(parts());
    for (const size of [1, 4096, 65_536]) {
      // Two buffers taking turns, as the worksheet writer's do: a chunk is overwritten when the one after next is made.
      function* chunked(): Generator<Part> {
        for (const [name, data] of Object.entries(parts())) {
          yield [
            name,
            (function* (): Generator<Uint8Array> {
              const buffers = [new Uint8Array(size), new Uint8Array(size)];
              for (let at = 0, turn = 0; at < data.length; at += size, turn ^= 1) {
                const piece = data.subarray(at, at + size);
                const buffer = buffers[turn] ?? new Uint8Array(0);
                buffer.fill(0);
                buffer.set(piece);
                yield buffer.subarray(0, piece.length);
              }
            })(),
          ];
        }
      }
      expect(Buffer.from(await zipPartStream(chunked())).equals(Buffer.from(whole))).toBe(true);
    }
  });
});
