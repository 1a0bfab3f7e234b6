/**
 * A long 達成率 list in the pane (200 plan sheets in 20 workbooks made by ExcelJS in the legacy layout, so
 * the read workers validate them too): the first 50 rows, then 「すべて表示（200件）」, which brings the
 * rest and puts focus on the first row it brought; the 「要確認のみ」 filter still shows only flagged
 * rows; axe finds nothing; a page without workers lists the same rows.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticWorkbooks } from '../../bench/synthetic-submissions';
import { axeProblems, dateInput, focused, openPane, paneSuite, ROOT, shot } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();
const dir = join(ROOT, 'test-output', 'rates-long');
let paths: string[] = [];

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  paths = (await syntheticWorkbooks(20)).map((f, i) => {
    const path = join(dir, `${i}_${f.name}`);
    writeFileSync(path, f.bytes);
    return path;
  });
});

/** Picks the 20 workbooks and runs 集約 in the pane. */
async function consolidate(page: Page): Promise<void> {
  await page.getByRole('tab', { name: '集約' }).click();
  await page.getByTestId('files').setInputFiles(paths);
  await dateInput(page, 'consolidate').fill('2023-04-30');
  await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
  await page.locator('.fui-MessageBarTitle', { hasText: '20 ファイル中 20 ファイルを読み込みました' }).waitFor();
}

describe('a long rates list', () => {
  let rowsSeen: string[] = [];

  it('shows the first 50 rows and the rest on 「すべて表示（200件）」, focus on the first row it brings', async () => {
    const { context, page, errors } = await openPane(suite.browser, suite.base);
    await consolidate(page);
    const rows = page.getByTestId('rate-row');
    await expect(rows.count()).resolves.toBe(50);
    expect(await axeProblems(page)).toEqual([]);

    const more = page.getByRole('button', { name: 'すべて表示（200件）' });
    await more.scrollIntoViewIfNeeded();
    await shot(page, 'consolidate-rates-long');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(rows.count()).resolves.toBe(200);
    rowsSeen = await rows.allTextContents();
    await expect(more.count()).resolves.toBe(0);
    const fifty = (await rows.nth(50).textContent()) ?? '';
    expect(fifty).not.toBe('');
    await expect(focused(page)).resolves.toBe(`li:${fifty.slice(0, 60)}`);
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole('checkbox', { name: /要確認のみ/ }).check();
    const flagged = await rows.count();
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(200);
    expect(await rows.filter({ hasNotText: '要確認' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the same rows where the page has no workers (read and validated on the page)', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 350, height: 900 }, bypassCSP: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    const { page, errors } = await openPane(suite.browser, suite.base, { context });
    await consolidate(page);
    await page.getByRole('button', { name: 'すべて表示（200件）' }).click();
    expect(rowsSeen).toHaveLength(200);
    await expect(page.getByTestId('rate-row').allTextContents()).resolves.toEqual(rowsSeen);
    expect(errors).toEqual([]);
    await context.close();
  });
});
