/**
 * The 集約 tab's 課題テーマ表 pick in real Chromium at 350 px: a CSV with errors stops the run before any
 * workbook is read, and the card lists each bad row (Japanese, then English); a good CSV replaces the
 * shipped themes in 集約_課題 of the workbook the pane wrote; removing it brings the shipped table back.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { cellText } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { announced, axeProblems, focusLandsOn, openPane, paneSuite, shot, switchLanguage } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();

const BAD = 'テーマ,英語名,キーワード\r\nアンケート調査,Surveys,アンケート\r\n移動支援,Mobility,\r\n,,訪問\r\n';
const GOOD = 'テーマ,英語名,キーワード\r\nアンケート調査,Surveys,アンケート、ｱﾝｹｰﾄ\r\n訪問,Visits,訪問\r\n';

const submit = (page: Page) => page.getByRole('button', { name: '集約してダッシュボードを作成' });

/** Column A of 集約_課題 in the workbook the preview pane offers for download. */
async function themesColumn(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ブックをダウンロード' }).click()]);
  const read = readXlsx(new Uint8Array(readFileSync(await download.path())));
  if (!read.ok) throw new Error(read.failure.message);
  const sheet = read.workbook.sheets.find((s) => s.name === '集約_課題');
  if (!sheet) throw new Error('no 集約_課題 sheet');
  return sheet.rows.map((row) => (row?.[0] ? cellText(row[0]) : ''));
}

describe('the 課題テーマ表 pick of 集約', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPane(suite.browser, suite.base));
    await page.getByRole('tab', { name: '集約' }).click();
  });

  it('shows the shipped table until one is chosen, and explains the columns on request', async () => {
    await page.getByText('既定のテーマ表を使います', { exact: true }).waitFor();
    const help = page.locator('#panel-consolidate').getByRole('button', { name: 'テーマ表の書き方' });
    await help.press('Enter');
    await page.getByText(/「モード」が「追加」なら既定のテーマ表に加えて使い/).waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('stops before reading any workbook when the CSV has errors, and lists each bad row', async () => {
    await page.getByTestId('files').setInputFiles(fixturePaths());
    await page.getByTestId('themes').setInputFiles({ name: 'テーマ表.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
    await page.getByText('テーマ表: テーマ表.csv').waitFor();
    await submit(page).click();
    await page.getByRole('heading', { name: '集約結果', level: 2 }).waitFor();
    await expect(focusLandsOn(page, 'h2:集約結果')).resolves.toBe('h2:集約結果');
    const card = page.locator('[data-intent]').filter({ hasText: '課題テーマ表 テーマ表.csv に誤りがあるため、集約していません' });
    await expect(card.getAttribute('data-intent')).resolves.toBe('error');
    await card.getByText('下の行を直してから、もう一度集約してください。').waitFor();
    const problems = page.getByRole('region', { name: '課題テーマ表の問題（2）' });
    await problems.getByText('［エラー］3行目: テーマ「移動支援」にキーワードがありません。「キーワード」の列に語を入れてください（複数は「、」で区切ります）。').waitFor();
    await problems.getByText('［エラー］4行目: テーマ名が空です。「テーマ」の列に名前を入れるか、行を削除してください。').waitFor();
    await announced(page, /課題テーマ表 テーマ表\.csv に誤りがあるため、集約していません。/);
    // Nothing was read: the file list has no state from this run, and no sheet of the dashboard was written.
    await expect(page.getByRole('button', { name: /を開く$/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('list', { name: '提出されたブック' }).getByText('読込済').count()).resolves.toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'consolidate-themes-refused-ja');
  });

  it('words the refusal and the rows in English', async () => {
    await switchLanguage(page, 'en');
    await page.getByText('The themes table テーマ表.csv has errors: nothing was consolidated').waitFor();
    const problems = page.getByRole('region', { name: 'Themes table problems (2)' });
    await problems.getByText(/^\[Error\] Row 3: /).waitFor();
    await problems.getByText(/^\[Error\] Row 4: /).waitFor();
    await page.getByText('Themes table: テーマ表.csv').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await switchLanguage(page, 'ja');
  });

  it('sorts the texts by a good CSV’s themes instead of the shipped ones', async () => {
    await page.getByTestId('themes').setInputFiles({ name: 'テーマ表2.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await page.getByText('テーマ表: テーマ表2.csv').waitFor();
    // The refused run wrote nothing, so there is no dashboard to replace: no question first.
    await submit(page).click();
    await page.getByText('課題テーマ表 テーマ表2.csv の 2 テーマで分類しました（既定の表の代わり）。').waitFor();
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    const a = await themesColumn(page);
    const header = a.indexOf('テーマ');
    expect(a.slice(header + 1, header + 3)).toEqual(['アンケート調査', '訪問']);
    expect(a).not.toContain('連携・情報共有');
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'consolidate-themes-ja');
  });

  it('offers the shipped table as a CSV that, picked back, sorts the texts as the shipped table does', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '既定のテーマ表（CSV）をダウンロード' }).click()]);
    expect(download.suggestedFilename()).toBe('課題テーマ表.csv');
    const bytes = readFileSync(await download.path());
    expect(bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('テーマ,英語名,ID,キーワード,パターン');
    await page.getByTestId('themes').setInputFiles({ name: '課題テーマ表.csv', mimeType: 'text/csv', buffer: bytes });
    await submit(page).click();
    await page.getByRole('alertdialog', { name: 'ダッシュボードを置き換えます' }).getByRole('button', { name: '置き換えて集約' }).click();
    await page.getByText(/^課題テーマ表 課題テーマ表\.csv の \d+ テーマで分類しました（既定の表の代わり）。$/).waitFor();
    const a = await themesColumn(page);
    expect(a).toContain('連携・情報共有');
    expect(a).toContain('住まい・地域移行');
  });

  it('goes back to the shipped table when the CSV is removed', async () => {
    await page.getByRole('button', { name: 'テーマ表を外す' }).click();
    await page.getByText('既定のテーマ表を使います', { exact: true }).waitFor();
    await submit(page).click();
    await page.getByRole('alertdialog', { name: 'ダッシュボードを置き換えます' }).getByRole('button', { name: '置き換えて集約' }).click();
    // The card of this run, not the last one's: its themes line is gone, and the new card says what was read.
    await page.getByText(/テーマで分類しました/).waitFor({ state: 'detached' });
    await page.locator('.fui-MessageBarTitle', { hasText: /ファイル中 \d+ ファイルを読み込みました/ }).waitFor();
    expect(await themesColumn(page)).toContain('連携・情報共有');
    expect(errors).toEqual([]);
  });
});
