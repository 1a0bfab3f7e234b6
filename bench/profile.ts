/**
 * One consolidation of the synthetic files on disk, phase by phase, for `node --cpu-prof`:
 * `node --expose-gc --cpu-prof --cpu-prof-dir=bench/out/prof --import tsx bench/profile.ts [workbooks] [reps]`.
 * Run `npm run bench` once first: it writes the files to bench/out/synthetic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../src/jobs/consolidate-files';
import { BENCH_OPTIONS } from './bench-options';

async function main(): Promise<void> {
  const dir = join(__dirname, 'out', 'synthetic');
  const count = Number(process.argv[2] ?? 100);
  const reps = Number(process.argv[3] ?? 3);
  const files = readdirSync(dir).sort().slice(0, count).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  for (let rep = 0; rep < reps; rep++) {
    const t0 = performance.now();
    for (const f of files) readXlsx(f.bytes);
    const t1 = performance.now();
    const result = await consolidateFiles(files, BENCH_OPTIONS, readXlsx);
    const t2 = performance.now();
    const host = await XlsxWorkbookHost.create();
    await writeDashboard(host, result.specs);
    const t3 = performance.now();
    const bytes = await host.toBytes();
    const t4 = performance.now();
    const cells = result.specs.reduce((n, s) => n + s.cells.length, 0);
    process.stdout.write(
      `read ${(t1 - t0).toFixed(0)} ms; read+validate+aggregate+render ${(t2 - t1).toFixed(0)} ms; host model ${(t3 - t2).toFixed(0)} ms; ` +
        `serialise ${(t4 - t3).toFixed(0)} ms (${cells} dashboard cells, ${(bytes.length / 1024).toFixed(0)} KB)\n`,
    );
  }
}

void main();
