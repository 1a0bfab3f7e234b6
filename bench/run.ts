/**
 * `npm run bench`: what users feel, side by side in one run — under `fair`: our read path and our whole
 * job against their physical floors, the same job built on ExcelJS and on SheetJS (output checked equal
 * to ours), the CLI's wall time as a fresh process, and the pane in Chromium against the same work in
 * Node; plus peak RSS up to 5,000 plan sheets, Office round trips and the pane's weight. The old bare-load
 * ratios stay under `information`. Writes bench/results.json and prints a table. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { SourceFile } from '../src/jobs/consolidate-files';
import { cliPeakRss, measureCliWall } from './cli-wall';
import { exceljsLoad, floor, ours, readOurs, sheetjsRead, writeFloor, xmlMegabytes, xmlPartsOf } from './contenders';
import { countOfficeSyncs } from './office-syncs';
import { paneOverNode } from './pane-vs-node';
import { paneWeight } from './pane-weight';
import { exceljsPipeline, firstDifference, sheetjsPipeline } from './peer-pipelines';
import { syntheticWorkbooks } from './synthetic-submissions';
import { interleave, round, summarise, type Timing } from './timing';

interface ScaleResult {
  readonly label: string;
  readonly workbooks: number;
  readonly sheets: number;
  readonly floor: Timing;
  readonly readOurs: Timing;
  readonly writeFloor: Timing;
  readonly exceljsPipeline: Timing;
  readonly sheetjsPipeline: Timing;
  /** null when the peer's dashboard holds the same cell texts and merges as ours, else the first difference. */
  readonly exceljsDifference: string | null;
  readonly sheetjsDifference: string | null;
  readonly exceljs: Timing;
  readonly sheetjs: Timing;
  readonly ours: Timing;
  /** Ours with 集約_課題's segmentation on the job's own thread, as the peers' pipelines run our core. */
  readonly oursOneThread: Timing;
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
  let dashboard: Uint8Array = (await ours(files)).dashboard;
  const dashboardXml = xmlPartsOf(dashboard);
  let exceljsOut: Uint8Array = new Uint8Array(0);
  let sheetjsOut: Uint8Array = new Uint8Array(0);
  const times = await interleave(reps, [
    { name: 'floor', run: () => floor(files) },
    { name: 'readOurs', run: () => readOurs(files) },
    { name: 'writeFloor', run: () => writeFloor(dashboardXml) },
    { name: 'exceljsPipeline', run: async () => (exceljsOut = await exceljsPipeline(files)) },
    { name: 'sheetjsPipeline', run: async () => (sheetjsOut = await sheetjsPipeline(files)) },
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
    { name: 'oursOneThread', run: () => ours(files, true) },
  ]);
  const of = (name: string): Timing => summarise(times.get(name) ?? []);
  // The first entry of each phase list is the warm-up run.
  return {
    label,
    workbooks: files.length,
    sheets: files.length * 10,
    floor: of('floor'),
    readOurs: of('readOurs'),
    writeFloor: of('writeFloor'),
    exceljsPipeline: of('exceljsPipeline'),
    sheetjsPipeline: of('sheetjsPipeline'),
    exceljsDifference: firstDifference(dashboard, exceljsOut),
    sheetjsDifference: firstDifference(dashboard, sheetjsOut),
    exceljs: of('exceljs'),
    sheetjs: of('sheetjs'),
    ours: of('ours'),
    oursOneThread: of('oursOneThread'),
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
  const line = (cells: ReadonlyArray<string | number>): string => cells.map((c, i) => String(c).padStart(i === 0 ? 30 : 12)).join(' ');
  const spread = (t: Timing): string => `${t.minMs}–${t.maxMs}`;
  const columns = (r: ScaleResult): Timing[] => [r.floor, r.readOurs, r.writeFloor, r.ours, r.oursOneThread, r.oursConsolidate, r.oursWrite, r.exceljsPipeline, r.sheetjsPipeline, r.exceljs, r.sheetjs];
  const out = [line(['median ms', 'read floor', 'ours: read', 'write floor', 'ours: job', 'ours: 1 thread', 'ours: consol.', 'ours: write', 'ExcelJS job', 'SheetJS job', 'ExcelJS load', 'SheetJS read'])];
  for (const r of rows) {
    out.push(line([r.label, ...columns(r).map((t) => t.medianMs)]));
    out.push(line(['  min–max', ...columns(r).map(spread)]));
  }
  return out.join('\n');
}

/** Writes `count` synthetic workbooks into `dir` (a fresh folder) and returns their paths in order. */
function writeFiles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return files.map((f, i) => {
    const path = join(dir, `${String(i).padStart(3, '0')}_${f.name}`);
    writeFileSync(path, f.bytes);
    return path;
  });
}

const holds = (ok: boolean): string => (ok ? 'holds' : 'does not hold');

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = round(loadavg()[0] ?? 0, 2);
  process.stdout.write('generating 500 synthetic workbooks (5,000 plan sheets; the first 100 are the 1,000-sheet set)…\n');
  const all5000 = await syntheticWorkbooks(500);
  const all = all5000.slice(0, 100);
  const dir = join(__dirname, 'out', 'synthetic');
  const paths = writeFiles(all, dir);
  const dir5000 = join(__dirname, 'out', 'synthetic-5000');
  writeFiles(all5000, dir5000);

  // Ours runs 集約_課題's segmentation on the CLI's bundled worker, as the CLI does: build it first.
  spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  process.stdout.write('in process: floors, ours, the peers’ pipelines…\n');
  const small = await measureScale('10 workbooks / 100 sheets', all.slice(0, 10), 7);
  const large = await measureScale('100 workbooks / 1,000 sheets', all, 5);
  process.stdout.write('the CLI as a fresh process…\n');
  const cli = measureCliWall(paths, join(__dirname, 'out', 'cli'), 7);
  const cli5000 = cliPeakRss(dir5000, join(__dirname, 'out', 'cli', 'dashboard-5000.xlsx'));
  process.stdout.write('the pane in Chromium against Node…\n');
  const pane = await paneOverNode(paths, [10, 100], 5);
  const rss = peakRss(100, dir);
  const rss100 = peakRss(10, dir);
  const rss5000 = peakRss(500, dir5000);
  const office = await countOfficeSyncs(all);
  const weight = paneWeight(join(__dirname, '..'));
  const bestPeer = Math.min(large.exceljs.medianMs, large.sheetjs.medianMs);
  const pane100 = pane.find((p) => p.workbooks === 100);
  const pane10 = pane.find((p) => p.workbooks === 10);
  const startup = cli.startupFloorMs.medianMs;
  const cli1000 = cli.cliWallMs['1000']?.medianMs ?? 0;
  const fair = {
    readOverFloor: round(large.readOurs.medianMs / large.floor.medianMs, 2),
    jobOverFloor: round(large.ours.medianMs / (large.floor.medianMs + large.writeFloor.medianMs), 2),
    jobOverExcelJsPipeline: round(large.ours.medianMs / large.exceljsPipeline.medianMs, 2),
    jobOverSheetJsPipeline: round(large.ours.medianMs / large.sheetjsPipeline.medianMs, 2),
    // The same with 集約_課題's words cut on the job's thread, as the peers' pipelines (which run our core) do.
    oneThread: {
      jobOverFloor: round(large.oursOneThread.medianMs / (large.floor.medianMs + large.writeFloor.medianMs), 2),
      jobOverExcelJsPipeline: round(large.oursOneThread.medianMs / large.exceljsPipeline.medianMs, 2),
    },
    peerOutputsEqual: { exceljs: large.exceljsDifference ?? true, sheetjs: large.sheetjsDifference ?? true },
    startupFloorMs: startup,
    cliWallMs: { 10: cli.cliWallMs['10']?.medianMs ?? null, 100: cli.cliWallMs['100']?.medianMs ?? null, 1000: cli1000 },
    cliWallRangeMs: cli.cliWallMs,
    tsxCliWallMs100: cli.tsxWallMs100.medianMs,
    cliWallMs5000: cli5000.wallMs,
    cliPeakRssMb5000: cli5000.peakRssMb,
    paneOverNode: { 10: pane10?.paneOverNode ?? null, 100: pane100?.paneOverNode ?? null },
    pane,
    perScale: { 100: pick(small), 1000: pick(large) },
  };
  const results = {
    machine: { cpus: cpus().length, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: round(loadavg()[0] ?? 0, 2) },
    fair,
    scales: [small, large],
    peakRssMb: rss.peakRssMb,
    peakRssMbBeforeWrite: rss.consolidateMb,
    peakRssMb100Sheets: rss100.peakRssMb,
    peakRssMb5000Sheets: rss5000.peakRssMb,
    scaling1000over100: round(large.ours.medianMs / small.ours.medianMs, 2),
    // The CLI's own work (start-up taken out) per sheet at 1,000 and 5,000: linear growth keeps them alike.
    cliMsPerSheet1000: round((cli1000 - startup) / 1000, 3),
    cliMsPerSheet5000: round((cli5000.wallMs - startup) / 5000, 3),
    msPerSheet: round(large.ours.medianMs / large.sheets, 2),
    msPerSheetBeforeWrite: round(large.oursConsolidate.medianMs / large.sheets, 2),
    information: {
      oursOverFloor: round(large.ours.medianMs / large.floor.medianMs, 2),
      oursOverBestPeerBareLoad: round(large.ours.medianMs / bestPeer, 2),
      oursConsolidateOverFloor: round(large.oursConsolidate.medianMs / large.floor.medianMs, 2),
      oursConsolidateOverBestPeerBareLoad: round(large.oursConsolidate.medianMs / bestPeer, 2),
      writeShareOfOurs: round(large.oursWrite.medianMs / (large.oursWrite.medianMs + large.oursConsolidate.medianMs), 2),
    },
    syncs: office?.syncs ?? null,
    office: office?.office ?? null,
    ...weight,
    benchSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const cli100 = fair.cliWallMs[100] ?? Infinity;
  const paneRatio = fair.paneOverNode[100] ?? Infinity;
  process.stdout.write(`
${table([small, large])}

fair (1,000 sheets unless said)
  read ÷ read floor            ${fair.readOverFloor}
  job ÷ (read + write floor)   ${fair.jobOverFloor}   (target ≤ 4: ${holds(fair.jobOverFloor <= 4)})
  job ÷ ExcelJS pipeline       ${fair.jobOverExcelJsPipeline}   (target ≤ 0.2: ${holds(fair.jobOverExcelJsPipeline <= 0.2)}; outputs equal: ${String(fair.peerOutputsEqual.exceljs)})
  job ÷ SheetJS pipeline       ${fair.jobOverSheetJsPipeline}   (outputs equal: ${String(fair.peerOutputsEqual.sheetjs)})
  the same on one thread       ${fair.oneThread.jobOverFloor} of the floors, ${fair.oneThread.jobOverExcelJsPipeline} of the ExcelJS pipeline (集約_課題's words cut on the job's thread, as the peers do)
  CLI wall, fresh process      ${fair.cliWallMs[10]} / ${cli100} / ${cli1000} ms at 10 / 100 / 1,000 sheets; bare node ${startup} ms; tsx at 100: ${fair.tsxCliWallMs100} ms (target ≤ 350 at 100: ${holds(cli100 <= 350)})
  CLI at 5,000 sheets          ${cli5000.wallMs} ms, peak RSS ${cli5000.peakRssMb ?? 'n/a'} MB
  pane ÷ Node                  ${fair.paneOverNode[10]} at 10 workbooks, ${paneRatio} at 100 (target ≤ 1.5: ${holds(paneRatio <= 1.5)}); longest main-thread task ${pane10?.paneLongestTaskMs} / ${pane100?.paneLongestTaskMs} ms
peak RSS (in process)   ${results.peakRssMb100Sheets} / ${results.peakRssMb} / ${results.peakRssMb5000Sheets} MB at 100 / 1,000 / 5,000 sheets (target ≤ 300 at 5,000: ${holds(results.peakRssMb5000Sheets <= 300)})
linear growth           1,000 vs 100 sheets in process ${results.scaling1000over100}×; CLI ms per sheet ${results.cliMsPerSheet1000} at 1,000, ${results.cliMsPerSheet5000} at 5,000
context.sync() calls    ${office ? JSON.stringify(office.syncs) : 'n/a (no Office host in this build)'}
pane initial JS (gzip)  ${results.paneInitialGzipKb ?? 'n/a (build failed)'} KB; lazy reader ${results.readerLazyGzipKb ?? 'n/a'} KB
machine                 ${results.machine.cpus} CPUs, load average ${loadBefore} before, ${results.machine.loadAverageAfter} after (shared: other engineers' tests run too)
→ bench/results.json (${results.benchSeconds} s)
`);
}

/** The medians of one scale, for the fair section. */
function pick(r: ScaleResult): Record<string, number> {
  return { readFloorMs: r.floor.medianMs, readOursMs: r.readOurs.medianMs, writeFloorMs: r.writeFloor.medianMs, jobMs: r.ours.medianMs, exceljsPipelineMs: r.exceljsPipeline.medianMs, sheetjsPipelineMs: r.sheetjsPipeline.medianMs };
}

void main();
