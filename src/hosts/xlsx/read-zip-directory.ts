/**
 * The central directory of a zip (zip64 included): every entry's name, method, sizes and where its data
 * starts. Read by hand rather than through a library so that a name that occurs twice is refused — the
 * package would mean two different things to two readers — and so that inflation can be bounded by the
 * bytes it actually yields (read-package.ts).
 */
import { failure } from './read-failure';
import { ReadAbort } from './read-abort';

/** One file of the zip, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares: a claim, checked while inflating. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/** Reads little-endian fields, refusing any read past the end as a truncated file. */
class Fields {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(at: number, size: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + size > this.bytes.length) throw new ReadAbort(failure('truncated', `zip field at ${at} is outside the file`));
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.check(at, 8);
    // Sizes past 2^53 cannot be real in a file of at most a few MB; they read as "too far" below.
    return this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 2 ** 32;
  }
  slice(at: number, size: number): Uint8Array {
    this.check(at, size);
    return this.bytes.subarray(at, at + size);
  }
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function findEndOfDirectory(f: Fields): number {
  const last = f.bytes.length - 22;
  for (let at = last; at >= 0 && last - at <= MAX_COMMENT; at--) if (f.bytes[at] === 0x50 && f.u32(at) === EOCD) return at;
  throw new ReadAbort(failure('truncated', 'no end of central directory'));
}

/** The entries of the zip in directory order; refuses a truncated directory and any name given twice. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const f = new Fields(bytes);
  const end = findEndOfDirectory(f);
  let count = f.u16(end + 10);
  const size = f.u32(end + 12);
  let offset = f.u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // Zip64: the locator just before the end record points at the zip64 end record.
    const locator = end - 20;
    const record = locator >= 0 && f.u32(locator) === 0x07064b50 ? f.u64(locator + 8) : -1;
    if (record >= 0 && f.u32(record) === ZIP64_EOCD) {
      count = f.u64(record + 32);
      offset = f.u64(record + 48);
    } else if (offset === 0xffffffff && end - size >= 0) {
      // Info-ZIP streaming with -fz saturates the offset but writes no zip64 record: the directory
      // then ends where the end record starts.
      offset = end - size;
    }
  }
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (f.u32(at) !== CENTRAL) throw new ReadAbort(failure('truncated', `central directory entry ${i} is damaged`));
    const flags = f.u16(at + 8);
    const nameLength = f.u16(at + 28);
    const extraLength = f.u16(at + 30);
    const commentLength = f.u16(at + 32);
    const name = ((flags & 0x800) !== 0 ? utf8 : latin1).decode(f.slice(at + 46, nameLength));
    let compressedSize = f.u32(at + 20);
    let declaredSize = f.u32(at + 24);
    let localHeaderOffset = f.u32(at + 42);
    // The zip64 extra field holds, in this order, only the values whose 32-bit field is saturated.
    for (let x = at + 46 + nameLength, stop = x + extraLength; x + 4 <= stop; ) {
      const id = f.u16(x);
      const size = f.u16(x + 2);
      if (id === 0x0001) {
        let field = x + 4;
        if (declaredSize === 0xffffffff) {
          declaredSize = f.u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = f.u64(field);
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = f.u64(field);
      }
      x += 4 + size;
    }
    // Part names are case-insensitive (OPC): "xl/Workbook.xml" and "xl/workbook.xml" are one part twice.
    const key = name.toLowerCase();
    if (!key.endsWith('/')) {
      if (seen.has(key)) throw new ReadAbort(failure('duplicate_entry', `${name} occurs twice`));
      seen.add(key);
    }
    entries.push({ name, method: f.u16(at + 10), encrypted: (flags & 1) !== 0, compressedSize, declaredSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const f = new Fields(bytes);
  const at = entry.localHeaderOffset;
  if (f.u32(at) !== LOCAL) throw new ReadAbort(failure('truncated', `${entry.name}: no local header`));
  return f.slice(at + 30 + f.u16(at + 26) + f.u16(at + 28), entry.compressedSize);
}
