/**
 * A long 達成率 list in the pane (60 plan sheets from workbooks made by ExcelJS in the legacy layout): the
 * first 50 rows, then 「すべて表示（60件）」, which brings the rest and puts focus on the first row it
 * brought; the 「要確認のみ」 filter still shows only flagged rows; axe finds nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticWorkbooks } from '../../bench/synthetic-submissions';
import { axeProblems, dateInput, focused, openPane, paneSuite, ROOT } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();
const dir = join(ROOT, 'test-output', 'rates-long');
let paths: string[] = [];

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  paths = (await syntheticWorkbooks(6)).map((f, i) => {
    const path = join(dir, `${i}_${f.name}`);
    writeFileSync(path, f.bytes);
    return path;
  });
});

describe('a long rates list', () => {
  it('shows the first 50 rows and the rest on 「すべて表示（60件）」, focus on the first row it brings', async () => {
    const { context, page, errors } = await openPane(suite.browser, suite.base);
    await page.getByRole('tab', { name: '集約' }).click();
    await page.getByTestId('files').setInputFiles(paths);
    await dateInput(page, 'consolidate').fill('2023-04-30');
    await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
    await page.locator('.fui-MessageBarTitle', { hasText: '6 ファイル中 6 ファイルを読み込みました' }).waitFor();
    const rows = page.getByTestId('rate-row');
    await expect(rows.count()).resolves.toBe(50);
    expect(await axeProblems(page)).toEqual([]);

    const more = page.getByRole('button', { name: 'すべて表示（60件）' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(rows.count()).resolves.toBe(60);
    await expect(more.count()).resolves.toBe(0);
    const fifty = (await rows.nth(50).textContent()) ?? '';
    expect(fifty).not.toBe('');
    await expect(focused(page)).resolves.toBe(`li:${fifty.slice(0, 60)}`);
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole('checkbox', { name: /要確認のみ/ }).check();
    const flagged = await rows.count();
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(60);
    expect(await rows.filter({ hasNotText: '要確認' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
