/**
 * 集約 in real Chromium at 350 px: a broken file and a roster with a missing group give a result card that
 * says what happened (read N of M, each failure's reason, roster problems, 未提出), focus lands on it and
 * the live region says it; the file list is editable, dropped PDFs / CSVs are reported; the rates list
 * fits the pane; a second run says it replaces the dashboard; state survives tab switches.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { HOSTILE_DIR } from '../hostile/build-hostile-fixtures';
import { announced, axeProblems, dateInput, focusLandsOn, openPane, switchLanguage, paneSuite } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();

/** The FY2022 groups, one the council expects that sent nothing (こども部会), and a row with unreadable plans. */
const ROSTER = [
  '部会,WG,計画番号',
  '相談部会,,',
  'くらし部会,ヘルパー人材育成WG,',
  'くらし部会,精神障がい地域包括ケアシステムWG,',
  '就労部会,事業所連絡会WG,',
  '就労部会,雇用啓発WG,',
  'こども部会,,①',
  '権利擁護部会,,計画A',
].join('\r\n');

const submit = (page: Page) => page.getByRole('button', { name: '集約してダッシュボードを作成' });

async function dropFiles(page: Page, files: Array<{ name: string; type: string; text: string }>): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.getByText('ここに .xlsx ファイルをドロップ').dispatchEvent('drop', { dataTransfer: transfer });
}

describe('集約 in the pane', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // No fixed clock here: a frozen clock also freezes the dialog's closing animation.
    ({ page, errors } = await openPane(suite.browser, suite.base));
    await page.getByRole('tab', { name: '集約' }).click();
  });

  it('says why the button is off until files are chosen', async () => {
    await expect(submit(page).getAttribute('aria-disabled')).resolves.toBe('true');
    await page.getByText('提出されたブックを選ぶと集約できます。').waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('reports dropped PDFs and CSVs instead of dropping them silently, and files already listed', async () => {
    await dropFiles(page, [
      { name: '議事録.pdf', type: 'application/pdf', text: '%PDF-1.4' },
      { name: '名簿.csv', type: 'text/csv', text: ROSTER },
    ]);
    await page.getByText('.xlsx / .xlsm ではないため追加しませんでした: 議事録.pdf、名簿.csv').waitFor();
    await page.getByText('名簿の CSV は「名簿を選択」から、課題テーマ表の CSV は「テーマ表を選択」から選んでください。').waitFor();
    await announced(page, /議事録\.pdf/);
    await page.getByTestId('files').setInputFiles([...fixturePaths(), join(HOSTILE_DIR, 'truncated.xlsx'), join(HOSTILE_DIR, 'no-status-sheet.xlsx')]);
    await page.getByTestId('files').setInputFiles([fixturePaths()[0] ?? '']);
    await page.getByText(/既に一覧にあるため追加しませんでした: /).waitFor();
    await expect(page.getByRole('list', { name: '提出されたブック' }).getByRole('listitem').count()).resolves.toBe(7);
  });

  it('removes one file, clears the list, and clears the roster, with the keyboard', async () => {
    await page.getByRole('button', { name: 'no-status-sheet.xlsx を一覧から外す' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: '提出されたブック' }).getByRole('listitem').count()).resolves.toBe(6);
    await page.getByRole('button', { name: 'すべて外す' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: '提出されたブック' }).count()).resolves.toBe(0);
    await page.getByTestId('roster').setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
    await page.getByText('名簿: 名簿.csv').waitFor();
    await page.getByRole('button', { name: '名簿を外す' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('名簿なし（未提出の確認をしません）').waitFor();
  });

  it('consolidates a broken file and a roster with a missing group into a result card that says so', async () => {
    await page.getByTestId('files').setInputFiles([...fixturePaths(), join(HOSTILE_DIR, 'truncated.xlsx'), join(HOSTILE_DIR, 'no-status-sheet.xlsx')]);
    await page.getByTestId('roster').setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
    await dateInput(page, 'consolidate').fill('2023-04-30');
    const threshold = page.getByRole('spinbutton', { name: /要確認とする達成率/ });
    await threshold.fill('101');
    await page.keyboard.press('Tab');
    await page.getByText('達成率は 0〜100 の範囲で入力してください。').waitFor();
    await page.getByText('要確認とする達成率を正しく入力すると集約できます。').waitFor();
    await threshold.fill('80');
    await threshold.press('Enter');
    await expect(threshold.inputValue()).resolves.toBe('80');
    await submit(page).click();
    await page.getByRole('heading', { name: '集約結果', level: 2 }).waitFor();
    await expect(focusLandsOn(page, 'h2:集約結果')).resolves.toBe('h2:集約結果');
    await page.locator('.fui-MessageBarTitle', { hasText: '7 ファイル中 5 ファイルを読み込みました' }).waitFor();
    const failed = page.getByRole('region', { name: '読み込めなかったファイル（2）' });
    await failed.getByText('truncated.xlsx').waitFor();
    await failed.getByText(/ファイルが壊れているか途中で切れています。/).waitFor();
    await failed.getByText(/部会状況把握表のシートが見つかりませんでした/).waitFor();
    await page.getByRole('region', { name: '名簿の問題（1）' }).getByText('名簿.csv 8行目: 計画番号「計画A」を読めません（例: ①・④・⑤）。').waitFor();
    const missing = page.getByRole('region', { name: /^未提出/ });
    await missing.getByText('こども部会 部会全体 ①').waitFor();
    const card = page.locator('[data-intent]').filter({ hasText: '7 ファイル中 5 ファイル' });
    await expect(card.getAttribute('data-intent')).resolves.toBe('warning');
    // The warning colour, not the neutral or success one.
    await expect(card.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toMatch(/^rgb\((255, 255, 255|241, 250, 241)\)$/);
    await announced(page, /集約が終わりました。7 ファイル中 5 ファイルを読み込みました。/);
    // The threshold typed (80) is the one used: 70% is flagged (under 80), which 60 would not flag.
    await expect(page.getByTestId('rate-row').filter({ hasText: /^②上期100%下期70%年度70%要確認$/ }).count()).resolves.toBe(1);
    await expect(page.getByTestId('rate-row').filter({ hasText: /^①上期100%下期100%年度—$/ }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: '集約_提出状況 を開く' }).waitFor();
    await page.getByRole('button', { name: '集約_達成率 を開く' }).click();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('lists the rates compactly at 350 px: group as heading, three rates and the flag on one line, no mid-word breaks', async () => {
    const group = page.getByRole('heading', { name: /ヘルパー人材育成WG/, level: 4 });
    await group.waitFor();
    const row = page.getByTestId('rate-row').filter({ hasText: '②' }).filter({ hasText: '30%' });
    await expect(row.textContent()).resolves.toMatch(/②上期30%下期80%年度80%要確認/);
    // One line: in every row the plans and the block of three rates and the flag are each one line high.
    const heights = await page.getByTestId('rate-row').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => Math.round(c.getBoundingClientRect().height))));
    expect(heights.length).toBe(10);
    for (const row of heights) for (const h of row) expect(h).toBeLessThan(30);
    // No heading or plan label wraps inside a word: each line box of 「くらし部会」 etc. is one line.
    const wrapped = await page.evaluate(() =>
      [...document.querySelectorAll('h4')].filter((h) => {
        const range = document.createRange();
        range.selectNodeContents(h.firstChild ?? h);
        return range.getClientRects().length > 1;
      }).map((h) => h.textContent),
    );
    expect(wrapped).toEqual([]);
    const all = await page.getByTestId('rate-row').count();
    await page.getByRole('checkbox', { name: /要確認のみ/ }).check();
    const flagged = await page.getByTestId('rate-row').count();
    expect(flagged).toBeLessThan(all);
    expect(await page.getByTestId('rate-row').filter({ hasNotText: '要確認' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: /要確認のみ/ }).uncheck();
  });

  it('keeps the files, the result and the rates across tab switches', async () => {
    await page.getByRole('tab', { name: '作成' }).click();
    await page.getByRole('tab', { name: '検証' }).click();
    await page.getByRole('tab', { name: '集約' }).click();
    await page.locator('.fui-MessageBarTitle', { hasText: '7 ファイル中 5 ファイルを読み込みました' }).waitFor();
    await expect(page.getByRole('list', { name: '提出されたブック' }).getByRole('listitem').count()).resolves.toBe(7);
    await expect(page.getByRole('spinbutton', { name: /要確認とする達成率/ }).inputValue()).resolves.toBe('80');
  });

  it('says the dashboard will be replaced before a second run, and cancel keeps it', async () => {
    await submit(page).click();
    const dialog = page.getByRole('alertdialog', { name: 'ダッシュボードを置き換えます' });
    await dialog.getByText(/「集約_概要」「集約_提出状況」「集約_達成率」「集約_活動状況」「集約_評価改善」「集約_課題」「集約_検証結果」を、今回の集約結果で置き換えます/).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Keyboard only: Enter on 集約, Escape cancels; again, and Enter on the focused 置き換えて集約.
    await submit(page).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(focusLandsOn(page, 'button:集約してダッシュボードを作成')).resolves.toBe('button:集約してダッシュボードを作成');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect(focusLandsOn(page, 'button:置き換えて集約')).resolves.toBe('button:置き換えて集約');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect(focusLandsOn(page, 'h2:集約結果')).resolves.toBe('h2:集約結果');
  });

  it('words the whole card in English, reasons from the reader included', async () => {
    await switchLanguage(page, 'en');
    await page.locator('.fui-MessageBarTitle', { hasText: 'Read 5 of 7 files' }).waitFor();
    const failed = page.getByRole('region', { name: 'Files not read (2)' });
    await failed.getByText(/The file is damaged or cut short\./).waitFor();
    await failed.getByText(/No status sheet was found in this workbook\./).waitFor();
    await page.getByRole('region', { name: 'Roster problems (1)' }).getByText('名簿.csv row 8: cannot read the plan numbers "計画A" (e.g. ①・④・⑤).').waitFor();
    await page.getByRole('region', { name: /^Not submitted/ }).getByText('こども部会 whole committee ①').waitFor();
    await page.getByText('Unreadable').first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    // In English the dashboard sheets are Summary_…: the first English run adds them, the second asks.
    await page.getByRole('button', { name: 'Consolidate into a dashboard' }).click();
    await announced(page, /^Consolidation finished\. Read 5 of 7 files\./);
    await page.getByRole('button', { name: 'Open Summary_Rates' }).waitFor();
    await page.getByRole('button', { name: 'Consolidate into a dashboard' }).click();
    await page.getByRole('alertdialog', { name: 'The dashboard will be replaced' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await switchLanguage(page, 'ja');
    expect(errors).toEqual([]);
  });

  it('remembers the threshold and the roster for the next session', async () => {
    const next = await openPane(suite.browser, suite.base, { context: page.context() });
    await next.page.getByRole('tab', { name: '集約' }).click();
    await expect(next.page.getByRole('spinbutton', { name: /要確認とする達成率/ }).inputValue()).resolves.toBe('80');
    await next.page.getByText('名簿: 名簿.csv').waitFor();
    await next.page.close();
  });

  it('explains 基準日 and the roster columns on request, with the keyboard', async () => {
    const panel = page.locator('#panel-consolidate');
    const help = panel.getByRole('button', { name: '名簿の書き方' });
    await expect(help.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(panel.getByText(/名簿があると、提出されていないシートを「未提出」として一覧にします。/).isVisible()).resolves.toBe(false);
    await help.focus();
    await page.keyboard.press('Enter');
    await expect(help.getAttribute('aria-expanded')).resolves.toBe('true');
    await panel.getByText(/名簿があると、提出されていないシートを「未提出」として一覧にします。/).waitFor();
    await panel.getByText('1行目に「部会」「WG」「計画番号」の見出し、2行目から提出が必要なシートを1行に1枚ずつ。').waitFor();
    await panel.getByRole('button', { name: '基準日とは' }).press('Enter');
    await panel.getByText(/基準日より前に月末を迎えた月は/).waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('offers the roster template as a CSV with the headers the roster reader looks for', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '名簿のひな形（CSV）をダウンロード' }).click()]);
    expect(download.suggestedFilename()).toBe('名簿ひな形.csv');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('部会,WG,計画番号');
  });
});
