/**
 * 検証 in real Chromium at 350 px: counts by severity, our own 集約_ sheets not listed, the issue list
 * reached and used with the keyboard (Enter selects the cell and marks the issue visited), focus on the
 * result heading and the result announced; then English everywhere the pane speaks for itself.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { announced, axeProblems, dateInput, focusLandsOn, focused, openPane, switchLanguage, paneSuite } from './pane-harness';

jest.setTimeout(240_000);

const suite = paneSuite();
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ page, errors } = await openPane(suite.browser, suite.base));
  // A workbook with two plan sheets of FY2022 and, after 集約, the five dashboard sheets.
  const year = page.getByRole('spinbutton', { name: '年度' });
  await year.fill('2022');
  await year.press('Tab');
  await page.getByRole('combobox', { name: '部会名' }).fill('就労部会');
  await page.getByRole('textbox', { name: /WG名/ }).fill('事業所連絡会WG');
  await page.getByRole('textbox', { name: '計画番号' }).fill('①・④・⑤,②・③');
  await page.getByRole('button', { name: 'シートを作成' }).click();
  await page.getByRole('region', { name: '作成結果' }).waitFor();
  await page.getByRole('tab', { name: '集約' }).click();
  await page.getByTestId('files').setInputFiles(fixturePaths());
  await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
  await page.getByRole('region', { name: '集約結果' }).getByRole('button', { name: '集約_達成率 を開く' }).waitFor();
});

/** The cell the downloaded workbook has selected on a sheet (its sheetView's activeCell). */
async function selectedCell(sheetIndex: number): Promise<string | null> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /ブックをダウンロード|Download workbook/ }).click()]);
  const parts = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const xml = strFromU8(parts[`xl/worksheets/sheet${sheetIndex}.xml`] ?? new Uint8Array());
  return /activeCell="([A-Z]+\d+)"/.exec(xml)?.[1] ?? null;
}

describe('検証 in the pane', () => {
  it('counts the issues by severity, lists no 集約_ sheet, and moves focus to the result', async () => {
    await page.getByRole('tab', { name: '検証' }).click();
    await dateInput(page, 'validate').fill('2023-04-30');
    await page.getByRole('button', { name: '検証', exact: true }).click();
    await expect(focusLandsOn(page, 'h2:検証結果')).resolves.toBe('h2:検証結果');
    const said = await announced(page, /^検証が終わりました。状況把握表 2 枚を検証しました。/);
    expect(said).toMatch(/エラー \d+ 件・警告 \d+ 件・情報 \d+ 件/);
    const report = page.getByRole('region', { name: '検証結果' });
    await report.getByText('状況把握表 2 枚を検証しました。').waitFor();
    await expect(report.textContent()).resolves.not.toMatch(/集約_|対象外/);
    await report.getByRole('heading', { name: /^警告 \d+ 件$/, level: 3 }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('reaches the issues with Tab; Enter selects the cell and marks the issue visited', async () => {
    const first = page.getByRole('region', { name: '検証結果' }).getByRole('button', { name: /を選択$/ }).first();
    const name = (await first.getAttribute('aria-label')) ?? '';
    const [, sheet, cell] = /^(.+)!([A-Z]+\d+) を選択$/.exec(name) ?? [];
    // Keyboard only: from the focused heading, Tab goes into the list.
    await page.getByRole('heading', { name: '検証結果', level: 2 }).focus();
    for (let i = 0; i < 20 && (await focused(page)) !== `button:${sheet}!${cell}`; i++) await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe(`button:${sheet}!${cell}`);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: '検証結果' }).getByText('確認済み').first().waitFor();
    expect(sheet).toBe('①・④・⑤');
    await expect(selectedCell(1)).resolves.toBe(cell);
    // The report, and what was visited, survive a round of the other tabs.
    await page.getByRole('tab', { name: '作成' }).click();
    await page.getByRole('tab', { name: '集約' }).click();
    await page.getByRole('tab', { name: '検証' }).click();
    await page.getByRole('region', { name: '検証結果' }).getByText('✓ 確認済み').waitFor();
    await expect(dateInput(page, 'validate').inputValue()).resolves.toBe('2023-04-30');
  });

  it('speaks English in English mode: the report, the tabs, the language switch', async () => {
    await switchLanguage(page, 'en');
    const report = page.getByRole('region', { name: 'Validation result' });
    await report.getByText('2 status sheets checked.').waitFor();
    await report.getByRole('heading', { name: /^Warnings \d+$/ }).waitFor();
    await report.getByText('visited').first().waitFor();
    await expect(page.getByRole('button', { name: '日本語' }).getAttribute('title')).resolves.toMatch(/Switch to Japanese/);
    expect(await axeProblems(page)).toEqual([]);
  });

  it('shows no Japanese of its own in English mode on any tab, only the workbook’s content', async () => {
    // The check finds the pane's own Japanese when there is some (in Japanese mode).
    await switchLanguage(page, 'ja');
    expect(japaneseOutsideContent(await page.locator('main').innerText()).length).toBeGreaterThan(10);
    await switchLanguage(page, 'en');
    const leaks: string[] = [];
    for (const tab of ['Create', 'Validate', 'Consolidate']) {
      await page.getByRole('tab', { name: tab }).click();
      const text = await page.locator('main').innerText();
      leaks.push(...japaneseOutsideContent(text).map((line) => `${tab}: ${line}`));
    }
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * The lines that still hold Japanese once the workbook's own content is taken out: the file, sheet,
 * committee and WG names, plan numbers, the cell texts an issue quotes, and the roster's column
 * headers and the year spelling (令和5), which the user must type in Japanese.
 */
function japaneseOutsideContent(text: string): string[] {
  const content = [
    /\S+\.xlsx/g,
    /相談部会|くらし部会|暮らし部会|就労部会|こども部会|権利擁護部会/g,
    /[\p{L}\p{N}]*WG/gu,
    /部会 \(committee\)/g,
    /[①-⑳・]+/g,
    /「[^」]*」|"[^"]*"/g,
    /集約_\S+/g,
    /実行実績\(DO\)|計画番号|令和\d+|日本語/g,
  ];
  return text
    .split('\n')
    .map((line) => ({ line, rest: content.reduce((s, re) => s.replace(re, ''), line) }))
    .filter(({ rest }) => /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(rest))
    .map(({ line }) => line);
}
