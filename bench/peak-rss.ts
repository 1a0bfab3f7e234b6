/**
 * Child process of the benchmark: one full consolidation of the first N synthetic files on disk, printing
 * the peak RSS after reading + validating + aggregating, and after writing the dashboard.
 * Usage: node --expose-gc --import tsx bench/peak-rss.ts <workbooks> <dir>
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../src/jobs/consolidate-files';
import { BENCH_OPTIONS } from './bench-options';

// maxRSS is in kilobytes and covers the process's whole life, Node, tsx and the loaded modules included.
const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  // The parent wrote the synthetic files to disk, so this process holds only what consolidation needs.
  const dir = process.argv[3] ?? '';
  const names = readdirSync(dir).sort().slice(0, Number(process.argv[2] ?? 100));
  const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  global.gc?.();
  const startMb = peakMb();
  const result = await consolidateFiles(files, BENCH_OPTIONS, readXlsx);
  const consolidateMb = peakMb();
  const host = await XlsxWorkbookHost.create();
  await writeDashboard(host, result.specs);
  await host.toBytes();
  process.stdout.write(`startMb=${startMb} consolidateMb=${consolidateMb} peakRssMb=${peakMb()}\n`);
}

void main();
