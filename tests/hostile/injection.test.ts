/**
 * Texts a spreadsheet would run as formulas (=, +, -, @, tab, CR first) arrive in the dashboard as string
 * cells, and hostile file and sheet names (<script>, quotes, path separators, ..) are data everywhere:
 * cells, JSON, console lines, never a path.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { runCli } from '../helpers/run-cli';
import { consolidateInto, hostile, useTempDir } from './hostile-run';

const tempDir = useTempDir();

// The CHECK / ACTION texts of injection.xlsx as the dashboard lists them: it trims the leading tab and
// line break of 「\t=1+1」 and 「\r=cmd|…」, so those cells start with "=" and must still be strings.
const FORMULA_LIKE = ['+81-3-1234', '-1+1', '@SUM(A1:A2)', '=1+1', '=cmd|" /C calc"!A0'];

/** Every string cell of the dashboard workbook, and whether any worksheet holds a formula element. */
function dashboardStrings(path: string): { strings: string[]; hasFormula: boolean } {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const sheets = Object.keys(parts).filter((p) => p.startsWith('xl/worksheets/sheet'));
  const hasFormula = sheets.some((p) => /<f[ >]/.test(strFromU8(parts[p] ?? new Uint8Array())));
  const read = readXlsx(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.failure.message);
  const strings = read.workbook.sheets.flatMap((g) => g.rows.flatMap((r) => (r ?? []).flatMap((c) => (c?.kind === 'text' ? [c.text] : []))));
  return { strings, hasFormula };
}

describe('formula-like texts', () => {
  it('arrive in the dashboard as plain text, never as formulas', async () => {
    const run = await consolidateInto(tempDir(), [hostile('injection.xlsx')]);
    expect(run.code).toBe(0);
    const { strings, hasFormula } = dashboardStrings(join(tempDir(), 'dashboard.xlsx'));
    expect(hasFormula).toBe(false);
    for (const text of FORMULA_LIKE) expect(strings).toContain(text);
  });

  it('are read as the text typed, not evaluated', () => {
    const read = readXlsx(new Uint8Array(readFileSync(hostile('injection.xlsx'))));
    const texts = read.ok ? read.workbook.sheets[0]?.rows.flatMap((r) => (r ?? []).map((c) => (c?.kind === 'text' ? c.text : null))) : [];
    expect(texts).toContain('=HYPERLINK("http://evil.invalid","詳細")');
  });

  it('open in openpyxl with every such cell typed as a string', async () => {
    const out = join(tempDir(), 'dashboard.xlsx');
    await runCli('consolidate', hostile('injection.xlsx'), '--out', out);
    const types = execFileSync('/usr/bin/python3', ['-W', 'ignore', '-c', 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(sorted({c.data_type for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@\\t\\r\\n"}))', out], { encoding: 'utf8' });
    expect(types.trim()).toBe("['s']");
  });

  it('stay plain strings in the validate JSON', async () => {
    const json = join(tempDir(), 'validate.json');
    await runCli('validate', hostile('injection.xlsx'), '--json', json, '--as-of', '2023-04-30');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { files: Array<{ file: string; sheets: Array<{ sheet: string }> }> };
    expect(report.files[0]?.sheets[0]?.sheet).toBe(`<script>"'⑥・⑦`);
  });
});

describe('hostile file and sheet names', () => {
  it('stay text in the dashboard, the JSON and the console, and never become a path', async () => {
    const weird = join(tempDir(), `<script>"'..;rm -rf.xlsx`);
    copyFileSync(hostile('injection.xlsx'), weird);
    const run = await consolidateInto(tempDir(), [weird]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`<script>"'..;rm -rf.xlsx: [読込済]`);
    expect(run.summary?.sheets[0]).toMatchObject({ file: `<script>"'..;rm -rf.xlsx`, sheet: `<script>"'⑥・⑦` });
    expect(dashboardStrings(join(tempDir(), 'dashboard.xlsx')).strings).toContain(`<script>"'..;rm -rf.xlsx`);
    expect(readdirSync(tempDir()).sort()).toEqual([`<script>"'..;rm -rf.xlsx`, 'dashboard.xlsx', 'summary.json']);
  });

  it('treat a sheet named with path separators and .. as a name only', async () => {
    // Excel forbids / and \ in sheet names; a hand-edited workbook.xml does not.
    const parts = unzipSync(new Uint8Array(readFileSync(hostile('injection.xlsx'))));
    const evil = `../..\\x/<img src=x onerror=alert(1)>`;
    const escaped = evil.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array()).replace(/(<sheet [^>]*name=")[^"]*"/, `$1${escaped}"`));
    const file = join(tempDir(), 'renamed.xlsx');
    writeFileSync(file, zipSync(parts));
    const run = await consolidateInto(tempDir(), [file]);
    expect(run.summary?.sheets[0]?.sheet).toBe(evil);
    expect(dashboardStrings(join(tempDir(), 'dashboard.xlsx')).strings).toContain(evil);
    expect(readdirSync(tempDir()).sort()).toEqual(['dashboard.xlsx', 'renamed.xlsx', 'summary.json']);
  });
});
