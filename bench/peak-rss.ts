/** Child process of the benchmark: one full consolidation of N synthetic workbooks, then its peak RSS. */
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../src/jobs/consolidate-files';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  // The parent wrote the synthetic files to disk, so this process holds only what consolidation needs.
  const dir = process.argv[3] ?? '';
  const names = readdirSync(dir).sort().slice(0, Number(process.argv[2] ?? 100));
  const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  global.gc?.();
  const result = await consolidateFiles(files, { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00.000Z' }, readXlsx);
  const host = await XlsxWorkbookHost.create();
  await writeDashboard(host, result.specs);
  await host.toBytes();
  // maxRSS is in kilobytes: the process's whole life, Node itself included (~45 MB).
  process.stdout.write(`peakRssMb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
}

void main();
