/**
 * The CLI as users run it: the one bundled file that `bukai` (package.json `bin`), `npm run cli` and
 * `npm run demo` start with a bare `node`, built by scripts/build-cli.mjs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist-cli', 'bukai.cjs');
const CORE = join(ROOT, 'dist-cli', 'bukai-core.cjs');
let dir: string;
/** The runs' code cache goes to a folder of the test's, not the user's ~/.cache. */
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'bukai-bundle-'));
  env = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('is the file package.json names as the bukai command, executable', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(join(ROOT, pkg.bin['bukai'] ?? '')).toBe(BUNDLE);
    expect(statSync(BUNDLE).mode & 0o111).not.toBe(0);
    expect(pkg.scripts['cli']).toContain('dist-cli/bukai.cjs');
    expect(pkg.scripts['demo']).toContain('dist-cli/bukai.cjs');
  });

  it('needs nothing from node_modules at run time: every import but Node’s own is inside the files', () => {
    const required = [BUNDLE, CORE, join(ROOT, 'dist-cli', 'segment-worker.cjs')].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? ''));
    expect(required.filter((name) => !name.startsWith('node:') && !['fs', 'path', 'util', 'os', 'zlib', 'crypto', 'url', 'module', 'vm', 'worker_threads'].includes(name))).toEqual([]);
  });

  it('consolidates the FY2022 workbooks with a bare node into a dashboard our reader opens', () => {
    const out = join(dir, 'dashboard.xlsx');
    const run = spawnSync(process.execPath, [BUNDLE, 'consolidate', FIXTURE_DIR, '--out', out, '--as-of', '2023-04-30'], { encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('10 枚のシートを集約しました');
    const read = readXlsx(new Uint8Array(readFileSync(out)), { limits: { maxCellsPerSheet: 1_000_000 } });
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toContain('集約_提出状況');
  });

  it('exits 2 with the usage on an unknown command, as the in-process CLI does', () => {
    const run = spawnSync(process.execPath, [BUNDLE, 'consolidat'], { encoding: 'utf8', env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不明なコマンドです: consolidat');
  });

  describe('its code cache', () => {
    const cacheDir = (name: string) => join(dir, name, 'bukai');
    const run = (name: string, extra: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [BUNDLE, 'validate', FIXTURE_DIR, '--as-of', '2023-04-30'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, name), ...extra } });

    it('is written by the first run into the user’s cache folder, and later runs say the same', () => {
      const first = run('c1');
      const files = readdirSync(cacheDir('c1'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(new RegExp(`^core-${process.version.replace(/\./g, '\\.')}-${process.arch}-\\d+-\\d+\\.v8$`));
      if (process.platform !== 'win32') expect(statSync(cacheDir('c1')).mode & 0o777).toBe(0o700);
      const written = readFileSync(join(cacheDir('c1'), files[0] ?? ''));
      const second = run('c1');
      expect([second.status, second.stdout, second.stderr]).toEqual([first.status, first.stdout, first.stderr]);
      // An accepted cache is not rewritten.
      expect(readFileSync(join(cacheDir('c1'), files[0] ?? ''))).toEqual(written);
    });

    it('a damaged cache is refused by V8, the run is as without it, and a good one replaces it', () => {
      const good = run('c2');
      const name = readdirSync(cacheDir('c2'))[0] ?? '';
      writeFileSync(join(cacheDir('c2'), name), Buffer.from('not a code cache'));
      writeFileSync(join(cacheDir('c2'), 'core-v0-x-1-1.v8'), 'an old bundle’s');
      const again = run('c2');
      expect([again.status, again.stdout, again.stderr]).toEqual([good.status, good.stdout, good.stderr]);
      expect(readdirSync(cacheDir('c2'))).toEqual([name]);
      expect(readFileSync(join(cacheDir('c2'), name)).length).toBeGreaterThan(100_000);
    });

    it('is not written with BUKAI_NO_COMPILE_CACHE, and the core also runs on its own', () => {
      expect(run('c3', { BUKAI_NO_COMPILE_CACHE: '1' }).status).toBe(0);
      expect(() => readdirSync(cacheDir('c3'))).toThrow();
      const direct = spawnSync(process.execPath, [CORE, 'consolidat'], { encoding: 'utf8', env });
      expect(direct.status).toBe(2);
      expect(direct.stderr).toContain('不明なコマンドです: consolidat');
    });
  });
});
