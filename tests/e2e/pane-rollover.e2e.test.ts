/**
 * 作成 → 「前年度のシートから作成」 in real Chromium at 350 px, ja-JP, Asia/Tokyo (the browser preview):
 * the FY2022 fixtures picked, read on the read workers, the five groups listed with their sheets and
 * files, a file that cannot be read listed with its reason, the year defaulting to 令和5年度, and one
 * downloaded workbook per group that reads back as FY2023; keyboard only, focus on the result, announced.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { HOSTILE_DIR } from '../hostile/build-hostile-fixtures';
import { announced, axeProblems, focusLandsOn, openPane, paneSuite, shot, switchLanguage } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();
// 20 March 2023 in Tokyo: the secretariat prepares FY2023 from the FY2022 submissions.
const NOW = new Date('2023-03-20T01:00:00Z');
const panel = (page: Page) => page.locator('#panel-create');
const groups = (page: Page) => panel(page).getByRole('region', { name: /^(見つかったグループ|Groups found)/ });

async function pickLastYear(page: Page, extra: readonly string[] = []): Promise<void> {
  await page.getByRole('radio', { name: '前年度のシートから作成' }).check();
  await page.getByTestId('rollover-files').setInputFiles([...fixturePaths(), ...extra]);
  await groups(page).getByRole('heading', { name: '見つかったグループ（5）' }).waitFor();
}

describe('作成 from last year’s sheets in the pane', () => {
  it('lists the five groups of the FY2022 workbooks with their sheets and files, and the file it could not read with why', async () => {
    const { page, errors, context } = await openPane(suite.browser, suite.base, { now: NOW });
    await pickLastYear(page, [join(HOSTILE_DIR, 'truncated.xlsx')]);
    // Read on the pane's read workers, as 集約 reads its files.
    expect(page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/read-worker/));
    await announced(page, /^前年度のブックを読み込みました。グループが 5 件見つかりました。読み込めなかったファイルが 1 件あります。$/);
    const items = await groups(page).getByRole('list').first().locator(':scope > li').allInnerTexts();
    expect(items).toHaveLength(5);
    expect(items).toContainEqual(expect.stringContaining('就労部会 【雇用啓発WG】\nシート: ①、②、③\nファイル: 令和5年度_就労部会_雇用啓発WG.xlsx'));
    expect(items).toContainEqual(expect.stringContaining('就労部会 【事業所連絡会WG】\nシート: ①・④・⑤、②・③、⑥・⑦'));
    expect(items).toContainEqual(expect.stringContaining('相談部会（部会全体）\nシート: ①\nファイル: 令和5年度_相談部会.xlsx'));
    // The legacy sheet without plan numbers: rolled over, and said what it lacked.
    await groups(page).getByText(/暮らし部会_精神障がい地域包括ケアシステムWG\.xlsx \/ .+: 引き継げなかった項目: 計画番号/).waitFor();
    const files = panel(page).getByRole('list', { name: '前年度のブック' });
    await expect(files.getByRole('listitem').count()).resolves.toBe(6);
    await files.getByRole('listitem').filter({ hasText: 'truncated.xlsx' }).getByText('読込不可').waitFor();
    await panel(page).getByText('前年度のシートは令和4年度のものです。').waitFor();
    await expect(page.getByRole('spinbutton', { name: '作成する年度' }).inputValue()).resolves.toBe('2023');
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'rollover-groups-ja');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads one workbook per group, each reading back as FY2023 with its group’s plans; keyboard only', async () => {
    const { page, errors, context } = await openPane(suite.browser, suite.base, { now: NOW });
    await pickLastYear(page);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    const button = page.getByRole('button', { name: '新年度のブックをダウンロード' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(focusLandsOn(page, 'h2:前年度からの作成結果')).resolves.toBe('h2:前年度からの作成結果');
    await announced(page, /令和5年度のブック 5 件をダウンロードしました。/);
    for (let i = 0; i < 50 && downloads.length < 5; i++) await page.waitForTimeout(100);
    expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual(
      ['令和5年度_くらし部会_ヘルパー人材育成WG.xlsx', '令和5年度_暮らし部会_精神障がい地域包括ケアシステムWG.xlsx', '令和5年度_就労部会_雇用啓発WG.xlsx', '令和5年度_就労部会_事業所連絡会WG.xlsx', '令和5年度_相談部会.xlsx'].sort(),
    );
    const employment = downloads.find((d) => d.suggestedFilename() === '令和5年度_就労部会_事業所連絡会WG.xlsx');
    const book = readXlsx(new Uint8Array(readFileSync((await employment?.path()) ?? '')));
    if (!book.ok) throw new Error(book.failure.code);
    const sheets = book.workbook.sheets.map((g) => readStatusSheet(g));
    expect(sheets.map((s) => (s.kind === 'status-sheet' ? [s.sheet.fiscalYear?.value, s.sheet.workingGroup?.value, s.sheet.planNumbers.join('・')] : s.kind))).toEqual([
      [2023, '事業所連絡会WG', '①・④・⑤'],
      [2023, '事業所連絡会WG', '②・③'],
      [2023, '事業所連絡会WG', '⑥・⑦'],
    ]);
    // Each file can be downloaded again from the result.
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '令和5年度_相談部会.xlsx をもう一度ダウンロード' }).click()]);
    expect(again.suggestedFilename()).toBe('令和5年度_相談部会.xlsx');
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'rollover-done-ja');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes a typed year for the new sheets and names the files by it', async () => {
    const { page, context } = await openPane(suite.browser, suite.base, { now: NOW });
    await pickLastYear(page);
    const year = page.getByRole('spinbutton', { name: '作成する年度' });
    await year.fill('令和6');
    await year.press('Enter');
    await expect(year.inputValue()).resolves.toBe('2024');
    await groups(page).getByText('ファイル: 令和6年度_相談部会.xlsx').waitFor();
    // A year typed out of range is refused with its reason; the groups found stay listed (they were found).
    await year.fill('1999');
    await year.press('Tab');
    await panel(page).getByText('作成する年度を正しく入力すると作成できます。').waitFor();
    await expect(groups(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe('見つかったグループ（5）');
    await expect(panel(page).getByText('新年度のシートを作れる状況把握表が見つかりませんでした。').count()).resolves.toBe(0);
    await year.fill('令和6');
    await year.press('Enter');
    // Another file picked later does not move the year the clerk typed.
    await page.getByTestId('rollover-files').setInputFiles([join(HOSTILE_DIR, 'no-status-sheet.xlsx')]);
    await panel(page).getByRole('list', { name: '前年度のブック' }).getByText('対象シートなし').waitFor();
    await expect(year.inputValue()).resolves.toBe('2024');
    await context.close();
  });

  it('says why the button is off until workbooks are picked, and reads the same in English', async () => {
    const { page, context } = await openPane(suite.browser, suite.base, { now: NOW });
    await page.getByRole('radio', { name: '項目を入力して作成' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: '前年度のシートから作成' }).isChecked()).resolves.toBe(true);
    const button = page.getByRole('button', { name: '新年度のブックをダウンロード' });
    await expect(button.getAttribute('aria-disabled')).resolves.toBe('true');
    await panel(page).getByText('前年度のブックを選ぶと作成できます。').waitFor();
    await panel(page).getByRole('button', { name: /「前年度の振り返り」とは/ }).press('Enter');
    await panel(page).getByText(/第3・第4四半期（10月〜3月）の改善\(ACTION\)を、出典のファイル・シート・セルとともに載せます/).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'rollover-ja');
    await page.getByTestId('rollover-files').setInputFiles(fixturePaths());
    await groups(page).getByRole('heading', { name: '見つかったグループ（5）' }).waitFor();
    await switchLanguage(page, 'en');
    await groups(page).getByRole('heading', { name: 'Groups found (5)' }).waitFor();
    await groups(page).getByText('File: 令和5年度_就労部会_雇用啓発WG.xlsx').waitFor();
    await groups(page).getByText(/Not carried over: plan numbers/).waitFor();
    await panel(page).getByText(/^Last year's sheets are of FY2022 \(Apr 2022 – Mar 2023\)\.$/).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'rollover-groups-en');
    await page.getByRole('button', { name: "Download the new year's workbooks" }).click();
    await announced(page, /Downloaded 5 workbooks for FY2023 \(Apr 2023 – Mar 2024\)\./);
    await shot(page, 'rollover-done-en');
    await context.close();
  });
});
