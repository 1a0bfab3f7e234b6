/**
 * The production build as a city's IT would deploy it: `ADDIN_URL=… npm run build` into a folder of its
 * own, its manifest checked against the XSDs and for foreign hosts, and the built pane served by a plain
 * static server and opened in Chromium — with Office.js from the CDN, and with the CDN blocked.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { buildPane } from '../../scripts/build-pane';
import { validateManifest } from '../../scripts/manifest-schema';
import { manifestUrls } from '../../scripts/production-manifest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const CITY = 'https://addins.city.example.jp/bukai/';
const OFFICE_DIST = join(ROOT, 'node_modules/@microsoft/office-js/dist');
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
// The namespaces the manifest schema itself requires: names, never fetched.
const SCHEMA_NAMESPACES = [
  'http://schemas.microsoft.com/office/appforoffice/1.1',
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
];

let temp: string;
let out: string;
let manifest: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'production-build-'));
  out = join(temp, 'dist');
  const build = buildPane(out, { addinUrl: 'https://addins.city.example.jp/bukai' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
  server = await serveStatic(out);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

/** A 350 px Japanese context whose requests to Microsoft's CDN go to `cdn` (no internet here). */
async function paneContext(cdn: (path: string) => 'serve' | 'abort', bypassCSP = false): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', bypassCSP });
  await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
    // The CDN's /lib/1/hosted/ holds the files the npm package ships: the same Office.js, served locally.
    const path = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = join(OFFICE_DIST, path);
    if (cdn(path) === 'abort' || !existsSync(file)) return route.abort('blockedbyclient');
    return route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' });
  });
  // Anything else outside the city's host would be a request the deployment guide does not list.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) => route.abort());
  return context;
}

describe('ADDIN_URL=https://addins.city.example.jp/bukai npm run build', () => {
  it('writes manifest.xml beside the pane, valid against the add-in manifest XSDs', async () => {
    await expect(validateManifest(join(out, 'manifest.xml'))).resolves.toEqual([]);
  });

  it('names no host but the city’s address, apart from the namespaces the schema requires', () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((url) => !url.startsWith(CITY))).toEqual([]);
    const namespaces = [...manifest.matchAll(/\sxmlns(?::\w+)?="([^"]*)"/g)].map((m) => m[1]);
    expect([...new Set(namespaces)].sort()).toEqual([...SCHEMA_NAMESPACES].sort());
    expect(manifest).not.toContain('localhost');
  });

  it('points the source location, the ribbon button and the icons at the city’s address', () => {
    expect(manifest).toContain(`<SourceLocation DefaultValue="${CITY}taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${CITY}taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Image id="Icon.80x80" DefaultValue="${CITY}icon-80.png"/>`);
    expect(manifest).toContain(`<IconUrl DefaultValue="${CITY}icon-32.png"/>`);
  });

  it('takes the manifest Version from package.json, in four parts', () => {
    expect(manifest).toContain(`<Version>${VERSION}.0</Version>`);
  });

  it('names only files the build wrote, each served with its MIME type by a plain static server', async () => {
    const local = manifestUrls(manifest).map((url) => url.replace(CITY, server.base));
    for (const url of new Set(local)) {
      const response = await fetch(url);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(response.headers.get('content-type')).toMatch(url.endsWith('.png') ? /^image\/png/ : /^text\/html/);
    }
  });

  it('loads Office.js from Microsoft’s CDN and ships no copy of it', () => {
    expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(existsSync(join(out, 'office'))).toBe(false);
  });

  it('sets the Content-Security-Policy that docs/deploy.md quotes, word for word', () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(out, 'taskpane.html'), 'utf8'))?.[1];
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8')).toContain(csp);
  });

  it('leaves the development manifest.xml at the top level on localhost', () => {
    expect(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('builds for the localhost development address when ADDIN_URL is not set', () => {
    const dir = join(temp, 'dev');
    const build = buildPane(dir);
    expect(build.stderr).toBe('');
    const dev = readFileSync(join(dir, 'manifest.xml'), 'utf8');
    expect(manifestUrls(dev).every((url) => url.startsWith('https://localhost:3000/'))).toBe(true);
    expect(dev).toContain(`<Version>${VERSION}.0</Version>`);
  });

  it('refuses a plain-http address with a message saying to use https, and builds nothing', () => {
    const dir = join(temp, 'http');
    const build = buildPane(dir, { addinUrl: 'http://addins.city.example.jp/bukai/' });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain('ADDIN_URL "http://addins.city.example.jp/bukai/" must start with https://');
    expect(existsSync(dir)).toBe(false);
  });
});

describe('the built pane, served by a plain static server, in Chromium', () => {
  it('opens with Office.js from the CDN and shows its version in the footer', async () => {
    const context = await paneContext(() => 'serve');
    const page = await context.newPage();
    const errors: string[] = [];
    const hosts = new Set<string>();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('heading', { name: '部会状況把握表' }).waitFor();
    // docs/deploy.md tells IT the pane needs its own host and appsforoffice.microsoft.com, nothing else.
    expect([...hosts].sort()).toEqual(['appsforoffice.microsoft.com', new URL(server.base).host].sort());
    await expect(page.locator('footer').innerText()).resolves.toBe(`部会状況把握表 バージョン ${VERSION}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(`Status sheets version ${VERSION}`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Japanese and in English that Office.js could not be loaded, and what IT must allow, when the CDN is blocked', async () => {
    // CSP bypassed only so that axe-core can be injected as an inline script below.
    const context = await paneContext(() => 'abort', true);
    const page = await context.newPage();
    await page.goto(`${server.base}taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Office.js を読み込めませんでした' }).waitFor();
    const text = await alert.innerText();
    expect(text).toContain('appsforoffice.microsoft.com への HTTPS（ポート 443）通信を許可してください');
    expect(text).toContain('Office.js could not be loaded');
    expect(text).toContain('IT: allow HTTPS (port 443) from this PC to appsforoffice.microsoft.com');
    expect(text).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    // Japanese first: the Japanese heading comes before the English one.
    expect(text.indexOf('Office.js を読み込めませんでした')).toBeLessThan(text.indexOf('Office.js could not be loaded'));
    await page.screenshot({ path: join(SHOTS, 'office-js-blocked.png'), fullPage: true });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const serious = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null }> }> } };
      const result = await w.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await context.close();
  });

  it('says Office.js did not become ready when Office.js loads but the files it loads next are blocked', async () => {
    const context = await paneContext((path) => (path === 'office.js' ? 'serve' : 'abort'));
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${server.base}taskpane.html`);
    await page.waitForFunction(() => typeof (window as { Office?: unknown }).Office === 'object');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.clock.fastForward(21_000);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Office.js の準備が終わりません' }).waitFor();
    await expect(alert.innerText()).resolves.toContain('20 秒待っても準備が終わりませんでした');
    await context.close();
  });

  it('still starts the pane when Office.js becomes ready after the message (a slow network, not a block)', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const context = await paneContext(() => 'serve');
    // The file Office.js loads next is held back until the message is up, then delivered.
    await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/o15apptofilemappingtable.js', async (route) => {
      await held;
      await route.fallback();
    });
    const page = await context.newPage();
    await page.clock.install();
    // Not 'load': the held file keeps the load event back.
    await page.goto(`${server.base}taskpane.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => typeof (window as { Office?: unknown }).Office === 'object');
    await page.clock.fastForward(21_000);
    await page.getByRole('heading', { name: 'Office.js の準備が終わりません' }).waitFor();
    release();
    await page.clock.runFor(1_000);
    await page.getByRole('heading', { name: '部会状況把握表' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await context.close();
  });
});
