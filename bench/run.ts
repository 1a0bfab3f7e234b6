/**
 * `npm run bench`: council and prefecture scale, side by side in one run — the floor (unzip + decode),
 * the peers (ExcelJS, SheetJS) and ours (the whole consolidation), plus peak RSS, Office round trips and
 * the pane's weight. Writes bench/results.json and prints a table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard, type SourceFile } from '../src/jobs/consolidate-files';
import { syntheticWorkbooks } from './synthetic-submissions';
import { countOfficeSyncs } from './office-syncs';

interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

const OPTIONS = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja' as const, generatedAt: '2023-05-01T00:00:00.000Z' };

async function time(reps: number, run: () => unknown): Promise<Timing> {
  await run(); // warm-up: JIT and lazy module loading are not what we measure
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    global.gc?.();
    const start = process.hrtime.bigint();
    await run();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { medianMs: round(ms[Math.floor(ms.length / 2)] ?? 0), minMs: round(ms[0] ?? 0), maxMs: round(ms[ms.length - 1] ?? 0) };
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The floor: every part unzipped and decoded to a string — no reader can do less. */
function floor(files: readonly SourceFile[]): number {
  let chars = 0;
  const decoder = new TextDecoder();
  for (const f of files) for (const [name, data] of Object.entries(unzipSync(f.bytes))) if (/\.(xml|rels)$/.test(name)) chars += decoder.decode(data).length;
  return chars;
}

async function exceljs(files: readonly SourceFile[]): Promise<void> {
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes) as unknown as ExcelJS.Buffer);
}

function sheetjs(files: readonly SourceFile[]): void {
  for (const f of files) XLSX.read(f.bytes, { type: 'array' });
}

/** Ours: read + parse + validate + aggregate, then write the dashboard workbook. */
async function ours(files: readonly SourceFile[], split?: { read: number; write: number }): Promise<Uint8Array> {
  const t0 = performance.now();
  const result = await consolidateFiles(files, OPTIONS, readXlsx);
  const t1 = performance.now();
  const host = await XlsxWorkbookHost.create();
  await writeDashboard(host, result.specs);
  const bytes = await host.toBytes();
  if (split) {
    split.read += t1 - t0;
    split.write += performance.now() - t1;
  }
  return bytes;
}

/** Peak RSS of the whole consolidation at a scale, in a fresh process so scales don't share garbage. */
function peakRss(workbooks: number, dir: string): number {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'peak-rss.ts'), String(workbooks), dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const mb = Number(/peakRssMb=(\d+(?:\.\d+)?)/.exec(child.stdout)?.[1]);
  if (!Number.isFinite(mb)) throw new Error(`peak-rss child failed: ${child.stderr.slice(0, 500)}`);
  return mb;
}

function paneSizes(): { paneInitialGzipKb: number | null; readerLazyGzipKb: number | null } {
  // A production build (Office.js from the CDN, as inside Excel), measured by scripts/build-report.ts.
  const root = join(__dirname, '..');
  spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: 'ignore' });
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-report.ts')], { cwd: root, stdio: 'ignore' });
  const report = join(root, 'dist', 'build-report.json');
  if (!existsSync(report)) return { paneInitialGzipKb: null, readerLazyGzipKb: null };
  const r = JSON.parse(readFileSync(report, 'utf8')) as { initialGzipKb?: number; readerLazyGzipKb?: number };
  return { paneInitialGzipKb: r.initialGzipKb ?? null, readerLazyGzipKb: r.readerLazyGzipKb ?? null };
}

async function main(): Promise<void> {
  const started = Date.now();
  process.stdout.write('generating 100 synthetic workbooks (1,000 plan sheets)…\n');
  const all = await syntheticWorkbooks(100);
  const dir = join(__dirname, 'out', 'synthetic');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  all.forEach((f, i) => writeFileSync(join(dir, `${String(i).padStart(3, '0')}_${f.name}`), f.bytes));
  const scales = [
    { label: '10 workbooks / 100 sheets', files: all.slice(0, 10), reps: 7 },
    { label: '100 workbooks / 1,000 sheets', files: all, reps: 3 },
  ];
  const rows = [];
  for (const scale of scales) {
    const split = { read: 0, write: 0 };
    const f = await time(scale.reps, () => floor(scale.files));
    const e = await time(scale.reps, () => exceljs(scale.files));
    const s = await time(scale.reps, () => sheetjs(scale.files));
    const o = await time(scale.reps, () => ours(scale.files, split));
    const runs = scale.reps + 1;
    rows.push({ label: scale.label, sheets: scale.files.length * 10, floor: f, exceljs: e, sheetjs: s, ours: o, oursReadMs: round(split.read / runs), oursWriteMs: round(split.write / runs) });
  }
  const small = rows[0]!;
  const large = rows[1]!;
  const bestPeer = Math.min(large.exceljs.medianMs, large.sheetjs.medianMs);
  const syncs = await countOfficeSyncs();
  const results = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    scales: rows,
    oursOverFloor: round(large.ours.medianMs / large.floor.medianMs, 2),
    oursOverBestPeer: round(large.ours.medianMs / bestPeer, 2),
    oursReadOnlyOverFloor: round(large.oursReadMs / large.floor.medianMs, 2),
    scaling1000over100: round(large.ours.medianMs / small.ours.medianMs, 2),
    peakRssMb: peakRss(100, dir),
    peakRssMb100Sheets: peakRss(10, dir),
    msPerSheet: round(large.ours.medianMs / large.sheets, 2),
    syncs,
    ...paneSizes(),
    benchSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const line = (cells: Array<string | number>): string => cells.map((c, i) => String(c).padStart(i === 0 ? 30 : 12)).join(' ');
  process.stdout.write(`\n${line(['median ms (min–max)', 'floor', 'ExcelJS', 'SheetJS', 'ours', 'ours read', 'ours write'])}\n`);
  for (const r of rows) {
    const t = (x: Timing): string => `${x.medianMs}`;
    process.stdout.write(`${line([r.label, t(r.floor), t(r.exceljs), t(r.sheetjs), t(r.ours), r.oursReadMs, r.oursWriteMs])}\n`);
    process.stdout.write(`${line(['  spread', `${r.floor.minMs}–${r.floor.maxMs}`, `${r.exceljs.minMs}–${r.exceljs.maxMs}`, `${r.sheetjs.minMs}–${r.sheetjs.maxMs}`, `${r.ours.minMs}–${r.ours.maxMs}`, '', ''])}\n`);
  }
  process.stdout.write(`
ours ÷ floor            ${results.oursOverFloor}   (target ≤ 3; read+validate+aggregate alone ${results.oursReadOnlyOverFloor})
ours ÷ best peer        ${results.oursOverBestPeer}   (target ≤ 0.5)
1,000 vs 100 sheets     ${results.scaling1000over100}×  (target ≤ 11)
ms per sheet            ${results.msPerSheet}
peak RSS                ${results.peakRssMb} MB at 1,000 sheets, ${results.peakRssMb100Sheets} MB at 100 (target ≤ 300)
context.sync() calls    ${syncs ? JSON.stringify(syncs) : 'n/a (no Office host in this build)'}
pane initial JS (gzip)  ${results.paneInitialGzipKb ?? 'n/a (run npm run build first)'} KB; lazy reader ${results.readerLazyGzipKb ?? 'n/a'} KB
→ bench/results.json (${results.benchSeconds} s)
`);
}

void main();
