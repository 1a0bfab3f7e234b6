/**
 * Hostile and broken submissions, through the CLI and through the jobs the pane calls: each is refused or
 * read with a clear message naming the file, the others still consolidate, sources stay byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles } from '../../src/jobs/consolidate-files';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli, sha256 } from '../helpers/run-cli';
import { HOSTILE_DIR } from './build-hostile-fixtures';
import { declaredBomb, fiftyMegabytes, manySheets, millionRows, widestSheet, zipBomb } from './hostile-files';

jest.setTimeout(120_000);

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bukai-hostile-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = join(FIXTURE_DIR, '相談部会.xlsx');
const hostile = (name: string): string => join(HOSTILE_DIR, name);

async function consolidateWithGood(bad: string): Promise<{ code: number; out: string; summary: { sheets: unknown[]; failures: Array<{ file: string; message: string }> } }> {
  const json = join(dir, 'summary.json');
  const before = [sha256(bad), sha256(GOOD)];
  const run = await runCli('consolidate', bad, GOOD, '--out', join(dir, 'dashboard.xlsx'), '--json', json);
  expect([sha256(bad), sha256(GOOD)]).toEqual(before);
  return { code: run.code, out: run.out, summary: JSON.parse(readFileSync(json, 'utf8')) };
}

describe.each([
  ['not-a-zip.xlsx', 'Excelブック（.xlsx）ではありません'],
  ['csv-renamed.xlsx', 'Excelブック（.xlsx）ではありません'],
  ['truncated.xlsx', '壊れているか途中で切れています'],
  ['encrypted.xlsx', 'パスワードで保護されたブック'],
  ['legacy.xls', '古い形式（.xls）'],
])('an unreadable submission (%s)', (file, reason) => {
  it('is listed with its reason while the good file still consolidates', async () => {
    const { code, out, summary } = await consolidateWithGood(hostile(file));
    expect(code).toBe(0);
    expect(out).toContain(`${file}: [読込不可] `);
    expect(summary.failures).toEqual([{ file, message: expect.stringContaining(reason) }]);
    expect(summary.sheets).toHaveLength(1);
  });

  it('makes validate exit 1 with the file and the reason', async () => {
    const run = await runCli('validate', hostile(file));
    expect(run.code).toBe(1);
    expect(run.out).toContain(reason);
  });
});

describe('workbooks without a status sheet', () => {
  it.each(['empty.xlsx', 'no-status-sheet.xlsx'])('reports %s as having no status sheet and consolidates the rest', async (file) => {
    const { code, out, summary } = await consolidateWithGood(hostile(file));
    expect(code).toBe(0);
    expect(out).toContain(`${file}: [対象シートなし]`);
    expect(summary.sheets).toHaveLength(1);
  });

  it('exits 2 when nothing at all could be read', async () => {
    const run = await runCli('consolidate', hostile('empty.xlsx'), hostile('not-a-zip.xlsx'), '--out', join(dir, 'd.xlsx'));
    expect(run.code).toBe(2);
    expect(run.out).toContain('読み込めた状況把握表がありません');
  });
});

describe('a macro-enabled workbook', () => {
  it('is read for its values; the macro project is never even inflated', async () => {
    const json = join(dir, 's.json');
    const run = await runCli('consolidate', hostile('macro.xlsm'), join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx'), '--out', join(dir, 'd.xlsx'), '--json', json);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).sheets.map((s: { file: string }) => s.file)).toContain('macro.xlsm');
    const read = readXlsx(new Uint8Array(readFileSync(hostile('macro.xlsm'))));
    expect(read.ok).toBe(true);
  });
});

describe('resource attacks are refused early under the documented limits', () => {
  it.each([
    ['a zip bomb (64 MB of XML in a few KB)', zipBomb, 'zip_bomb'],
    ['a zip that declares a 4 GB part', declaredBomb, 'zip_bomb'],
    ['a sheet with 1,000,000 used rows', millionRows, 'too_many_cells'],
    ['a sheet reaching column XFD (16,384 columns)', widestSheet, 'too_many_cells'],
    ['a workbook of 3,000 sheets', manySheets, 'too_many_sheets'],
    ['a 50 MB file', fiftyMegabytes, 'too_large'],
  ])('%s', async (_what, make, code) => {
    const file = join(dir, 'attack.xlsx');
    writeFileSync(file, make());
    const heapBefore = process.memoryUsage().heapUsed;
    const result = readXlsx(new Uint8Array(readFileSync(file)));
    expect(result.ok ? 'read' : result.failure.code).toBe(code);
    // Refused before building anything large: the heap grows by far less than the attack's size.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * 1024 * 1024);
    const { out, summary } = await consolidateWithGood(file);
    expect(out).toContain('attack.xlsx: [読込不可]');
    expect(summary.sheets).toHaveLength(1);
  });
});

describe('odd cell content', () => {
  const read = readXlsx(new Uint8Array(readFileSync(hostile('odd-content.xlsx'))));
  it('uses the cached value of a formula, reads full-width ％, rich text, dates, error values and 32,767 characters', async () => {
    const json = join(dir, 's.json');
    await runCli('consolidate', hostile('odd-content.xlsx'), '--out', join(dir, 'd.xlsx'), '--json', json, '--as-of', '2023-04-30');
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.sheets[0].rates).toEqual({ firstHalf: 20, secondHalf: 70, annual: 80 });
    expect(read.ok && read.workbook.sheets[0]?.rows.flat().some((c) => c?.kind === 'error' && c.code === '#REF!')).toBe(true);
    expect(read.ok && read.workbook.sheets[0]?.rows.flat().some((c) => c?.kind === 'text' && c.text.length === 32_767)).toBe(true);
    // 「2022-05-20」 typed as an Excel date in the 5月 DO cell counts as May's activity.
    expect(summary.sheets[0].activeMonths).toContain(5);
  });
});

describe('injection', () => {
  it('keeps formula-like texts as plain text in the dashboard and the JSON, and hostile names harmless', async () => {
    const weird = join(dir, `<script>"'..;rm -rf.xlsx`);
    copyFileSync(hostile('injection.xlsx'), weird);
    const out = join(dir, 'dashboard.xlsx');
    const json = join(dir, 'summary.json');
    const run = await runCli('consolidate', weird, '--out', out, '--json', json);
    expect(run.code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const sheets = Object.keys(parts).filter((p) => p.startsWith('xl/worksheets/sheet'));
    for (const p of sheets) expect(new TextDecoder().decode(parts[p])).not.toMatch(/<f[ >]/);
    const strings = new TextDecoder().decode(parts['xl/sharedStrings.xml']);
    for (const text of ['+81-3-1234', '-1+1', '@SUM(A1:A2)', '=1+1', '=cmd|&quot; /C calc&quot;!A0']) expect(strings).toContain(text);
    expect(strings).toContain('&lt;script&gt;');
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.sheets[0]).toMatchObject({ file: `<script>"'..;rm -rf.xlsx`, sheet: `<script>"'⑥・⑦` });
    expect(readdirSync(dir).sort()).toEqual([`<script>"'..;rm -rf.xlsx`, 'dashboard.xlsx', 'summary.json']);
  });

  it('opens in openpyxl with every such cell typed as a string, not a formula', async () => {
    const out = join(dir, 'dashboard.xlsx');
    await runCli('consolidate', hostile('injection.xlsx'), '--out', out);
    const types = execFileSync('/usr/bin/python3', ['-c', 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(sorted({c.data_type for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@\\t\\r"}))', out], { encoding: 'utf8' });
    expect(types.trim()).toBe("['s']");
  });
});

describe('duplicates and mix-ups', () => {
  it('takes the newer of two submissions of the same group by file time and reports both', async () => {
    const older = join(dir, '雇用啓発WG_4月版.xlsx');
    const newer = join(dir, '雇用啓発WG_最新.xlsx');
    copyFileSync(join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx'), older);
    copyFileSync(join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx'), newer);
    utimesSync(older, new Date('2023-04-01'), new Date('2023-04-01'));
    utimesSync(newer, new Date('2023-04-20'), new Date('2023-04-20'));
    const json = join(dir, 's.json');
    await runCli('consolidate', older, newer, '--out', join(dir, 'd.xlsx'), '--json', json);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(new Set(summary.sheets.map((s: { file: string }) => s.file))).toEqual(new Set(['雇用啓発WG_最新.xlsx']));
    expect(summary.submissions.filter((s: { status: string }) => s.status === 'duplicate').map((s: { file: string }) => s.file)).toEqual(['雇用啓発WG_4月版.xlsx', '雇用啓発WG_4月版.xlsx', '雇用啓発WG_4月版.xlsx']);
  });

  it('reports and leaves out a sheet of another fiscal year unless asked', async () => {
    const json = join(dir, 's.json');
    await runCli('consolidate', FIXTURE_DIR, hostile('other-year.xlsx'), '--out', join(dir, 'd.xlsx'), '--json', json);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.sheets).toHaveLength(10);
    expect(summary.issues.find((i: { code: string }) => i.code === 'other_fiscal_year')).toMatchObject({ file: 'other-year.xlsx', message: expect.stringContaining('2021年度') });
    await runCli('consolidate', FIXTURE_DIR, hostile('other-year.xlsx'), '--out', join(dir, 'd.xlsx'), '--json', json, '--include-other-years');
    expect(JSON.parse(readFileSync(json, 'utf8')).sheets).toHaveLength(11);
  });

  it('counts the same file given twice once, and says so', async () => {
    const json = join(dir, 's.json');
    const run = await runCli('consolidate', GOOD, GOOD, '--out', join(dir, 'd.xlsx'), '--json', json);
    expect(run.code).toBe(0);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.sheets).toHaveLength(1);
    expect(run.out).toContain('同じファイルが2回指定されています');
  });
});

describe('the jobs the pane calls', () => {
  it('give every file its own fate: read, invalid or unreadable with the reason', async () => {
    const files: Array<{ name: string; bytes: Uint8Array }> = ['not-a-zip.xlsx', 'encrypted.xlsx', 'empty.xlsx', 'macro.xlsm'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(hostile(name))) }));
    files.push({ name: 'bomb.xlsx', bytes: zipBomb(8) });
    const result = await consolidateFiles(files, { roster: null, asOf: null, threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' }, readXlsx);
    expect(result.files.map((f) => [f.file, f.state])).toEqual([
      ['not-a-zip.xlsx', 'unreadable'],
      ['encrypted.xlsx', 'unreadable'],
      ['empty.xlsx', 'invalid'],
      ['macro.xlsm', 'read'],
      ['bomb.xlsx', 'unreadable'],
    ]);
    expect(result.summary.sheets).toHaveLength(1);
  });
});
