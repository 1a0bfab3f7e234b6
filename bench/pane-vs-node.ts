/**
 * The pane's 集約 as a clerk waits for it — files picked, the button pressed, until the result card is
 * shown — in Debian's Chromium over the preview build, against the same work in Node (read the files,
 * consolidate, write the dashboard into the in-memory workbook the preview uses). Also the longest task
 * the page's main thread ran meanwhile: what decides whether the pane stays responsive.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../src/jobs/consolidate-files';
import { buildPane, dateInput, launch, openPane, serve } from '../tests/e2e/pane-harness';
import { BENCH_OPTIONS } from './bench-options';
import { round, summarise, type Timing } from './timing';

export interface PaneScale {
  readonly workbooks: number;
  readonly sheets: number;
  readonly pane: Timing;
  readonly node: Timing;
  /** The longest main-thread task of the page during a run (median over rounds). */
  readonly paneLongestTaskMs: number;
  readonly paneOverNode: number;
  /** CPU time all of Chromium used over the Node job's CPU time (medians): what a loaded machine moves less. */
  readonly paneCpuOverNodeCpu: number;
}

declare global {
  interface Window {
    benchLongestTask?: number;
  }
}

/** CPU seconds every Chromium process (the page and its workers, the GPU and browser processes) has used so far. */
async function chromiumCpuSeconds(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ cpuTime: number }> };
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  } finally {
    await cdp.detach();
  }
}

/**
 * One 集約 in the pane: wall time from the click to the result card, the page's longest task, and the CPU
 * time all of Chromium used meanwhile (which a loaded machine changes far less than the wall time).
 */
export async function paneRun(browser: Browser, base: string, paths: readonly string[]): Promise<{ ms: number; longestTaskMs: number; cpuMs: number }> {
  const { context, page } = await openPane(browser, base);
  try {
    await page.getByRole('tab', { name: '集約' }).click();
    await page.getByTestId('files').setInputFiles([...paths]);
    await dateInput(page, 'consolidate').fill(BENCH_OPTIONS.asOf ?? '2023-04-30');
    await page.evaluate(() => {
      window.benchLongestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.benchLongestTask = Math.max(window.benchLongestTask ?? 0, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const cpuBefore = await chromiumCpuSeconds(browser);
    const started = performance.now();
    await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
    await page.getByRole('heading', { name: '集約結果', level: 2 }).waitFor({ timeout: 120_000 });
    const ms = performance.now() - started;
    const cpuMs = ((await chromiumCpuSeconds(browser)) - cpuBefore) * 1000;
    const text = await page.locator('.fui-MessageBarTitle').first().textContent();
    if (!text?.includes(`${paths.length} ファイル中 ${paths.length} ファイルを読み込みました`)) throw new Error(`pane result: ${text ?? 'none'}`);
    return { ms, longestTaskMs: (await page.evaluate(() => window.benchLongestTask)) ?? 0, cpuMs };
  } finally {
    await context.close();
  }
}

/** The same work in Node: the picked files' bytes, consolidated, the dashboard written into the in-memory workbook. */
export async function nodeRun(paths: readonly string[]): Promise<number> {
  return (await nodeRunWithCpu(paths)).ms;
}

/** nodeRun with the CPU time this process used (its main thread and libuv's, as Node's zlib runs there). */
export async function nodeRunWithCpu(paths: readonly string[]): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const files = paths.map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: new Uint8Array(readFileSync(path)) }));
  const result = await consolidateFiles(files, BENCH_OPTIONS, readXlsx);
  await writeDashboard(await XlsxWorkbookHost.create(), result.specs);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** A pause before each run: a closing browser context keeps a core busy for a moment after it returns. */
export async function settle(): Promise<void> {
  global.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** Pane ÷ Node at each size, in interleaved rounds (one warm-up round not counted). */
export async function paneOverNode(paths: readonly string[], sizes: readonly number[], reps: number): Promise<PaneScale[]> {
  const { server, base } = await serve(await buildPane());
  const browser = await launch();
  try {
    const pane = new Map<number, number[]>(sizes.map((s) => [s, []]));
    const longest = new Map<number, number[]>(sizes.map((s) => [s, []]));
    const node = new Map<number, number[]>(sizes.map((s) => [s, []]));
    const paneCpu = new Map<number, number[]>(sizes.map((s) => [s, []]));
    const nodeCpu = new Map<number, number[]>(sizes.map((s) => [s, []]));
    for (let rep = 0; rep <= reps; rep++) {
      for (const size of sizes) {
        const picked = paths.slice(0, size);
        // A pause before each: a closing browser context keeps a core busy for a moment after it returns.
        await settle();
        const p = await paneRun(browser, base, picked);
        await settle();
        const n = await nodeRunWithCpu(picked);
        if (rep === 0) continue;
        pane.get(size)?.push(p.ms);
        longest.get(size)?.push(p.longestTaskMs);
        node.get(size)?.push(n.ms);
        paneCpu.get(size)?.push(p.cpuMs);
        nodeCpu.get(size)?.push(n.cpuMs);
      }
    }
    return sizes.map((size) => {
      const p = summarise(pane.get(size) ?? []);
      const n = summarise(node.get(size) ?? []);
      const cpu = summarise(paneCpu.get(size) ?? []).medianMs / summarise(nodeCpu.get(size) ?? []).medianMs;
      return { workbooks: size, sheets: size * 10, pane: p, node: n, paneLongestTaskMs: summarise(longest.get(size) ?? []).medianMs, paneOverNode: round(p.medianMs / n.medianMs, 2), paneCpuOverNodeCpu: round(cpu, 2) };
    });
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
