/**
 * The zip package of a workbook, inflated part by part on demand. Each part's declared size is charged
 * to one budget before any byte is inflated, and inflation then stops as soon as a part yields more than
 * it declared: the work done is bounded by the limit, whatever the directory claims. Relationship
 * targets are resolved the OPC way (relative to the source part's folder, or absolute from the package root).
 */
import { Inflate, inflateSync } from 'fflate';
import { nodeZlib } from './native-zlib';
import { failure } from './read-failure';
import { ReadAbort } from './read-abort';
import { readAttributes, startTags } from './read-xml-text';
import { withoutMarkup } from './read-xml-markup';
import { entryData, readZipDirectory, type ZipEntry } from './read-zip-directory';
import type { ReadLimits } from './xlsx-limits';

/** Parts over this size are checked for their inflate ratio; small XML parts may legitimately compress 200×. */
const RATIO_CHECK_FROM_BYTES = 1_000_000;
/** Compressed bytes fed to the inflater at a time: deflate yields at most ~1,032× its input, so ≤ 17 MB per step. */
const INFLATE_STEP = 16 * 1024;
/**
 * Parts this small (compressed) are inflated in one call, which is twice as fast as the stepped inflater:
 * even a lying one can yield at most ~33 MB before it is caught, a few tens of milliseconds of work.
 */
const ONE_CALL_UP_TO = 32 * 1024;
/** Node's zlib, looked up once; null in the browser (fflate inflates there). */
const ZLIB = nodeZlib();
/** Which inflater this platform uses (tests check that both are exercised). */
export const INFLATER: 'zlib' | 'fflate' = ZLIB ? 'zlib' : 'fflate';

/** One relationship of a part: its type's last segment ("worksheet", "sharedStrings") and resolved target. */
export interface PartRelationship {
  readonly type: string;
  readonly target: string;
}

/** Inflates one entry, refusing it the moment its output passes the size it declared. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new ReadAbort(failure('encrypted', `${entry.name}: zip encryption`));
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length !== entry.declaredSize) throw new ReadAbort(failure('zip_bomb', `${entry.name}: stored ${data.length} ≠ declared ${entry.declaredSize}`));
    return data;
  }
  if (entry.method !== 8) throw new ReadAbort(failure('truncated', `${entry.name}: compression method ${entry.method}`));
  const tooLarge = (): ReadAbort => new ReadAbort(failure('zip_bomb', `${entry.name}: inflates past its declared ${entry.declaredSize} bytes`));
  if (ZLIB) return zlibInflate(ZLIB, data, entry, tooLarge);
  if (data.length <= ONE_CALL_UP_TO) {
    let inflated: Uint8Array;
    try {
      // One byte of room past the declared size: a part that fills it yields more than it declared.
      inflated = inflateSync(data, { out: new Uint8Array(entry.declaredSize + 1) });
    } catch (error) {
      throw new ReadAbort(failure('truncated', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`));
    }
    if (inflated.length > entry.declaredSize) throw tooLarge();
    return inflated;
  }
  const out = new Uint8Array(entry.declaredSize);
  let filled = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (filled + chunk.length > out.length) throw tooLarge();
    out.set(chunk, filled);
    filled += chunk.length;
    ended ||= final;
  });
  try {
    for (let at = 0; at < data.length && !ended; at += INFLATE_STEP) {
      const last = at + INFLATE_STEP >= data.length;
      inflater.push(data.subarray(at, Math.min(data.length, at + INFLATE_STEP)), last);
    }
  } catch (error) {
    if (error instanceof ReadAbort) throw error;
    throw new ReadAbort(failure('truncated', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`));
  }
  return filled === out.length ? out : out.subarray(0, filled);
}

/**
 * Node's zlib inflates 3–4× faster than fflate's JavaScript (bench/README.md), and `maxOutputLength`
 * stops it natively one byte past the declared size, so the bound on work is the same.
 */
function zlibInflate(zlib: NonNullable<typeof ZLIB>, data: Uint8Array, entry: ZipEntry, tooLarge: () => ReadAbort): Uint8Array {
  let inflated: Uint8Array;
  try {
    inflated = zlib.inflateRawSync(data, { maxOutputLength: entry.declaredSize + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new ReadAbort(failure('truncated', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`));
  }
  if (inflated.length > entry.declaredSize) throw tooLarge();
  return inflated;
}

/** A zip package read lazily under the read limits. */
export class XlsxPackage {
  private inflatedBytes = 0;
  private readonly parts = new Map<string, Uint8Array | null>();
  private readonly decoder = new TextDecoder('utf-8');
  private entries: Map<string, ZipEntry> | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
  ) {}

  private directory(): Map<string, ZipEntry> {
    this.entries ??= new Map(readZipDirectory(this.bytes).map((e) => [e.name.toLowerCase(), e]));
    return this.entries;
  }

  /** Inflates the named parts (case-insensitive) that are not inflated yet; absent parts are remembered as absent. */
  inflate(names: readonly string[]): void {
    const wanted = [...new Set(names.map((n) => n.toLowerCase()))].filter((n) => !this.parts.has(n));
    if (wanted.length === 0) return;
    const directory = this.directory();
    const found = wanted.flatMap((name) => {
      const entry = directory.get(name);
      if (!entry) this.parts.set(name, null);
      return entry ? [entry] : [];
    });
    // Every declared size is charged before anything is inflated: a bomb that says so is never touched.
    for (const entry of found) {
      this.inflatedBytes += entry.declaredSize;
      if (this.inflatedBytes > this.limits.maxInflatedBytes) throw new ReadAbort(failure('zip_bomb', `${this.inflatedBytes} > ${this.limits.maxInflatedBytes} bytes`));
      if (entry.declaredSize > RATIO_CHECK_FROM_BYTES && entry.declaredSize / Math.max(1, entry.compressedSize) > this.limits.maxInflateRatio) {
        throw new ReadAbort(failure('zip_bomb', `${entry.name}: ${entry.declaredSize} / ${entry.compressedSize} > ${this.limits.maxInflateRatio}`));
      }
    }
    for (const entry of found) this.parts.set(entry.name.toLowerCase(), inflateEntry(this.bytes, entry));
  }

  /** Whether the package has a part of this name (case-insensitive), without inflating it. */
  has(name: string): boolean {
    return this.directory().has(name.toLowerCase());
  }

  /** The UTF-8 text of a part (comments, processing instructions and DTDs taken out), or null when there is no such part. */
  text(name: string): string | null {
    this.inflate([name]);
    const data = this.parts.get(name.toLowerCase());
    return data ? withoutMarkup(this.decoder.decode(data)) : null;
  }
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part: "worksheets/sheet1.xml", "/xl/x.xml", "../a.xml". */
export function resolveTarget(sourcePart: string, target: string): string {
  let path = target.replace(/\\/g, '/');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray "%" is a literal character of the name.
  }
  const base = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** Relationship id → { type, target } of a .rels part; external targets (hyperlinks) are left out. */
export function readRelationships(relsXml: string | null, sourcePart: string): Map<string, PartRelationship> {
  const out = new Map<string, PartRelationship>();
  if (!relsXml) return out;
  for (const tag of startTags(relsXml, 'Relationship')) {
    const attrs = readAttributes(tag);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (!id || !target || /^external$/i.test(attrs.get('TargetMode') ?? '')) continue;
    const type = (attrs.get('Type') ?? '').split('/').pop() ?? '';
    out.set(id, { type, target: resolveTarget(sourcePart, target) });
  }
  return out;
}
