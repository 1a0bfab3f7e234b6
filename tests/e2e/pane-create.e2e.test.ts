/**
 * 作成 in real Chromium at 350 px, ja-JP, Asia/Tokyo: typed numbers mean what was typed (Tab and Enter),
 * out-of-range values are refused with a message, defaults follow Tokyo's date, duplicate plan numbers
 * are refused, a disabled button says why, and creating over existing sheets asks first.
 */
import type { Page } from 'playwright-core';
import { announced, axeProblems, dateInput, focusLandsOn, openPane, switchLanguage, paneSuite } from './pane-harness';

jest.setTimeout(180_000);

const suite = paneSuite();

const result = (page: Page) => page.getByRole('region', { name: /^(作成結果|Result)$/ });
const year = (page: Page) => page.getByRole('spinbutton', { name: '年度' });

async function fillGroup(page: Page, plans = '①・④・⑤,②・③'): Promise<void> {
  await page.getByRole('combobox', { name: '部会名' }).fill('就労部会');
  await page.getByRole('textbox', { name: /WG名/ }).fill('事業所連絡会WG');
  await page.getByRole('textbox', { name: '計画番号' }).fill(plans);
}

describe('作成 in the pane', () => {
  it('defaults to Tokyo’s fiscal year on the morning of 1 April (still 31 March in UTC)', async () => {
    const { page, errors, context } = await openPane(suite.browser, suite.base, { now: new Date('2026-03-31T21:00:00Z') });
    await expect(year(page).inputValue()).resolves.toBe('2026');
    await expect(page.getByText('令和8年度').count()).resolves.toBe(1);
    await page.getByRole('tab', { name: '検証' }).click();
    await expect(dateInput(page, 'validate').inputValue()).resolves.toBe('2026-04-01');
    await page.getByRole('tab', { name: '集約' }).click();
    await expect(dateInput(page, 'consolidate').inputValue()).resolves.toBe('2026-04-01');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('honours a typed year on Tab and on Enter, and creates the sheets for that year', async () => {
    const { page, context } = await openPane(suite.browser, suite.base, { now: new Date('2026-06-10T01:00:00Z') });
    await year(page).fill('2023');
    await page.keyboard.press('Tab');
    await expect(year(page).inputValue()).resolves.toBe('2023');
    await page.getByText('令和5年度').waitFor();
    await year(page).fill('２０２２');
    await year(page).press('Enter');
    await expect(year(page).inputValue()).resolves.toBe('2022');
    await page.getByText('令和4年度').waitFor();
    await year(page).fill('令和3');
    await page.keyboard.press('Tab');
    await expect(year(page).inputValue()).resolves.toBe('2021');
    await fillGroup(page);
    // Enter in the year commits the number; it does not also create the sheets.
    await year(page).fill('令和3');
    await year(page).press('Enter');
    await expect(year(page).inputValue()).resolves.toBe('2021');
    await page.waitForTimeout(300);
    await expect(result(page).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'シートを作成' }).click();
    await result(page).getByText('シートを作成しました: ①・④・⑤、②・③').waitFor();
    // The sheet says the year that was typed: read it back from the downloaded workbook's first sheet title.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ブックをダウンロード' }).click()]);
    const { readXlsx } = await import('../../src/hosts/xlsx/read-xlsx');
    const { readFileSync } = await import('node:fs');
    const book = readXlsx(new Uint8Array(readFileSync(await download.path())));
    if (!book.ok) throw new Error(book.failure.message);
    const texts = (book.workbook.sheets[0]?.rows ?? []).flat().map((c) => (c?.kind === 'text' ? c.text : ''));
    expect(texts.some((t) => t.includes('令和3年度'))).toBe(true);
    await context.close();
  });

  it('refuses a year out of range with a message, and says why the button is off', async () => {
    const { page, context } = await openPane(suite.browser, suite.base);
    await fillGroup(page);
    await year(page).fill('1999');
    await page.keyboard.press('Tab');
    await page.getByText('年度は 2019〜2100 の範囲で入力してください（例: 2023、令和5）。').waitFor();
    await expect(year(page).inputValue()).resolves.toBe('1999');
    const button = page.getByRole('button', { name: 'シートを作成' });
    await expect(button.getAttribute('aria-disabled')).resolves.toBe('true');
    await page.getByText('年度を正しく入力すると作成できます。').waitFor();
    await expect(button.getAttribute('aria-describedby')).resolves.toBeTruthy();
    await year(page).fill('abc');
    await year(page).press('Enter');
    await page.getByText('数字で入力してください。').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it('refuses duplicate plan numbers with a message naming the number', async () => {
    const { page, context } = await openPane(suite.browser, suite.base);
    await fillGroup(page, '①,①');
    await page.getByText('計画番号 ① が2回入力されています。どれか1つのシートにだけ入れてください。').waitFor();
    await page.getByText('計画番号を正しく入力すると作成できます。').waitFor();
    await page.getByRole('textbox', { name: '計画番号' }).fill('②・②');
    await page.getByText('計画番号 ② が2回入力されています。どれか1つのシートにだけ入れてください。').waitFor();
    await page.getByRole('textbox', { name: '計画番号' }).fill('');
    await page.getByRole('combobox', { name: '部会名' }).fill('');
    await page.getByText('部会名を入力すると作成できます。').waitFor();
    await context.close();
  });

  it('asks before creating sheets that exist, offering 「置き換えない（(2)を作る）」 or cancel; keyboard only', async () => {
    const { page, context } = await openPane(suite.browser, suite.base);
    await fillGroup(page, '①');
    await page.getByRole('button', { name: 'シートを作成' }).click();
    await result(page).getByText('シートを作成しました: ①').waitFor();
    await expect(focusLandsOn(page, 'h2:作成結果')).resolves.toBe('h2:作成結果');
    await announced(page, /シートを作成しました: ①/);
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'シートを作成' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: '同じ名前のシートがあります' });
    await dialog.waitFor();
    await dialog.getByText('「①」は既にこのブックにあります。').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    // Cancel first: nothing is created.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(focusLandsOn(page, 'button:シートを作成')).resolves.toBe('button:シートを作成');
    await page.getByRole('button', { name: 'シートを作成' }).click();
    await dialog.getByRole('button', { name: '置き換えない（(2)を作る）' }).click();
    await result(page).getByText('「①」は既にあるため「①(2)」という名前にしました。').waitFor();
    await expect(focusLandsOn(page, 'h2:作成結果')).resolves.toBe('h2:作成結果');

    await switchLanguage(page, 'en');
    await result(page).getByText('Created: ①(2)').waitFor();
    await page.getByRole('button', { name: 'Create sheets' }).click();
    await page.getByRole('alertdialog', { name: 'Sheets with these names exist' }).getByRole('button', { name: 'Keep them (create (2))' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it('keeps what was typed across tab switches, and remembers committee, WG and plans for the next session', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 350, height: 900 }, bypassCSP: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    const first = await openPane(suite.browser, suite.base, { context });
    await year(first.page).fill('2024');
    await first.page.keyboard.press('Tab');
    await fillGroup(first.page, '②・③');
    await first.page.getByRole('tab', { name: '集約' }).click();
    await first.page.getByRole('tab', { name: '作成' }).click();
    await expect(year(first.page).inputValue()).resolves.toBe('2024');
    await expect(first.page.getByRole('textbox', { name: '計画番号' }).inputValue()).resolves.toBe('②・③');
    await first.page.getByRole('button', { name: 'シートを作成' }).click();
    await result(first.page).getByText('シートを作成しました: ②・③').waitFor();
    await first.page.close();
    const second = await openPane(suite.browser, suite.base, { context });
    await expect(second.page.getByRole('combobox', { name: '部会名' }).inputValue()).resolves.toBe('就労部会');
    await expect(second.page.getByRole('textbox', { name: /WG名/ }).inputValue()).resolves.toBe('事業所連絡会WG');
    await expect(second.page.getByRole('textbox', { name: '計画番号' }).inputValue()).resolves.toBe('②・③');
    expect(await axeProblems(second.page)).toEqual([]);
    await switchLanguage(second.page, 'en');
    expect(await axeProblems(second.page)).toEqual([]);
    await context.close();
  });
});
