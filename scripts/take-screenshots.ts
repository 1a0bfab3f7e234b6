/**
 * `npm run screenshots`: the pane screenshots in docs/getting-started.md, taken in Chromium as a user sees
 * the pane (350 px wide, ja-JP, Asia/Tokyo): 作成, 検証 and 集約 of the FY2022 sample workbooks in the browser
 * preview, and the message the production pane shows when Office.js is blocked.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPane } from './build-pane';
import { serveStatic } from './static-server';

const ROOT = join(__dirname, '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const FY2022 = join(ROOT, 'tests', 'fixtures', 'fy2022');
// A fixed day, so the default 年度 and dates in the shots do not change from run to run.
const TODAY = new Date('2026-12-01T10:00:00+09:00');

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
  process.stdout.write(`docs/screenshots/${name}\n`);
}

/** 作成 → 検証 → 集約 in the preview build, one screenshot per step. */
async function paneSteps(browser: Browser, base: string): Promise<void> {
  const page = await newPage(browser);
  await page.goto(`${base}taskpane.html`);
  await page.getByRole('heading', { name: '部会状況把握表' }).waitFor();
  await shoot(page, '1-open.png');

  await page.getByRole('combobox', { name: '部会名' }).fill('就労部会');
  await page.getByRole('textbox', { name: /WG名/ }).fill('事業所連絡会WG');
  await page.getByRole('textbox', { name: '計画番号' }).fill('①・④・⑤,②・③');
  await page.getByRole('button', { name: 'シートを作成' }).click();
  await page.getByText('シートを作成しました: ①・④・⑤、②・③').waitFor();
  await shoot(page, '2-create.png');

  await page.getByRole('tab', { name: '検証' }).click();
  await page.getByRole('button', { name: '検証' }).click();
  await page.getByRole('heading', { name: /警告/ }).waitFor();
  await shoot(page, '3-validate.png');

  await page.getByRole('tab', { name: '集約' }).click();
  const files = readdirSync(FY2022).filter((f) => f.endsWith('.xlsx')).map((f) => join(FY2022, f));
  await page.getByTestId('files').setInputFiles(files);
  // 検証 and 集約 each have a 基準日 field; both panels stay mounted.
  await page.locator('#panel-consolidate').getByLabel('基準日').fill('2023-04-30');
  await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
  await page.getByText(/ダッシュボードを作成しました/).waitFor();
  await shoot(page, '4-consolidate.png');
  await page.context().close();
}

/** The production pane with appsforoffice.microsoft.com blocked. */
async function officeBlocked(browser: Browser, base: string): Promise<void> {
  const page = await newPage(browser);
  await page.context().route('https://appsforoffice.microsoft.com/**', (route) => route.abort('blockedbyclient'));
  await page.goto(`${base}taskpane.html`);
  await page.getByRole('heading', { name: 'Office.js を読み込めませんでした' }).waitFor();
  await shoot(page, '5-office-js-blocked.png');
  await page.context().close();
}

async function main(): Promise<void> {
  const temp = mkdtempSync(join(tmpdir(), 'screenshots-'));
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=ja-JP'] });
  try {
    for (const [mode, run] of [['preview', paneSteps], ['production', officeBlocked]] as const) {
      const out = join(temp, mode);
      const build = buildPane(out, { mode, addinUrl: 'https://addins.city.example.jp/bukai/' });
      if (build.status !== 0) throw new Error(`${mode} build failed:\n${build.stderr}`);
      const server = await serveStatic(out);
      try {
        await run(browser, server.base);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
