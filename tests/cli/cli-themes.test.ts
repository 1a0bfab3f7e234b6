/** `consolidate --themes THEMES.csv`: a custom theme table changes 集約_課題 and themes[]; a broken one stops the run. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SummaryJson } from '../../src/consolidate/summary-json';
import { cellText } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli } from '../helpers/run-cli';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bukai-themes-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Column A of a dashboard sheet, row by row (empty cells as ''). */
function columnA(path: string, sheet: string): string[] {
  const read = readXlsx(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.failure.message);
  const grid = read.workbook.sheets.find((s) => s.name === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return grid.rows.map((row) => (row?.[0] ? cellText(row[0]) : ''));
}

describe('consolidate --themes', () => {
  it('tags by the CSV’s themes instead of the shipped ones, in the sheet and in themes[] (a Shift_JIS file as Excel saves it)', async () => {
    const csv = join(dir, 'テーマ.csv');
    const text = 'テーマ,英語名,キーワード\r\nアンケート調査,Surveys,アンケート、ｱﾝｹｰﾄ\r\n訪問,Visits,訪問\r\n';
    // Japanese Excel's plain 「CSV」 is Shift_JIS; iconv makes the bytes as it would.
    writeFileSync(csv, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'SHIFT_JIS'], { input: text }));
    const out = join(dir, 'd.xlsx');
    const json = join(dir, 's.json');
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', out, '--json', json, '--themes', csv);
    expect(run.code).toBe(0);
    const a = columnA(out, '集約_課題');
    const header = a.indexOf('テーマ');
    expect(a.slice(header + 1, header + 3)).toEqual(['アンケート調査', '訪問']);
    expect(a).not.toContain('連携・情報共有');
    const themes = (JSON.parse(readFileSync(json, 'utf8')) as SummaryJson).themes;
    expect(themes.map((t) => [t.theme, t.count])).toEqual([
      ['アンケート調査', 7],
      ['訪問', 9],
    ]);
  });

  it('names each bad row by its number, exits 2 and writes nothing', async () => {
    const csv = join(dir, 'themes.csv');
    writeFileSync(csv, '\uFEFFテーマ,キーワード\r\n連携,連携\r\n人材,\r\n連携,情報共有\r\n');
    const out = join(dir, 'd.xlsx');
    const json = join(dir, 's.json');
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', out, '--json', json, '--themes', csv);
    expect(run.code).toBe(2);
    expect(run.out).toContain(`テーマ表 ${csv}: [エラー] 3行目: テーマ「人材」にキーワードがありません。`);
    expect(run.out).toContain(`テーマ表 ${csv}: [エラー] 4行目: テーマ「連携」は2行目にもあります。`);
    expect(run.err).toContain('誤りが 2 件あるため、集約結果は作成していません');
    expect(existsSync(out) || existsSync(json)).toBe(false);
  });

  it('says the same in English with --lang en', async () => {
    const csv = join(dir, 'themes.csv');
    writeFileSync(csv, 'theme,keywords\r\nVisits,\r\n');
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', join(dir, 'd.xlsx'), '--themes', csv, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.out).toContain('[error] Row 2: the theme "Visits" has no keywords.');
    expect(run.err).toContain('has 1 error: no dashboard was written');
  });

  it('warns about a one-character keyword and still consolidates', async () => {
    const csv = join(dir, 'themes.csv');
    writeFileSync(csv, 'テーマ,キーワード\r\n訪問,"訪問,訪"\r\n');
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', join(dir, 'd.xlsx'), '--themes', csv);
    expect(run.code).toBe(0);
    expect(run.out).toContain('[警告] 2行目: テーマ「訪問」のキーワード「訪」は1文字のため');
  });

  it('refuses a themes file that is missing, and an --out that is the themes file', async () => {
    const missing = await runCli('consolidate', FIXTURE_DIR, '--out', join(dir, 'd.xlsx'), '--themes', join(dir, 'none.csv'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`テーマ表 ${join(dir, 'none.csv')}:`);
    const csv = join(dir, 'themes.csv');
    writeFileSync(csv, 'テーマ,キーワード\r\n訪問,訪問\r\n');
    const same = await runCli('consolidate', FIXTURE_DIR, '--out', csv, '--themes', csv);
    expect(same.code).toBe(2);
    expect(readFileSync(csv, 'utf8')).toBe('テーマ,キーワード\r\n訪問,訪問\r\n');
  });
});
