/**
 * The task pane build. `npm run build` makes the production pane (Office.js from Microsoft's CDN, as
 * Microsoft recommends inside Excel) and dist/manifest.xml for the address in ADDIN_URL (default the
 * localhost dev address); `npm run build:preview` makes the same pane with the local Office.js from
 * @microsoft/office-js, for the browser preview and the offline tests.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { parseAddinUrl } from './scripts/addin-url';
import { productionManifest } from './scripts/manifest-plugin';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_LOCAL = 'office/office.js';
const OFFICE_DIST = resolve(__dirname, 'node_modules/@microsoft/office-js/dist');

/** Puts the Office.js URL into the page, and copies the local Office.js for preview builds. */
function officeJs(local: boolean): Plugin {
  let outDir = resolve(__dirname, 'dist');
  return {
    name: 'office-js',
    // 'pre', so the URL is in place before Vite looks at the page's scripts.
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace('__OFFICE_JS__', local ? OFFICE_LOCAL : OFFICE_CDN) },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (!local) return;
      const target = resolve(outDir, 'office');
      mkdirSync(target, { recursive: true });
      for (const part of ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'en-us', 'ja-jp']) {
        const from = resolve(OFFICE_DIST, part);
        if (existsSync(from)) cpSync(from, resolve(target, part), { recursive: true });
      }
    },
  };
}

export default defineConfig(async ({ mode, command }): Promise<UserConfig> => {
  const local = mode === 'preview' || command === 'serve';
  const https = mode === 'dev-server' ? await devCertificates() : undefined;
  // Parsed even when serving, so a wrong ADDIN_URL fails before anything is built.
  const addinUrl = parseAddinUrl(process.env.ADDIN_URL);
  const packageVersion = (JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    root: resolve(__dirname, 'src/taskpane'),
    publicDir: resolve(__dirname, 'assets'),
    base: './',
    plugins: [officeJs(local), productionManifest({ base: addinUrl, devManifestPath: resolve(__dirname, 'manifest.xml'), packageVersion })],
    esbuild: { jsx: 'automatic' },
    // ES-module workers (spawned with type 'module'): the read worker loads its validation code as a chunk of its own, only for 20 files and more.
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'dist'),
      emptyOutDir: true,
      target: 'es2020',
      rollupOptions: {
        input: { taskpane: resolve(__dirname, 'src/taskpane/taskpane.html') },
        // Fluent UI marks its modules 'use client' for React Server Components; meaningless in a pane.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
      chunkSizeWarningLimit: 1200,
    },
    server: { port: 3000, strictPort: true, ...(https ? { https } : {}) },
  };
});

/** The localhost certificate office-addin-dev-certs installs (Excel requires https for add-ins). */
async function devCertificates(): Promise<{ key: Buffer; cert: Buffer; ca: Buffer }> {
  const certs = (await import('office-addin-dev-certs')) as { getHttpsServerOptions: () => Promise<{ key: Buffer; cert: Buffer; ca: Buffer }> };
  return certs.getHttpsServerOptions();
}
