/** The `rollover` command: next year's workbooks into a folder, never over a file without --force. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli, sha256 } from '../helpers/run-cli';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bukai-rollover-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rollover', () => {
  it('writes one FY2023 workbook per group and the roster, which openpyxl opens', async () => {
    const out = join(dir, 'r5');
    const roster = join(dir, 'roster.csv');
    const before = readdirSync(FIXTURE_DIR).map((n) => sha256(join(FIXTURE_DIR, n)));
    const run = await runCli('rollover', FIXTURE_DIR, '--out-dir', out, '--roster-out', roster);
    expect(run.code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toContain('令和5年度_就労部会_事業所連絡会WG.xlsx');
    expect(names.every((n) => n.startsWith('令和5年度_'))).toBe(true);
    expect(run.out).toContain('暮らし部会_精神障がい地域包括ケアシステムWG.xlsx / R4: 引き継げなかった項目: 計画番号');
    const read = readXlsx(new Uint8Array(readFileSync(join(out, '令和5年度_就労部会_事業所連絡会WG.xlsx'))));
    if (!read.ok) throw new Error(read.failure.message);
    expect(read.workbook.sheets.map((g) => {
      const r = readStatusSheet(g);
      return r.kind === 'status-sheet' ? [r.sheet.planNumbers.join('・'), r.sheet.fiscalYear?.value] : null;
    })).toEqual([['①・④・⑤', 2023], ['②・③', 2023], ['⑥・⑦', 2023]]);
    expect(readFileSync(roster, 'utf8').split('\r\n')[0]).toBe('\uFEFF部会,WG,計画番号');
    const script = 'import sys\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\nws = wb.worksheets[0]\nprint(ws.title, ws.protection.sheet, ws["A2"].value)';
    const opened = execFileSync('/usr/bin/python3', ['-c', script, join(out, '令和5年度_就労部会_事業所連絡会WG.xlsx')], { encoding: 'utf8' });
    expect(opened.trim()).toBe('①・④・⑤ True 令和5年度 部会WG状況把握表');
    // The sources are never touched.
    expect(readdirSync(FIXTURE_DIR).map((n) => sha256(join(FIXTURE_DIR, n)))).toEqual(before);
  });

  it('refuses to overwrite any existing workbook without --force, writing none', async () => {
    const out = join(dir, 'r5');
    expect((await runCli('rollover', FIXTURE_DIR, '--out-dir', out)).code).toBe(0);
    const mine = join(out, '令和5年度_相談部会.xlsx');
    writeFileSync(mine, 'my notes');
    rmSync(join(out, '令和5年度_就労部会_雇用啓発WG.xlsx'));
    const again = await runCli('rollover', FIXTURE_DIR, '--out-dir', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect(readFileSync(mine, 'utf8')).toBe('my notes');
    expect(existsSync(join(out, '令和5年度_就労部会_雇用啓発WG.xlsx'))).toBe(false);
    const forced = await runCli('rollover', FIXTURE_DIR, '--out-dir', out, '--force');
    expect(forced.code).toBe(0);
    expect(readXlsx(new Uint8Array(readFileSync(mine))).ok).toBe(true);
  });

  it('rolls its own output over to FY2024 by default, and takes --to-fiscal-year', async () => {
    const r5 = join(dir, 'r5');
    const r6 = join(dir, 'r6');
    expect((await runCli('rollover', FIXTURE_DIR, '--out-dir', r5)).code).toBe(0);
    expect((await runCli('rollover', r5, '--out-dir', r6)).code).toBe(0);
    expect(readdirSync(r6).every((n) => n.startsWith('令和6年度_'))).toBe(true);
    const r9 = join(dir, 'r9');
    expect((await runCli('rollover', FIXTURE_DIR, '--out-dir', r9, '--to-fiscal-year', '令和9年度')).code).toBe(0);
    expect(readdirSync(r9).every((n) => n.startsWith('令和9年度_'))).toBe(true);
  });

  it('prints its usage for --help', async () => {
    const help = await runCli('rollover', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('rollover FILE.xlsx|FOLDER... --out-dir DIR');
  });

  it('asks for --out-dir and for a readable year, by name', async () => {
    const noDir = await runCli('rollover', FIXTURE_DIR);
    expect(noDir.code).toBe(2);
    expect(noDir.err).toContain('--out-dir');
    const badYear = await runCli('rollover', FIXTURE_DIR, '--out-dir', join(dir, 'x'), '--to-fiscal-year', 'next');
    expect(badYear.code).toBe(2);
    expect(badYear.err).toContain('--to-fiscal-year');
  });
});
