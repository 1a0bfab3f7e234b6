/**
 * Where the pane's 集約 spends its time, at N workbooks: one warm-up run, one under Chromium's CPU profiler
 * (the page's main thread, written for DevTools) and one traced, summarised by each trace event's own time
 * on the page's main thread and on the read workers — JavaScript, receiving the workers' grids (structured
 * clone), GC, style, layout and paint. Usage (after one `npm run bench`, which writes the files):
 * `node --import tsx bench/pane-profile.ts [workbooks] [dist]` (a preview build, e.g. one made with
 * `vite build --mode preview --minify false` for readable names; default this tree's).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPane, dateInput, launch, openPane, serve } from '../tests/e2e/pane-harness';
import { BENCH_OPTIONS } from './bench-options';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** Main-thread and worker time by trace event, each event's own time (its nested events' time taken out). */
function summariseTrace(trace: { traceEvents: TraceEvent[] }, count: number, ms: number): void {
  const threadNames = new Map<string, string>();
  for (const e of trace.traceEvents) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const thread = threadNames.get(key) ?? '';
    if (thread !== 'CrRendererMain' && thread !== 'DedicatedWorker thread') continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  process.stdout.write(`${count} workbooks, traced run: ${ms.toFixed(0)} ms from click to result\n`);
  const totals = new Map<string, Map<string, number>>();
  const all = [...byThread.values()].flat();
  const start = Math.min(...all.map((e) => e.ts));
  const span = Math.max(1, Math.max(...all.map((e) => e.ts + (e.dur ?? 0))) - start);
  // Own time of style, layout and paint on the page's main thread, by tenth of the run: while reading, or at the end.
  const rendering = Array.from({ length: 10 }, () => 0);
  const RENDERING = /Layout|Paint|Style|Compositing|ShapeText|Commit/;
  const add = (thread: string, name: string, tenth: number, ms: number): void => {
    const own = totals.get(thread) ?? new Map<string, number>();
    totals.set(thread, own);
    own.set(name, (own.get(name) ?? 0) + ms);
    if (thread === 'CrRendererMain' && RENDERING.test(name)) rendering[tenth] = (rendering[tenth] ?? 0) + ms;
  };
  for (const [key, events] of byThread) {
    const thread = threadNames.get(key) ?? '';
    events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: Array<{ end: number; name: string; tenth: number }> = [];
    for (const e of events) {
      const dur = (e.dur ?? 0) / 1000;
      while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      const tenth = Math.min(9, Math.floor(((e.ts - start) / span) * 10));
      if (parent) add(thread, parent.name, parent.tenth, -dur);
      add(thread, e.name, tenth, dur);
      stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, tenth });
    }
  }
  if (rendering.some((t) => t !== 0)) process.stdout.write(`  main thread's style, layout and paint per tenth of the run (ms): ${rendering.map((t) => t.toFixed(0)).join(' ')}\n`);
  for (const [thread, own] of totals) {
    process.stdout.write(`  ${thread}${thread.startsWith('Dedicated') ? 's (both)' : ''}, own time by event (ms):\n`);
    for (const [name, t] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 14)) process.stdout.write(`    ${t.toFixed(0).padStart(6)}  ${name}\n`);
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100);
  const dir = join(__dirname, 'out', 'synthetic');
  const paths = readdirSync(dir).sort().slice(0, count).map((name) => join(dir, name));
  const { server, base } = await serve(process.argv[3] ?? (await buildPane()));
  const browser = await launch();
  try {
    for (const profiled of ['warm-up', 'cpu', 'trace'] as const) {
      const { context, page } = await openPane(browser, base);
      await page.getByRole('tab', { name: '集約' }).click();
      await page.getByTestId('files').setInputFiles(paths);
      await dateInput(page, 'consolidate').fill(BENCH_OPTIONS.asOf ?? '2023-04-30');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      if (profiled === 'cpu') await cdp.send('Profiler.start');
      if (profiled === 'trace') await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
      const started = performance.now();
      await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
      await page.getByRole('heading', { name: '集約結果', level: 2 }).waitFor({ timeout: 120_000 });
      const ms = performance.now() - started;
      if (profiled === 'trace') summariseTrace(JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }, count, ms);
      if (profiled === 'cpu') {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        writeFileSync(join(__dirname, 'out', `pane-${count}.cpuprofile`), JSON.stringify(profile));
        process.stdout.write(`${count} workbooks, profiled run: ${ms.toFixed(0)} ms from click to result (main thread's profile: bench/out/pane-${count}.cpuprofile, for DevTools)\n`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

void main();
