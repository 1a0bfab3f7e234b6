/**
 * The server configurations in docs/deploy.md, run for real: nginx and Apache each serve a production build
 * over HTTPS from the guide's own configuration, with the MIME types and cache headers the guide's table
 * promises, and the pane opens through them in Chromium. (IIS cannot run here; its web.config is not tested.)
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { guideBlock, httpsGet, startApache, startNginx, type GuideServer } from '../helpers/guide-servers';

jest.setTimeout(120_000);

const OFFICE_DIST = join(__dirname, '..', '..', 'node_modules/@microsoft/office-js/dist');

describe.each([
  ['nginx', startNginx],
  ['Apache', startApache],
] as const)('the %s configuration in docs/deploy.md', (_name, start) => {
  let temp: string;
  let server: GuideServer;
  const get = (path: string) => httpsGet(server.port, path);

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'deploy-server-'));
    server = await start(temp);
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it('serves taskpane.html as the folder index, UTF-8, revalidated on every open', async () => {
    for (const path of ['/bukai/', '/bukai/taskpane.html']) {
      const res = await get(path);
      expect({ path, status: res.status, type: res.headers['content-type'], cache: res.headers['cache-control'] }).toEqual({ path, status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache' });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('keeps the hash-named scripts for a year', async () => {
    const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(server.paneDir, 'taskpane.html'), 'utf8'))?.[1];
    const res = await get(`/bukai/assets/${entry}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the icons without any Cache-Control, as Microsoft requires for add-in images', async () => {
    const icons = readdirSync(server.paneDir).filter((f) => f.endsWith('.png'));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) {
      const res = await get(`/bukai/${icon}`);
      expect({ icon, status: res.status, type: res.headers['content-type'], cache: res.headers['cache-control'] }).toEqual({ icon, status: 200, type: 'image/png', cache: undefined });
    }
  });

  it('serves manifest.xml as XML, revalidated', async () => {
    const res = await get('/bukai/manifest.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(application|text)\/xml; charset=utf-8$/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('lists no directory', async () => {
    await expect(get('/bukai/assets/').then((r) => r.status)).resolves.toBe(403);
  });

  it('opens the pane in Chromium over HTTPS', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 350, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      // No internet here: Microsoft's CDN path is answered with the same Office.js from the npm package.
      await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
        const file = join(OFFICE_DIST, new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ''));
        if (!existsSync(file)) return route.abort();
        return route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' });
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`https://127.0.0.1:${server.port}/bukai/`);
      await page.getByRole('heading', { name: '部会状況把握表' }).waitFor();
      await page.getByRole('tab', { name: '集約' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the IIS web.config in docs/deploy.md', () => {
  // IIS cannot run here: at least the file an administrator copies must parse, and say what the table says.
  it('is well-formed XML that disables caching for taskpane.html and keeps assets a year', () => {
    const xml = guideBlock('xml');
    const parser = new SaxesParser();
    const locations: string[] = [];
    parser.on('opentag', (tag) => {
      if (tag.name === 'location') locations.push(String(tag.attributes.path));
    });
    expect(() => parser.write(xml).close()).not.toThrow();
    expect(locations).toEqual(['taskpane.html', 'manifest.xml', 'assets']);
    expect(xml).toContain('cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable"');
    expect(xml.match(/cacheControlMode="DisableCache"/g)).toHaveLength(2);
  });
});
