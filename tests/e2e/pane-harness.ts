/**
 * Shared steps of the pane's end-to-end tests in real headless Chromium (Debian's): one preview build for
 * all test files (rebuilt when a source is newer), a static server on 127.0.0.1, a 350 px Japanese
 * Tokyo-time page per test, axe-core, and screenshots.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'test-output', 'pane-dist');
const LOCK = join(ROOT, 'test-output', 'pane-dist.lock');
const STAMP = join(DIST, '.built');
/** Where screenshots go: docs/screenshots when PANE_SCREENSHOTS=docs (to commit them), else test-output. */
export const SHOTS = process.env['PANE_SCREENSHOTS'] === 'docs' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-output', 'screenshots');
export const PANE_WIDTH = 350;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the preview pane once for every test file (a lock directory keeps parallel workers from racing). */
export async function buildPane(): Promise<string> {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than five minutes is left from a killed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'vite.config.ts')), newest(join(ROOT, 'assets')));
    if (!existsSync(STAMP) || statSync(STAMP).mtimeMs < sources) {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'preview', '--logLevel', 'error', '--outDir', DIST], { cwd: ROOT, stdio: 'pipe' });
      // The preview build's own copy step writes Office.js to dist/; this build lives elsewhere, so copy it here.
      for (const part of ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'en-us', 'ja-jp']) {
        const from = join(ROOT, 'node_modules/@microsoft/office-js/dist', part);
        if (existsSync(from)) cpSync(from, join(DIST, 'office', part), { recursive: true });
      }
      writeFileSync(STAMP, new Date().toISOString());
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST;
}

/** Serves a directory on 127.0.0.1 (a free port); returns the server and its base URL. */
export async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A built pane on loopback and one Chromium for a whole test file; registers the file's beforeAll / afterAll. */
export function paneSuite(): { readonly base: string; readonly browser: Browser } {
  const suite: { base: string; browser: Browser | undefined; server: Server | undefined } = { base: '', browser: undefined, server: undefined };
  beforeAll(async () => {
    ({ server: suite.server, base: suite.base } = await serve(await buildPane()));
    suite.browser = await launch();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await new Promise((resolve) => suite.server?.close(resolve));
  });
  return {
    get base() {
      return suite.base;
    },
    get browser() {
      if (!suite.browser) throw new Error('the browser is launched in beforeAll');
      return suite.browser;
    },
  };
}

export interface Pane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught page errors seen so far (a test expects none). */
  readonly errors: string[];
}

/** A new pane at task-pane width in Japanese, Asia/Tokyo; `now` fixes the clock (timers keep running). */
export async function openPane(browser: Browser, base: string, options: { now?: Date; context?: BrowserContext } = {}): Promise<Pane> {
  // Playwright injects axe-core as an inline script, which the pane's own CSP rightly forbids.
  const context = options.context ?? (await browser.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, acceptDownloads: true, bypassCSP: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.now) await page.clock.setFixedTime(options.now);
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole('heading', { name: '部会状況把握表', level: 1 }).waitFor();
  return { context, page, errors };
}

/** axe-core's serious and critical violations, plus any heading-order one (it is 'moderate' but we keep it clean). */
export async function axeProblems(page: Page): Promise<Array<{ id: string; impact: string | null; nodes: string[] }>> {
  // Colours are measured once a dialog has faded in, not halfway.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ html: string }> }> }> } };
    // Fluent's focus manager (tabster) places aria-hidden focus guards on purpose; axe flags them (a known false positive).
    const result = await w.axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html.slice(0, 300)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order');
}

/** A screenshot under SHOTS (pane-<name>.png): the whole page, or while a dialog is open what is on screen. */
export async function shot(page: Page, name: string): Promise<void> {
  const dialog = (await page.getByRole('alertdialog').count()) > 0;
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  mkdirSync(SHOTS, { recursive: true });
  // A modal's backdrop covers the viewport only; a full-page picture would show half the page dimmed.
  await page.screenshot({ path: join(SHOTS, `pane-${name}.png`), fullPage: !dialog, animations: 'disabled' });
}

/** The accessible name of the element that has focus (or its tag when it has none). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const text = (el?.textContent ?? '').trim().slice(0, 60);
    return el ? `${el.tagName.toLowerCase()}:${text === '' ? el.outerHTML.replace(/ class="[^"]*"/g, '').slice(0, 400) : text}` : 'none';
  });
}

/** Switches the pane's language with the button at the top. */
export async function switchLanguage(page: Page, to: 'en' | 'ja'): Promise<void> {
  await page.getByRole('button', { name: to === 'en' ? 'English' : '日本語' }).click();
  await page.getByRole('tab', { name: to === 'en' ? 'Create' : '作成' }).waitFor();
}

/** Waits until the pane's live region says something matching `pattern`; returns what it said. */
export async function announced(page: Page, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ([source, flags]) => {
      const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? '';
      return new RegExp(source ?? '', flags).test(text) ? text : null;
    },
    [pattern.source, pattern.flags],
  );
  return (await handle.jsonValue()) as string;
}

/** The date input of a tab's panel (its label also names the help button beside it). */
export const dateInput = (page: Page, panel: 'validate' | 'consolidate') => page.locator(`#panel-${panel} input[type="date"]`);

/** Waits (up to 10 s) until focus is on an element described as `tag:text` (see focused); returns what has it. */
export async function focusLandsOn(page: Page, expected: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  let now = await focused(page);
  while (now !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    now = await focused(page);
  }
  return now;
}

/** For addInitScript: each worker delivers one file, then reports an error as a crashed worker would, and delivers nothing more. */
export function crashWorkersAfterFirstFile(): void {
  const Real = window.Worker;
  class FailingWorker extends Real {
    private delivered = 0;
    private failed = false;
    private onError: ((event: ErrorEvent) => void) | null = null;
    override set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage = (event: MessageEvent) => {
        if (this.failed) return;
        handler?.(event);
        if (++this.delivered === 1) {
          this.failed = true;
          this.terminate();
          this.onError?.(new ErrorEvent('error', { message: 'crashed', cancelable: true }));
        }
      };
    }
    override set onerror(handler: ((event: ErrorEvent) => void) | null) {
      this.onError = handler;
    }
  }
  window.Worker = FailingWorker;
}
