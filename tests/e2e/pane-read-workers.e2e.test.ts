/**
 * 集約 in real Chromium reads the picked workbooks on Web Workers (read-worker.ts), started when files are
 * picked, and gives the same result card as a pane without workers, which reads them on the page.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { HOSTILE_DIR } from '../hostile/build-hostile-fixtures';
import { buildPane, crashWorkersAfterFirstFile, dateInput, launch, openPane, serve } from './pane-harness';

jest.setTimeout(240_000);

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, base } = await serve(await buildPane()));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const picked = (): string[] => [...fixturePaths(), join(HOSTILE_DIR, 'truncated.xlsx'), join(HOSTILE_DIR, 'no-status-sheet.xlsx')];

/** Picks the files, runs 集約 and returns the result card's lines (title and the failures' reasons). */
async function consolidate(page: Page, beforeRun: () => Promise<void> = () => Promise.resolve()): Promise<string[]> {
  await page.getByRole('tab', { name: '集約' }).click();
  await page.getByTestId('files').setInputFiles(picked());
  await dateInput(page, 'consolidate').fill('2023-04-30');
  await beforeRun();
  await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
  await page.getByRole('heading', { name: '集約結果', level: 2 }).waitFor();
  const title = (await page.locator('.fui-MessageBarTitle').first().textContent()) ?? '';
  const failed = await page.getByRole('region', { name: /読み込めなかったファイル/ }).innerText();
  return [title, ...failed.split('\n').filter((line) => line.trim() !== '')];
}

describe('reading in Web Workers', () => {
  it('starts the read workers when files are picked and reads every file on them', async () => {
    const { context, page, errors } = await openPane(browser, base);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const lines = await consolidate(page, async () => {
      // Before the button is pressed: picking the files started them.
      if (workers.length === 0) await page.waitForEvent('worker', { timeout: 10_000 });
      expect(workers.length).toBeGreaterThan(0);
    });
    expect(lines[0]).toContain('7 ファイル中 5 ファイルを読み込みました');
    expect(workers.filter((url) => /read-worker/.test(url))).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the same result card where the page has no workers (read on the page)', async () => {
    const withWorkers = await openPane(browser, base);
    const expected = await consolidate(withWorkers.page);
    await withWorkers.context.close();

    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, bypassCSP: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    const { page, errors } = await openPane(browser, base, { context });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await expect(consolidate(page)).resolves.toEqual(expected);
    expect(workers).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the same result card when the workers fail after their first file (the page reads the rest)', async () => {
    const withWorkers = await openPane(browser, base);
    const expected = await consolidate(withWorkers.page);
    await withWorkers.context.close();

    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, bypassCSP: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.addInitScript(crashWorkersAfterFirstFile);
    const { page, errors } = await openPane(browser, base, { context });
    await expect(consolidate(page)).resolves.toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });
});
