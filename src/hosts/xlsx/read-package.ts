/**
 * The zip package of a workbook, inflated part by part on demand: each `inflate` call runs fflate over
 * the central directory and inflates only the named parts, charging their declared sizes to one budget
 * before any byte is inflated. Relationship targets are resolved the OPC way (relative to the source
 * part's folder, or absolute from the package root).
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { failure } from './read-failure';
import { ReadAbort } from './read-abort';
import { readAttributes } from './read-xml-text';
import type { ReadLimits } from './xlsx-limits';

/** Parts over this size are checked for their inflate ratio; small XML parts may legitimately compress 200×. */
const RATIO_CHECK_FROM_BYTES = 1_000_000;

/** One relationship of a part: its type's last segment ("worksheet", "sharedStrings") and resolved target. */
export interface PartRelationship {
  readonly type: string;
  readonly target: string;
}

/** A zip package read lazily under the read limits. */
export class XlsxPackage {
  private inflatedBytes = 0;
  private readonly parts = new Map<string, Uint8Array | null>();
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
  ) {}

  /** Inflates the named parts (case-insensitive) that are not inflated yet; absent parts are remembered as absent. */
  inflate(names: readonly string[]): void {
    const wanted = new Set(names.map((n) => n.toLowerCase()).filter((n) => !this.parts.has(n)));
    if (wanted.size === 0) return;
    let refused: string | null = null;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (file: UnzipFileInfo) => {
          if (refused !== null || !wanted.has(file.name.toLowerCase())) return false;
          // fflate inflates into a buffer of the declared size and never grows it, so a part that lies
          // about its size is cut at the declared size: the declared total bounds the real output too.
          this.inflatedBytes += file.originalSize;
          if (this.inflatedBytes > this.limits.maxInflatedBytes) refused = `${this.inflatedBytes} > ${this.limits.maxInflatedBytes} bytes`;
          else if (file.originalSize > RATIO_CHECK_FROM_BYTES && file.originalSize / Math.max(1, file.size) > this.limits.maxInflateRatio) {
            refused = `${file.name}: ${file.originalSize} / ${file.size} > ${this.limits.maxInflateRatio}`;
          }
          // Refusing here means the bomb is never inflated.
          return refused === null;
        },
      });
    } catch (error) {
      if (refused !== null) throw new ReadAbort(failure('zip_bomb', refused));
      throw new ReadAbort(failure('truncated', error instanceof Error ? error.message : String(error)));
    }
    if (refused !== null) throw new ReadAbort(failure('zip_bomb', refused));
    for (const name of wanted) this.parts.set(name, null);
    for (const [name, data] of Object.entries(files)) this.parts.set(name.toLowerCase(), data);
  }

  /** The UTF-8 text of a part, inflating it if needed; null when the package has no such part. */
  text(name: string): string | null {
    this.inflate([name]);
    const data = this.parts.get(name.toLowerCase());
    return data ? this.decoder.decode(data) : null;
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
  // `[^<>]`, not `[^>]`: a start tag without `>` must not make every later one scan to the end.
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^<>]*?)\/?>/g)) {
    const attrs = readAttributes(m[1] ?? '');
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (!id || !target || /^external$/i.test(attrs.get('TargetMode') ?? '')) continue;
    const type = (attrs.get('Type') ?? '').split('/').pop() ?? '';
    out.set(id, { type, target: resolveTarget(sourcePart, target) });
  }
  return out;
}
