/** What is timed side by side: the floor, the two peers a developer would reach for, and ours. */
import { join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { entryData, readZipDirectory } from '../src/hosts/xlsx/read-zip-directory';
import { readStatusSheet } from '../src/reader/read-status-sheet';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { segmentationFor } from '../src/cli/segment-in-thread';
import { consolidateFiles, writeDashboard, type SourceFile } from '../src/jobs/consolidate-files';
import { BENCH_OPTIONS } from './bench-options';

const XML_PART = /\.(xml|rels)$/;

/**
 * The read floor: every XML part inflated by the fastest inflater Node has (zlib, as our reader uses)
 * and decoded to a string — no reader can do less.
 */
export function floor(files: readonly SourceFile[]): number {
  let chars = 0;
  const decoder = new TextDecoder();
  for (const f of files) {
    for (const entry of readZipDirectory(f.bytes)) {
      if (!XML_PART.test(entry.name)) continue;
      const data = entryData(f.bytes, entry);
      chars += decoder.decode(entry.method === 8 ? inflateRawSync(data) : data).length;
    }
  }
  return chars;
}

/** Our read path: bytes → grids (our reader) → status-sheet models (the core's reader), no validation. */
export function readOurs(files: readonly SourceFile[]): number {
  let sheets = 0;
  for (const f of files) {
    const read = readXlsx(f.bytes);
    if (!read.ok) throw new Error(`${f.name}: ${read.failure.code}`);
    for (const grid of read.workbook.sheets) if (readStatusSheet(grid, { names: read.workbook.names ?? [] }).kind === 'status-sheet') sheets += 1;
  }
  return sheets;
}

/** The dashboard's XML parts as text, so the write floor starts from what a writer must produce. */
export function xmlPartsOf(xlsx: Uint8Array): string[] {
  const decoder = new TextDecoder();
  return Object.entries(unzipSync(xlsx))
    .filter(([name]) => XML_PART.test(name))
    .map(([, data]) => decoder.decode(data));
}

/** The write floor: the dashboard's XML encoded to UTF-8, checksummed and deflated as our writer does (zlib level 3). */
export function writeFloor(parts: readonly string[]): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const xml of parts) {
    const data = encoder.encode(xml);
    crc32(data);
    bytes += deflateRawSync(data, { level: 3 }).length;
  }
  return bytes;
}

/** Peer: ExcelJS loading each file (no consolidation at all). */
export async function exceljsLoad(files: readonly SourceFile[]): Promise<void> {
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes) as unknown as ExcelJS.Buffer);
}

/** Peer: SheetJS reading each file (no consolidation at all). */
export function sheetjsRead(files: readonly SourceFile[]): void {
  for (const f of files) XLSX.read(f.bytes, { type: 'array' });
}

/** Milliseconds of each phase of one run of ours. */
export interface OursPhases {
  /** Read + parse + validate + aggregate + render the dashboard specs. */
  readonly consolidateMs: number;
  /** The dashboard written into a new workbook by our writer, as .xlsx bytes. */
  readonly writeMs: number;
  /** The dashboard workbook written. */
  readonly dashboard: Uint8Array;
}

/** Megabytes of XML in .xlsx packages, from the zip's declared sizes (nothing is inflated). */
export function xmlMegabytes(packages: readonly Uint8Array[]): number {
  let bytes = 0;
  for (const p of packages) {
    unzipSync(p, {
      filter: (file) => {
        if (XML_PART.test(file.name)) bytes += file.originalSize;
        return false;
      },
    });
  }
  return bytes / 1024 / 1024;
}

/** The CLI's segmenting worker, as `npm run bench` builds it (the bench runs under tsx, beside src/cli). */
const SEGMENT_WORKER = join(__dirname, '..', 'dist-cli', 'segment-worker.cjs');

/**
 * Ours: the whole consolidation the CLI runs, from file bytes to dashboard bytes — 集約_課題's word
 * segmentation on the CLI's worker thread as the CLI does it, unless `oneThread` (the peers' way).
 */
export async function ours(files: readonly SourceFile[], oneThread = false): Promise<OursPhases> {
  const t0 = performance.now();
  const result = await consolidateFiles(files, { ...BENCH_OPTIONS, ...(oneThread ? {} : segmentationFor(files.length, SEGMENT_WORKER)) }, readXlsx);
  const t1 = performance.now();
  const host = await XlsxWorkbookHost.create();
  await writeDashboard(host, result.specs);
  const dashboard = await host.toBytes();
  return { consolidateMs: t1 - t0, writeMs: performance.now() - t1, dashboard };
}
