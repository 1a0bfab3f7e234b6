/**
 * `npm run bench`: council and prefecture scale, side by side in one run — the floor (unzip + decode),
 * the peers (ExcelJS, SheetJS) and ours (the whole consolidation), plus peak RSS, Office round trips and
 * the pane's weight. Writes bench/results.json and prints a table. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { SourceFile } from '../src/jobs/consolidate-files';
import { exceljsLoad, floor, ours, sheetjsRead, xmlMegabytes } from './contenders';
import { countOfficeSyncs } from './office-syncs';
import { paneWeight } from './pane-weight';
import { syntheticWorkbooks } from './synthetic-submissions';
import { interleave, round, summarise, type Timing } from './timing';

interface ScaleResult {
  readonly label: string;
  readonly workbooks: number;
  readonly sheets: number;
  readonly floor: Timing;
  readonly exceljs: Timing;
  readonly sheetjs: Timing;
  readonly ours: Timing;
  /** Ours split: read + parse + validate + aggregate (+ render specs), and the dashboard write. */
  readonly oursConsolidate: Timing;
  readonly oursWrite: Timing;
  readonly dashboardKb: number;
  /** XML read (all parts of the submissions) and XML written (the dashboard), uncompressed. */
  readonly inputXmlMb: number;
  readonly dashboardXmlMb: number;
}

async function measureScale(label: string, files: readonly SourceFile[], reps: number): Promise<ScaleResult> {
  const consolidateMs: number[] = [];
  const writeMs: number[] = [];
  let dashboard: Uint8Array = new Uint8Array(0);
  const times = await interleave(reps, [
    { name: 'floor', run: () => floor(files) },
    { name: 'exceljs', run: () => exceljsLoad(files) },
    { name: 'sheetjs', run: () => sheetjsRead(files) },
    {
      name: 'ours',
      run: async () => {
        const phases = await ours(files);
        consolidateMs.push(phases.consolidateMs);
        writeMs.push(phases.writeMs);
        dashboard = phases.dashboard;
      },
    },
  ]);
  const of = (name: string): Timing => summarise(times.get(name) ?? []);
  // The first entry of each phase list is the warm-up run.
  return {
    label,
    workbooks: files.length,
    sheets: files.length * 10,
    floor: of('floor'),
    exceljs: of('exceljs'),
    sheetjs: of('sheetjs'),
    ours: of('ours'),
    oursConsolidate: summarise(consolidateMs.slice(1)),
    oursWrite: summarise(writeMs.slice(1)),
    dashboardKb: Math.round(dashboard.length / 1024),
    inputXmlMb: round(xmlMegabytes(files.map((f) => f.bytes))),
    dashboardXmlMb: round(xmlMegabytes([dashboard])),
  };
}

/** Peak RSS of one consolidation at a scale, in a fresh process so scales don't share garbage. */
function peakRss(workbooks: number, dir: string): { consolidateMb: number; peakRssMb: number } {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'peak-rss.ts'), String(workbooks), dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const value = (key: string): number => Number(new RegExp(`${key}=(\\d+)`).exec(child.stdout)?.[1]);
  const result = { consolidateMb: value('consolidateMb'), peakRssMb: value('peakRssMb') };
  if (!Number.isFinite(result.peakRssMb)) throw new Error(`peak-rss child failed: ${child.stderr.slice(0, 500)}`);
  return result;
}

function table(rows: readonly ScaleResult[]): string {
  const line = (cells: ReadonlyArray<string | number>): string => cells.map((c, i) => String(c).padStart(i === 0 ? 30 : 13)).join(' ');
  const spread = (t: Timing): string => `${t.minMs}–${t.maxMs}`;
  const out = [line(['median ms', 'floor', 'ExcelJS load', 'SheetJS read', 'ours', 'ours: consol.', 'ours: write'])];
  for (const r of rows) {
    out.push(line([r.label, r.floor.medianMs, r.exceljs.medianMs, r.sheetjs.medianMs, r.ours.medianMs, r.oursConsolidate.medianMs, r.oursWrite.medianMs]));
    out.push(line(['  min–max', spread(r.floor), spread(r.exceljs), spread(r.sheetjs), spread(r.ours), spread(r.oursConsolidate), spread(r.oursWrite)]));
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = round(loadavg()[0] ?? 0, 2);
  process.stdout.write('generating 100 synthetic workbooks (1,000 plan sheets)…\n');
  const all = await syntheticWorkbooks(100);
  const dir = join(__dirname, 'out', 'synthetic');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  all.forEach((f, i) => writeFileSync(join(dir, `${String(i).padStart(3, '0')}_${f.name}`), f.bytes));

  const small = await measureScale('10 workbooks / 100 sheets', all.slice(0, 10), 7);
  const large = await measureScale('100 workbooks / 1,000 sheets', all, 5);
  const bestPeer = Math.min(large.exceljs.medianMs, large.sheetjs.medianMs);
  const rss = peakRss(100, dir);
  const rss100 = peakRss(10, dir);
  const office = await countOfficeSyncs(all);
  const weight = paneWeight(join(__dirname, '..'));
  const results = {
    machine: { cpus: cpus().length, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: round(loadavg()[0] ?? 0, 2) },
    scales: [small, large],
    oursOverFloor: round(large.ours.medianMs / large.floor.medianMs, 2),
    oursOverBestPeer: round(large.ours.medianMs / bestPeer, 2),
    oursConsolidateOverFloor: round(large.oursConsolidate.medianMs / large.floor.medianMs, 2),
    oursConsolidateOverBestPeer: round(large.oursConsolidate.medianMs / bestPeer, 2),
    writeShareOfOurs: round(large.oursWrite.medianMs / (large.oursWrite.medianMs + large.oursConsolidate.medianMs), 2),
    scaling1000over100: round(large.ours.medianMs / small.ours.medianMs, 2),
    peakRssMb: rss.peakRssMb,
    peakRssMbBeforeWrite: rss.consolidateMb,
    peakRssMb100Sheets: rss100.peakRssMb,
    msPerSheet: round(large.ours.medianMs / large.sheets, 2),
    msPerSheetBeforeWrite: round(large.oursConsolidate.medianMs / large.sheets, 2),
    syncs: office?.syncs ?? null,
    office: office?.office ?? null,
    ...weight,
    benchSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  process.stdout.write(`
${table([small, large])}

ours ÷ floor            ${results.oursOverFloor}   (target ≤ 3; without the dashboard write ${results.oursConsolidateOverFloor})
ours ÷ best peer        ${results.oursOverBestPeer}   (target ≤ 0.5; without the dashboard write ${results.oursConsolidateOverBestPeer})
write share of ours     ${Math.round(results.writeShareOfOurs * 100)}% at 1,000 sheets (dashboard ${large.dashboardKb} KB)
XML volume              read ${large.inputXmlMb} MB, written ${large.dashboardXmlMb} MB at 1,000 sheets
1,000 vs 100 sheets     ${results.scaling1000over100}×  (target ≤ 11)
ms per sheet            ${results.msPerSheet} (${results.msPerSheetBeforeWrite} before the write)
peak RSS                ${results.peakRssMb} MB at 1,000 sheets (${results.peakRssMbBeforeWrite} MB before the write), ${results.peakRssMb100Sheets} MB at 100 (target ≤ 300)
context.sync() calls    ${office ? JSON.stringify(office.syncs) : 'n/a (no Office host in this build)'}
Office 集約 payloads     ${office ? JSON.stringify(office.office) : 'n/a'}  (targets: request ≤ 2 MiB, syncs ≤ 4 up to 100 sheets)
pane initial JS (gzip)  ${results.paneInitialGzipKb ?? 'n/a (build failed)'} KB; lazy reader ${results.readerLazyGzipKb ?? 'n/a'} KB
machine                 ${results.machine.cpus} CPUs, load average ${loadBefore} before, ${results.machine.loadAverageAfter} after
→ bench/results.json (${results.benchSeconds} s)
`);
}

void main();
