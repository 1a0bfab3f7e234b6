/**
 * 集約 of 24 workbooks in real Chromium, where the read workers validate the files and the page does
 * 集約_課題's theme work file by file as they arrive (the texts' words and themes, check-picked.ts): the
 * workbook the pane writes has the same cells in every dashboard sheet as the same job in Node, by the
 * shipped table and by a clerk's; and so has a pane without workers, and one whose workers crash after
 * their first file, or fall silent after it without a word (the page gives up on them after 30 s and
 * reads the rest).
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { syntheticWorkbooks } from '../../bench/synthetic-submissions';
import { cellText } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../../src/jobs/consolidate-files';
import { readThemesFile } from '../../src/jobs/themes-file';
import { crashWorkersAfterFirstFile, dateInput, openPane, paneSuite, PANE_WIDTH, ROOT } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();
const dir = join(ROOT, 'test-output', 'theme-work');
const THEMES_CSV = 'テーマ,英語名,キーワード\r\nアンケート調査,Surveys,アンケート、ｱﾝｹｰﾄ\r\n訪問,Visits,訪問\r\n連携,Liaison,連携\r\n';
let paths: string[] = [];

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  paths = (await syntheticWorkbooks(24)).map((f, i) => {
    const path = join(dir, `${String(i).padStart(2, '0')}_${f.name}`);
    writeFileSync(path, f.bytes);
    return path;
  });
});

type Sheets = Map<string, string[][]>;

/** Runs 集約 over the 24 workbooks (with the clerk's table when asked) and reads back every sheet of the workbook the pane offers. */
async function consolidate(page: Page, withTable: boolean, during: (page: Page) => Promise<void>): Promise<Sheets> {
  await page.getByRole('tab', { name: '集約' }).click();
  await page.getByTestId('files').setInputFiles(paths);
  if (withTable) await page.getByTestId('themes').setInputFiles({ name: 'テーマ表.csv', mimeType: 'text/csv', buffer: Buffer.from(THEMES_CSV) });
  await dateInput(page, 'consolidate').fill('2023-04-30');
  await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
  await during(page);
  await page.locator('.fui-MessageBarTitle', { hasText: '24 ファイル中 24 ファイルを読み込みました' }).waitFor({ timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ブックをダウンロード' }).click()]);
  return sheetsOf(new Uint8Array(readFileSync(await download.path())));
}

/** Every sheet's cell texts; a sheet's subtitle says when it was made, to the minute: what two runs may differ in. */
function sheetsOf(bytes: Uint8Array): Sheets {
  const book = readXlsx(bytes);
  if (!book.ok) throw new Error(book.failure.message);
  const made = (t: string): string => t.replace(/^作成 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/, '作成 (time)');
  return new Map(book.workbook.sheets.map((g) => [g.name, g.rows.map((r) => (r ?? []).map((c) => made(cellText(c))))]));
}

/** The same job in Node, as the pane runs it (its defaults, the picked files' modified times), written into a new in-memory workbook as the preview's. */
async function inNode(withTable: boolean): Promise<Sheets> {
  const files = paths.map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: new Uint8Array(readFileSync(path)), modified: new Date(Math.floor(statSync(path).mtimeMs)).toISOString() }));
  const table = withTable ? readThemesFile({ name: 'テーマ表.csv', bytes: new TextEncoder().encode(THEMES_CSV) }).table : null;
  const options = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, years: null, locale: 'ja' as const, generatedAt: new Date().toISOString(), ...(table ? { themes: table } : {}) };
  const host = await XlsxWorkbookHost.create();
  await writeDashboard(host, (await consolidateFiles(files, options, readXlsx)).specs);
  return sheetsOf(await host.toBytes());
}

/** Expects the same sheets, in the same order, with the same cells. */
function expectSame(actual: Sheets, expected: Sheets): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, rows] of expected) expect([name, actual.get(name)]).toEqual([name, rows]);
}

const newContext = (): Promise<BrowserContext> => suite.browser.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, acceptDownloads: true, bypassCSP: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

/** The dashboard of a pane whose page is prepared by `init` (before its scripts run). */
async function dashboardOf(init: (() => void) | null, withTable: boolean, during: (page: Page) => Promise<void> = () => Promise.resolve()): Promise<{ sheets: Sheets; workers: string[] }> {
  const context = await newContext();
  if (init) await context.addInitScript(init);
  const { page, errors } = await openPane(suite.browser, suite.base, { context });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  try {
    const sheets = await consolidate(page, withTable, during);
    expect(errors).toEqual([]);
    return { sheets, workers };
  } finally {
    await context.close();
  }
}

const noWorkers = (): void => void Reflect.deleteProperty(window, 'Worker');


/** Each worker delivers one file and then nothing, with no error event: a worker killed out of memory. */
function silentAfterFirst(): void {
  const Real = window.Worker;
  class SilentWorker extends Real {
    private delivered = 0;
    override set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage = (event: MessageEvent) => {
        if (++this.delivered === 1) handler?.(event);
        else this.terminate();
      };
    }
  }
  window.Worker = SilentWorker;
}

describe('集約 of many workbooks with the theme work done as they arrive', () => {
  let node: Sheets;

  beforeAll(async () => {
    node = await inNode(false);
  });

  it('gives the same dashboard, cell for cell, as the job in Node', async () => {
    const { sheets, workers } = await dashboardOf(null, false);
    expect(workers.filter((url) => /read-worker/.test(url))).toHaveLength(2);
    expect(node.get('集約_課題')?.length).toBeGreaterThan(50);
    expectSame(sheets, node);
  });

  it('gives the same dashboard by a clerk\'s theme table', async () => {
    const { sheets } = await dashboardOf(null, true);
    const column = (s: Sheets): string[] => (s.get('集約_課題') ?? []).map((r) => r[0] ?? '');
    expect(column(sheets)).toContain('訪問');
    expect(column(sheets)).not.toContain('連携・情報共有');
    expectSame(sheets, await inNode(true));
  });

  it('gives the same dashboard on a page without workers', async () => {
    expectSame((await dashboardOf(noWorkers, false)).sheets, node);
  });

  it('gives the same dashboard when the workers crash after their first file', async () => {
    expectSame((await dashboardOf(crashWorkersAfterFirstFile, false)).sheets, node);
  });

  it('gives the same dashboard when the workers fall silent after their first file, after the silence limit', async () => {
    const started = Date.now();
    // While the page waits on them, the bar says how many files came.
    const { sheets } = await dashboardOf(silentAfterFirst, false, (page) => page.getByRole('progressbar', { name: /^[1-9]\d* \/ 24 ファイル$/ }).waitFor({ timeout: 20_000 }));
    expect(Date.now() - started).toBeGreaterThan(30_000);
    expectSame(sheets, node);
  });
});
