/** Child process of the benchmark: one full consolidation of N synthetic workbooks, then its peak RSS. */
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../src/jobs/consolidate-files';
import { syntheticWorkbooks } from './synthetic-submissions';

async function main(): Promise<void> {
  const files = await syntheticWorkbooks(Number(process.argv[2] ?? 100));
  global.gc?.();
  const result = await consolidateFiles(files, { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00.000Z' }, readXlsx);
  const host = await XlsxWorkbookHost.create();
  await writeDashboard(host, result.specs);
  await host.toBytes();
  // maxRSS is in kilobytes and covers the generation too: generation is the smaller part (see README).
  process.stdout.write(`peakRssMb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
}

void main();
