/**
 * The CLI as users run it: the one bundled file that `bukai` (package.json `bin`), `npm run cli` and
 * `npm run demo` start with a bare `node`, built by scripts/build-cli.mjs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist-cli', 'bukai.cjs');
let dir: string;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'bukai-bundle-'));
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

  it('needs nothing from node_modules at run time: every import but Node’s own is inside the file', () => {
    const required = [...readFileSync(BUNDLE, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
    expect(required.filter((name) => !name.startsWith('node:') && !['fs', 'path', 'util', 'os', 'zlib', 'crypto', 'url', 'module'].includes(name))).toEqual([]);
  });

  it('consolidates the FY2022 workbooks with a bare node into a dashboard our reader opens', () => {
    const out = join(dir, 'dashboard.xlsx');
    const run = spawnSync(process.execPath, [BUNDLE, 'consolidate', FIXTURE_DIR, '--out', out, '--as-of', '2023-04-30'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('10 枚のシートを集約しました');
    const read = readXlsx(new Uint8Array(readFileSync(out)), { limits: { maxCellsPerSheet: 1_000_000 } });
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toContain('集約_提出状況');
  });

  it('exits 2 with the usage on an unknown command, as the in-process CLI does', () => {
    const run = spawnSync(process.execPath, [BUNDLE, 'consolidat'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不明なコマンドです: consolidat');
  });
});
