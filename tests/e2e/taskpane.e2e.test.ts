/**
 * The task pane end to end in real headless Chromium (Debian's), outside Excel: Office.onReady reports no
 * host, so the pane works on an in-memory workbook. Create, validate, consolidate the FY2022 fixtures,
 * download the workbook and read it back; axe-core on every tab; a screenshot per tab.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { fixturePaths } from '../helpers/fixture-workbooks';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

let server: Server;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'preview', '--logLevel', 'error'], { cwd: ROOT, stdio: 'pipe' });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Playwright injects axe-core as an inline script, which the pane's own CSP rightly forbids.
  const context = await browser.newContext({ viewport: { width: 420, height: 1000 }, acceptDownloads: true, bypassCSP: true, locale: 'ja-JP' });
  page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole('heading', { name: '部会状況把握表' }).waitFor();
  expect(problems).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function axe(tab: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } };
    // Fluent's focus manager (tabster) places aria-hidden focus guards on purpose; axe flags them (a known false positive).
    const result = await w.axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => (n as { html: string }).html.slice(0, 700)) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ tab, serious }).toEqual({ tab, serious: [] });
}

describe('the task pane in a browser', () => {
  it('says it is the browser preview', async () => {
    await expect(page.getByText('ブラウザーのプレビューです').isVisible()).resolves.toBe(true);
  });

  it('creates the sheets of a group (作成)', async () => {
    await page.getByRole('combobox', { name: '部会名' }).fill('就労部会');
    await page.getByRole('textbox', { name: /WG名/ }).fill('事業所連絡会WG');
    await page.getByRole('textbox', { name: '計画番号' }).fill('①・④・⑤,②・③');
    await page.getByRole('button', { name: 'シートを作成' }).click();
    await page.getByText('シートを作成しました: ①・④・⑤、②・③').waitFor();
    await page.screenshot({ path: join(SHOTS, '1-create.png'), fullPage: true });
    await axe('作成');
  });

  it('validates them and lists the issues by severity (検証)', async () => {
    await page.getByRole('tab', { name: '検証' }).click();
    await page.getByRole('button', { name: '検証' }).click();
    await page.getByRole('heading', { name: /警告/ }).waitFor();
    const links = page.getByRole('button', { name: /を選択$/ });
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    await page.screenshot({ path: join(SHOTS, '2-validate.png'), fullPage: true });
    await axe('検証');
  });

  it('consolidates the FY2022 workbooks and shows the rates of the ten plan sheets (集約)', async () => {
    await page.getByRole('tab', { name: '集約' }).click();
    await page.getByTestId('files').setInputFiles(fixturePaths());
    await page.getByLabel('基準日').fill('2023-04-30');
    await page.getByRole('button', { name: '集約してダッシュボードを作成' }).click();
    await page.getByText(/ダッシュボードを作成しました/).waitFor();
    const rows = page.getByRole('table', { name: '達成率（計画別）' }).getByRole('row');
    expect(await rows.count()).toBe(11);
    await expect(page.getByRole('row', { name: /ヘルパー人材育成WG ② 30% 80% 80%/ }).count()).resolves.toBe(1);
    expect(await page.getByText('読込済').count()).toBe(5);
    await page.screenshot({ path: join(SHOTS, '3-consolidate.png'), fullPage: true });
    await axe('集約');
  });

  it('downloads the workbook, which reads back with the new sheets and the dashboard', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ブックをダウンロード' }).click()]);
    const path = join(ROOT, 'test-output', 'download.xlsx');
    await download.saveAs(path);
    const result = readXlsx(new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.workbook.sheets.map((s) => s.name)).toEqual(['①・④・⑤', '②・③', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_検証結果']);
    const rates = result.workbook.sheets.find((s) => s.name === '集約_達成率');
    const texts = (rates?.rows ?? []).flat().map((c) => (c?.kind === 'text' ? c.text : c?.kind === 'number' ? c.value : null));
    expect(texts).toContain('ヘルパー人材育成WG');
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Consolidate' }).waitFor();
  });
});
