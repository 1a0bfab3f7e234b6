/** What is timed side by side: the floor, the two peers a developer would reach for, and ours. */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard, type SourceFile } from '../src/jobs/consolidate-files';
import { BENCH_OPTIONS } from './bench-options';

const XML_PART = /\.(xml|rels)$/;

/** The floor: every part unzipped and its XML decoded to a string — no reader can do less. */
export function floor(files: readonly SourceFile[]): number {
  let chars = 0;
  const decoder = new TextDecoder();
  for (const f of files) for (const [name, data] of Object.entries(unzipSync(f.bytes))) if (XML_PART.test(name)) chars += decoder.decode(data).length;
  return chars;
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

/** Ours: the whole consolidation the CLI and the pane run, from file bytes to dashboard bytes. */
export async function ours(files: readonly SourceFile[]): Promise<OursPhases> {
  const t0 = performance.now();
  const result = await consolidateFiles(files, BENCH_OPTIONS, readXlsx);
  const t1 = performance.now();
  const host = await XlsxWorkbookHost.create();
  await writeDashboard(host, result.specs);
  const dashboard = await host.toBytes();
  return { consolidateMs: t1 - t0, writeMs: performance.now() - t1, dashboard };
}
