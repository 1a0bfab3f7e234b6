/**
 * Zips the parts of a package we write. fflate lays out the archive (headers, CRC, sizes); the deflating
 * is done by a compressor the caller may choose. Measured on one 11.3 MB dashboard package on a 2-core
 * machine: Node's zlib (deflateRawSync, level 1) 23 ms, the platform's CompressionStream 147 ms, fflate's
 * JavaScript deflate 142 ms. So Node uses zlib; the browser CompressionStream when it has one
 * ('deflate-raw': Chrome/Edge 103+, Safari 16.4+, Firefox 113+), fflate otherwise.
 */
import type * as NodeZlib from 'node:zlib';
import { nodeZlib } from './native-zlib';
import { Zip, ZipPassThrough, deflateSync, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

/** Raw DEFLATE (RFC 1951) of one part's bytes. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** Deflate method number of the ZIP format (APPNOTE 4.4.5). */
const DEFLATE = 8;
/**
 * Every entry's modification time: fixed, so the same workbook gives the same bytes. Built from local
 * fields because ZIP stores local date and time fields (a UTC instant would shift with the time zone).
 */
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Whether this platform deflates natively ('deflate-raw' came later than 'gzip' in some browsers). */
export function hasNativeDeflate(): boolean {
  if (typeof CompressionStream !== 'function') return false;
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The platform's CompressionStream as a DeflateRaw. */
export async function nativeDeflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** fflate's deflate at level 1: the XML we write is highly repetitive; level 6 took 3× longer for a 7% smaller file. */
export function fflateDeflateRaw(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 1 });
}

/** Level 3: on the 1,000-sheet dashboard 973 KB in 33 ms; level 1 1,173 KB in 31 ms, level 6 829 KB in 85 ms. */
const ZLIB_LEVEL = 3;

/** The fastest compressor this platform has: Node's zlib, else the native CompressionStream, else fflate. */
export function defaultDeflateRaw(): DeflateRaw {
  const zlib = nodeZlib();
  if (zlib) return (data) => zlib.deflateRawSync(data, { level: ZLIB_LEVEL });
  return hasNativeDeflate() ? nativeDeflateRaw : fflateDeflateRaw;
}

/** A zip entry fflate frames (CRC, sizes, headers) while `deflateRaw` compresses its data. */
class DeflatedEntry extends ZipPassThrough {
  /** Settles when the deflated data has been handed to the archive. */
  readonly written: Promise<void>;
  private settle: { resolve: () => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };

  constructor(
    filename: string,
    private readonly deflateRaw: DeflateRaw,
  ) {
    super(filename);
    this.compression = DEFLATE;
    this.mtime = ENTRY_TIME;
    this.written = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  // fflate calls this after it has taken the CRC and size of the raw data.
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    Promise.resolve()
      .then(() => this.deflateRaw(chunk))
      // Every compressor here returns bytes on an ArrayBuffer of its own (never a SharedArrayBuffer).
      .then((deflated) => this.ondata(null, deflated as Uint8Array<ArrayBuffer>, final))
      .then(this.settle.resolve, this.settle.reject);
  }
}

/**
 * A zip entry whose CRC-32 the caller computes (Node's zlib.crc32: fflate's JavaScript CRC was a fifth of the
 * 1,000-sheet dashboard's write), framed by fflate, which reads `crc` and `size` when the data is final.
 * The entry keeps no reference to the data: fflate copies an entry's fields when it is added and keeps
 * them to the end, which would hold every part's raw XML until the archive is done.
 */
class ChecksummedEntry implements ZipInputFile {
  readonly compression = DEFLATE;
  readonly mtime = ENTRY_TIME;
  readonly crc: number;
  readonly size: number;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    data: Uint8Array,
    crc32: (data: Uint8Array) => number,
  ) {
    this.crc = crc32(data) >>> 0;
    this.size = data.length;
  }

  /** Deflates the data and hands it to the archive (after Zip.add has set `ondata`). */
  async write(data: Uint8Array, deflateRaw: DeflateRaw): Promise<void> {
    const deflated = await deflateRaw(data);
    this.ondata?.(null, deflated as Uint8Array<ArrayBuffer>, true);
  }
}

/** Node's zlib.crc32 (Node ≥ 20.15 / 22.2), or null where there is none (the browser: fflate computes it). */
function nativeCrc32(): ((data: Uint8Array) => number) | null {
  const zlib = nodeZlib();
  return zlib && typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : null;
}

/**
 * A part's bytes: one array, or chunks, each a view that stays as it is only until the chunk after next
 * is asked for (the worksheet writer's two buffers take turns). A part's chunks are all taken before the
 * next part is asked for.
 */
export type PartData = Uint8Array | Iterable<Uint8Array>;

/** One part of a package: its name and its bytes. */
export type Part = readonly [name: string, data: PartData];

/** A part's chunks copied into one array. */
export function joinChunks(data: PartData): Uint8Array {
  if (data instanceof Uint8Array) return data;
  let out = new Uint8Array(1 << 16);
  let length = 0;
  for (const chunk of data) {
    if (length + chunk.length > out.length) {
      const grown = new Uint8Array(Math.max(length + chunk.length, out.length * 2));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    out.set(chunk, length);
    length += chunk.length;
  }
  return out.slice(0, length);
}

/** A zip entry fed chunk by chunk through zlib's stream; fflate reads `crc` and `size` once the last chunk is in. */
class StreamedEntry implements ZipInputFile {
  readonly compression = DEFLATE;
  readonly mtime = ENTRY_TIME;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(readonly filename: string) {}

  /**
   * Checksums each chunk and deflates it on zlib's thread while the next chunk is being written: zlib's
   * write callback comes once a chunk is consumed, and the chunk after next (which reuses its buffer) is
   * asked for only after that. Streamed or in one piece, zlib's output is the same bytes (no flush between
   * chunks), so the archive does not depend on the chunk size.
   */
  async write(chunks: Iterable<Uint8Array>, zlib: typeof NodeZlib): Promise<void> {
    const deflate = zlib.createDeflateRaw({ level: ZLIB_LEVEL });
    const ended = new Promise<void>((resolve, reject) => {
      deflate.on('data', (chunk: Uint8Array<ArrayBuffer>) => this.ondata?.(null, chunk, false));
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    // An error also fails the chunk being written, which is what rejects first; `ended` is awaited after.
    ended.catch(() => undefined);
    const consumed = (chunk: Uint8Array): Promise<void> => new Promise((resolve, reject) => deflate.write(chunk, (error) => (error ? reject(error) : resolve())));
    let crc = 0;
    let inFlight: Promise<void> = Promise.resolve();
    for (const chunk of chunks) {
      crc = zlib.crc32(chunk, crc);
      this.size += chunk.length;
      await inFlight;
      inFlight = consumed(chunk);
    }
    await inFlight;
    deflate.end();
    await ended;
    this.crc = crc >>> 0;
    this.ondata?.(null, new Uint8Array(0), true);
  }
}

/** Chunks already taken (still valid: the second was asked for, not the third), then the rest. */
function* resumed(first: Uint8Array, second: Uint8Array, rest: Iterator<Uint8Array>): Generator<Uint8Array> {
  yield first;
  yield second;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/** The parts as a ZIP archive, each part deflated by `deflateRaw` (default: defaultDeflateRaw()). */
export function zipParts(parts: Readonly<Record<string, Uint8Array>>, deflateRaw?: DeflateRaw): Promise<Uint8Array> {
  return zipPartStream(Object.entries(parts), deflateRaw);
}

/**
 * The parts, taken one at a time, as a ZIP archive: each part is deflated before the next is asked for,
 * so a caller that makes its parts lazily holds one part's raw bytes at a time, not the whole package's
 * (at 5,000 plan sheets ~50 MB of worksheet XML; bench/README.md). Without `deflateRaw`, Node's zlib
 * deflates chunked parts as a stream (one chunk held at a time) and the others in one call; elsewhere a
 * chunked part is joined first and deflated by defaultDeflateRaw().
 */
export async function zipPartStream(parts: Iterable<Part>, deflateRaw?: DeflateRaw): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await zipPartsInto(parts, (chunk) => chunks.push(chunk), deflateRaw);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The same archive handed to `sink` chunk by chunk as it is made, in order (a caller that writes each to a
 * file holds none of them). A sink that throws stops the archive: the error is thrown after the part.
 */
export async function zipPartsInto(parts: Iterable<Part>, sink: (chunk: Uint8Array) => void, deflateRaw?: DeflateRaw): Promise<void> {
  // What fflate reports through its callback, read after each part.
  const state: { failed: Error | null; finished: boolean } = { failed: null, finished: false };
  const zip = new Zip((error, chunk, final) => {
    if (error) state.failed ??= error;
    else if (state.failed === null) {
      // Never thrown into fflate (nor into zlib's stream, whose data events call this).
      try {
        sink(chunk);
      } catch (sinkError) {
        state.failed = sinkError instanceof Error ? sinkError : new Error(String(sinkError));
      }
    }
    if (final) state.finished = true;
  });
  const zlib = nodeZlib();
  const crc32 = nativeCrc32();
  const deflate = deflateRaw ?? defaultDeflateRaw();
  for (const [name, given] of parts) {
    let data = given;
    if (zlib && crc32 && !deflateRaw && !(data instanceof Uint8Array)) {
      // A part that comes in one chunk (most but the largest sheets) is deflated in one call: a stream's
      // round trips to zlib's thread cost more than they save there.
      const chunks: Iterator<Uint8Array, unknown> = data[Symbol.iterator]();
      const first = chunks.next();
      const second = first.done ? null : chunks.next();
      if (first.done) data = new Uint8Array(0);
      else if (!second || second.done) data = first.value;
      else {
        const entry = new StreamedEntry(name);
        zip.add(entry);
        await entry.write(resumed(first.value, second.value, chunks), zlib);
        if (state.failed) throw state.failed;
        continue;
      }
    }
    if (crc32) {
      const bytes = joinChunks(data);
      const entry = new ChecksummedEntry(name, bytes, crc32);
      zip.add(entry);
      await entry.write(bytes, deflate);
    } else {
      const entry = new DeflatedEntry(name, deflate);
      zip.add(entry);
      entry.push(joinChunks(data), true);
      await entry.written;
    }
    if (state.failed) throw state.failed;
  }
  zip.end();
  if (state.failed) throw state.failed;
  // Every entry was complete before end(), so fflate wrote the central directory synchronously.
  if (!state.finished) throw new Error('zip: the archive did not finish');
}
