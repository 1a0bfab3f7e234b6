/**
 * The nginx configuration in docs/deploy.md, run for real: the guide's server block (only the port, the
 * certificate and the root changed for this machine) serves a production build over HTTPS, with the MIME
 * types and cache headers the guide promises, and the pane opens through it in Chromium.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildPane } from '../../scripts/build-pane';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const OFFICE_DIST = join(ROOT, 'node_modules/@microsoft/office-js/dist');

let temp: string;
let port: number;
let nginx: ChildProcess;
let entryScript: string;

/** The ```nginx block of the guide. */
function guideServerBlock(): string {
  const block = /```nginx\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8'))?.[1];
  if (!block) throw new Error('docs/deploy.md has no ```nginx block');
  return block;
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** GET over HTTPS to the local nginx (its certificate is self-signed for this test). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'deploy-nginx-'));
  // nginx's workers run as an unprivileged user: the files must be readable by it.
  chmodSync(temp, 0o755);
  const site = join(temp, 'srv');
  const build = buildPane(join(site, 'bukai'), { addinUrl: 'https://addins.city.example.jp/bukai/' });
  if (build.status !== 0) throw new Error(build.stderr);
  for (const dir of [site, join(site, 'bukai'), join(site, 'bukai', 'assets')]) chmodSync(dir, 0o755);
  entryScript = /src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(site, 'bukai', 'taskpane.html'), 'utf8'))?.[1] ?? '';
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(temp, 'tls.key'), '-out', join(temp, 'tls.crt')], { stdio: 'pipe' });
  chmodSync(join(temp, 'tls.key'), 0o644);
  port = await freePort();
  const server = guideServerBlock()
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${join(temp, 'tls.crt')};`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${join(temp, 'tls.key')};`)
    .replace('root /srv/addins;', `root ${site};`);
  expect(server).toContain(`listen 127.0.0.1:${port} ssl;`);
  expect(server).toContain(`root ${site};`);
  mkdirSync(join(temp, 'logs'));
  writeFileSync(
    join(temp, 'nginx.conf'),
    ['daemon off;', 'master_process off;', `pid ${join(temp, 'nginx.pid')};`, `error_log ${join(temp, 'logs', 'error.log')} warn;`, 'events {}', 'http {', '  include /etc/nginx/mime.types;', '  access_log off;', server, '}', ''].join('\n'),
  );
  nginx = spawn(existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-e', join(temp, 'logs', 'error.log'), '-p', temp, '-c', join(temp, 'nginx.conf')], { stdio: 'pipe' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await get('/bukai/').then(() => true, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${existsSync(join(temp, 'logs', 'error.log')) ? readFileSync(join(temp, 'logs', 'error.log'), 'utf8') : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  rmSync(temp, { recursive: true, force: true });
});

describe('the nginx configuration in docs/deploy.md', () => {
  it('serves taskpane.html as the folder index, UTF-8, revalidated on every open', async () => {
    for (const path of ['/bukai/', '/bukai/taskpane.html']) {
      const res = await get(path);
      expect({ path, status: res.status, type: res.headers['content-type'], cache: res.headers['cache-control'] }).toEqual({ path, status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache' });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('keeps the hash-named scripts for a year', async () => {
    const res = await get(`/bukai/assets/${entryScript}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the icons without any Cache-Control, as Microsoft requires for add-in images', async () => {
    const icons = readdirSync(join(temp, 'srv', 'bukai')).filter((f) => f.endsWith('.png'));
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
    const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
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
      await page.goto(`https://127.0.0.1:${port}/bukai/`);
      await page.getByRole('heading', { name: '部会状況把握表' }).waitFor();
      await page.getByRole('tab', { name: '集約' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
