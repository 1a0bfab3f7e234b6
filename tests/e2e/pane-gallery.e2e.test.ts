/**
 * Every state of the pane at 350 px, in Japanese and in English: axe-core finds no serious or critical
 * violation and a clean heading order in each, and each is photographed (pane-<state>-<lang>.png; with
 * PANE_SCREENSHOTS=docs into docs/screenshots/, the pictures the README shows).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { HOSTILE_DIR } from '../hostile/build-hostile-fixtures';
import { axeProblems, dateInput, openPane, shot, switchLanguage, paneSuite } from './pane-harness';

jest.setTimeout(300_000);

const suite = paneSuite();

const ROSTER = ['部会,WG,計画番号', '相談部会,,', 'くらし部会,ヘルパー人材育成WG,', 'くらし部会,精神障がい地域包括ケアシステムWG,', '就労部会,事業所連絡会WG,', '就労部会,雇用啓発WG,', 'こども部会,,①'].join('\r\n');

/** The names the pane uses, in each language (the test drives the pane by them). */
const NAMES = {
  ja: { year: '年度', committee: '部会名', wg: /WG名/, plans: '計画番号', create: 'シートを作成', keep: '置き換えない（(2)を作る）', cancel: 'キャンセル', validateTab: '検証', validate: '検証', consolidateTab: '集約', consolidate: '集約してダッシュボードを作成', result: '集約結果', flagged: /要確認のみ/, replace: 'ダッシュボードを置き換えます', jump: /を選択$/ },
  en: { year: 'Fiscal year', committee: 'Committee', wg: /Working group/, plans: 'Plan numbers', create: 'Create sheets', keep: 'Keep them (create (2))', cancel: 'Cancel', validateTab: 'Validate', validate: 'Validate', consolidateTab: 'Consolidate', consolidate: 'Consolidate into a dashboard', result: 'Consolidation result', flagged: /Flagged only/, replace: 'The dashboard will be replaced', jump: /^Select / },
} as const;

describe.each(['ja', 'en'] as const)('every state of the pane in %s', (lang) => {
  const n = NAMES[lang];
  let page: Page;
  const problems: Record<string, unknown> = {};

  /** Photographs the state and keeps axe's findings for it. */
  async function state(name: string): Promise<void> {
    await shot(page, `${name}-${lang}`);
    const found = await axeProblems(page);
    if (found.length > 0) problems[name] = found;
  }

  beforeAll(async () => {
    ({ page } = await openPane(suite.browser, suite.base));
    if (lang === 'en') await switchLanguage(page, 'en');
  });

  it('作成: empty, refused input, created, and the question before duplicating', async () => {
    await state('create');
    await page.getByRole('spinbutton', { name: n.year }).fill('1999');
    await page.getByRole('spinbutton', { name: n.year }).press('Tab');
    await page.getByRole('combobox', { name: n.committee }).fill('就労部会');
    await page.getByRole('textbox', { name: n.plans }).fill('①,①');
    await state('create-invalid');
    await page.getByRole('spinbutton', { name: n.year }).fill('2022');
    await page.getByRole('spinbutton', { name: n.year }).press('Enter');
    await page.getByRole('textbox', { name: n.wg }).fill('事業所連絡会WG');
    await page.getByRole('textbox', { name: n.plans }).fill('①・④・⑤,②・③');
    await page.getByRole('button', { name: n.create }).click();
    await page.locator('#panel-create h2').waitFor();
    await state('create-done');
    await page.getByRole('button', { name: n.create }).click();
    await page.getByRole('button', { name: n.keep }).waitFor();
    await state('create-exists');
    await page.getByRole('button', { name: n.cancel }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  });

  it('検証: the report by severity, one issue visited', async () => {
    await page.getByRole('tab', { name: n.validateTab }).click();
    await dateInput(page, 'validate').fill('2023-04-30');
    await page.getByRole('button', { name: n.validate, exact: true }).click();
    await page.locator('#panel-validate h2').waitFor();
    await page.locator('#panel-validate').getByRole('button', { name: n.jump }).first().click();
    await state('validate');
  });

  it('集約: empty, files with a rejected drop, the result card, the rates filter, the question before replacing', async () => {
    await page.getByRole('tab', { name: n.consolidateTab }).click();
    const closed = page.locator('#panel-consolidate [aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    await state('consolidate');
    await page.getByTestId('files').setInputFiles([...fixturePaths(), join(HOSTILE_DIR, 'truncated.xlsx'), join(HOSTILE_DIR, 'no-status-sheet.xlsx'), join(HOSTILE_DIR, 'csv-renamed.xlsx')]);
    const transfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['%PDF-1.4'], '議事録.pdf', { type: 'application/pdf' }));
      return dt;
    });
    await page.locator('div:has(> [data-testid="files"])').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByTestId('roster').setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
    await dateInput(page, 'consolidate').fill('2023-04-30');
    await state('consolidate-files');
    await page.getByRole('button', { name: n.consolidate }).click();
    await page.getByRole('region', { name: n.result }).getByRole('checkbox', { name: n.flagged }).waitFor();
    await state('consolidate-result');
    await page.getByRole('checkbox', { name: n.flagged }).check();
    await state('consolidate-flagged');
    await page.getByRole('checkbox', { name: n.flagged }).uncheck();
    await page.getByRole('button', { name: n.consolidate }).click();
    await page.getByRole('alertdialog', { name: n.replace }).waitFor();
    await state('consolidate-replace');
    await page.getByRole('button', { name: n.cancel }).click();
  });

  it('has no serious or critical axe violation and a clean heading order in any of them', () => {
    expect(problems).toEqual({});
  });
});
