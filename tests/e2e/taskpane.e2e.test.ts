/**
 * The task pane end to end in real headless Chromium (Debian's), outside Excel: Office.onReady reports no
 * host, so the pane works on an in-memory workbook. Create, validate, consolidate the FY2022 fixtures,
 * download the workbook and read it back; axe-core on every tab. The pane-*.e2e tests go into each job.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { axeProblems, buildPane, dateInput, launch, openPane, ROOT, serve, switchLanguage } from './pane-harness';

jest.setTimeout(180_000);

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  let base: string;
  ({ server, base } = await serve(await buildPane()));
  browser = await launch();
  ({ page, errors } = await openPane(browser, base));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the task pane in a browser', () => {
  it('says it is the browser preview', async () => {
    await expect(page.getByText('ブラウザーのプレビューです').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('creates the sheets of a group (作成)', async () => {
    await page.getByRole('combobox', { name: '部会名' }).fill('就労部会');
    await page.getByRole('textbox', { name: /WG名/ }).fill('事業所連絡会WG');
    await page.getByRole('textbox', { name: '計画番号' }).fill('①・④・⑤,②・③');
    await page.getByRole('button', { name: 'シートを作成' }).click();
    await page.getByRole('region', { name: '作成結果' }).getByText('シートを作成しました: ①・④・⑤、②・③').waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('validates them and lists the issues by severity (検証)', async () => {
    await page.getByRole('tab', { name: '検証' }).click();
    await page.getByRole('button', { name: '検証', exact: true }).click();
    await page.getByRole('heading', { name: /警告/ }).waitFor();
    const links = page.getByRole('button', { name: /を選択$/ });
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    expect(await axeProblems(page)).toEqual([]);
  });

  it('consolidates the FY2022 workbooks and shows the rates of the ten plan sheets (集約)', async () => {
    await page.getByRole('tab', { name: '集約' }).click();
    await page.getByTestId('files').setInputFiles(fixturePaths());
    await dateInput(page, 'consolidate').fill('2023-04-30');
    await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
    await page.locator('.fui-MessageBarTitle', { hasText: '5 ファイル中 5 ファイルを読み込みました' }).waitFor();
    expect(await page.getByTestId('rate-row').count()).toBe(10);
    const helper = page.getByTestId('rate-row').filter({ hasText: '②' }).filter({ hasText: '30%' });
    await expect(helper.textContent()).resolves.toBe('②上期30%下期80%年度80%要確認');
    expect(await page.getByRole('list', { name: '提出されたブック' }).getByText('読込済').count()).toBe(5);
    expect(await axeProblems(page)).toEqual([]);
  });

  it('downloads the workbook, which reads back with the new sheets and the dashboard', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ブックをダウンロード' }).click()]);
    const path = join(ROOT, 'test-output', 'download.xlsx');
    await download.saveAs(path);
    const result = readXlsx(new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.workbook.sheets.map((s) => s.name)).toEqual(['①・④・⑤', '②・③', '集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    const rates = result.workbook.sheets.find((s) => s.name === '集約_達成率');
    const texts = (rates?.rows ?? []).flat().map((c) => (c?.kind === 'text' ? c.text : c?.kind === 'number' ? c.value : null));
    expect(texts).toContain('ヘルパー人材育成WG');
  });

  it('switches to English', async () => {
    await switchLanguage(page, 'en');
    await page.getByRole('tab', { name: 'Consolidate' }).waitFor();
    expect(errors).toEqual([]);
  });
});
