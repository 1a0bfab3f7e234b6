/**
 * 集約's 経年比較 in real Chromium at 350 px: with the box ticked, the FY2022 and FY2023 fixtures give the
 * usual result for FY2023 plus 集約_経年 (a line says how many plans over which years, a button opens it,
 * the downloaded workbook has it with both years' rates); unticked, the sheet is not written. English too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cellText } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { axeProblems, dateInput, openPane, paneSuite, shot, switchLanguage } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();
const FIXTURES = join(__dirname, '..', 'fixtures');
const paths = ['fy2022', 'fy2023'].flatMap((d) =>
  readdirSync(join(FIXTURES, d))
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((n) => join(FIXTURES, d, n)),
);

async function downloadedSheets(page: Page, button: RegExp): Promise<Map<string, string[][]>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const book = readXlsx(new Uint8Array(readFileSync(await download.path())));
  if (!book.ok) throw new Error(book.failure.code);
  return new Map(book.workbook.sheets.map((g) => [g.name, g.rows.map((r) => (r ?? []).map((c) => cellText(c)))]));
}

describe('集約 with 経年比較 in the pane', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPane(suite.browser, suite.base));
    await page.getByRole('tab', { name: '集約' }).click();
  });

  it('offers the box, off by default, with its hint, and stays axe clean', async () => {
    const box = page.getByRole('checkbox', { name: '複数年度を並べる（経年比較）' });
    await expect(box.isChecked()).resolves.toBe(false);
    await page.getByText('選んだブックのすべての年度を「集約_経年」に計画ごとに並べます。ほかの集約シートは最新の年度です。').waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('puts every year of the picked files side by side in 集約_経年 when ticked', async () => {
    await page.getByTestId('files').setInputFiles(paths);
    await dateInput(page, 'consolidate').fill('2024-04-30');
    await page.getByRole('checkbox', { name: '複数年度を並べる（経年比較）' }).check();
    await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
    await page.getByRole('heading', { name: '集約結果', level: 2 }).waitFor();
    await page.getByText('集約_経年: 10 件の計画を令和4年度・令和5年度で比較しました。').waitFor();
    await page.getByRole('button', { name: '集約_経年 を開く' }).waitFor();
    // The rates list is the latest year's: 雇用啓発WG ① wrote 50 / 80 / 85 in FY2023 (50 is under 60).
    await expect(page.getByTestId('rate-row').count()).resolves.toBe(10);
    await expect(page.getByTestId('rate-row').filter({ hasText: /^①上期50%下期80%年度85%要確認$/ }).count()).resolves.toBe(1);
    // The earlier year's sheets are not "submissions needing a look".
    await expect(page.getByRole('region', { name: /確認が必要な提出/ }).count()).resolves.toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'consolidate-years-ja');
    const sheets = await downloadedSheets(page, /ブックをダウンロード/);
    const years = sheets.get('集約_経年') ?? [];
    const row = years.find((r) => r[1] === '雇用啓発WG' && r[2] === '①');
    expect(row?.slice(3, 12)).toEqual(['30', '50', '90', '50', '80', '85', '20', '30', '-5']);
    expect(errors).toEqual([]);
  });

  it('words the box and the result in English', async () => {
    await switchLanguage(page, 'en');
    await page.getByRole('tab', { name: 'Consolidate' }).click();
    const box = page.getByRole('checkbox', { name: 'Compare years side by side' });
    await expect(box.isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Consolidate into a dashboard' }).click();
    await page.getByText('Summary_Years: 10 plans compared over FY2022, FY2023.').waitFor();
    await page.getByRole('button', { name: 'Open Summary_Years' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await switchLanguage(page, 'ja');
  });

  it('writes no 集約_経年 when the box is off and removes the earlier one, saying so before it replaces', async () => {
    await page.getByRole('tab', { name: '集約' }).click();
    await page.getByRole('checkbox', { name: '複数年度を並べる（経年比較）' }).uncheck();
    await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // The earlier run's 集約_経年 would be stale beside the new dashboard: it goes, and the question says so.
    await expect(dialog.textContent()).resolves.toContain('集約_経年');
    await dialog.getByRole('button', { name: '置き換えて集約' }).click();
    await page.getByRole('heading', { name: '集約結果', level: 2 }).waitFor();
    await expect(page.getByText(/^集約_経年: /).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '集約_経年 を開く' }).count()).resolves.toBe(0);
    const sheets = await downloadedSheets(page, /ブックをダウンロード/);
    expect([...sheets.keys()].filter((n) => n.startsWith('集約_'))).not.toContain('集約_経年');
    expect(errors).toEqual([]);
  });
});
