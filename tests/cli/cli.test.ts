import { execFileSync } from 'node:child_process';
import { DEFAULT_THEMES } from '../../src/consolidate/themes/default-themes';
import { SummaryJsonSchema, type SummaryJson } from '../../src/consolidate/summary-json';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { FY2022_FACTS } from '../helpers/fy2022-facts';
import { FIXTURE_DIR, fixturePaths } from '../helpers/fixture-workbooks';
import { runCli, sha256 } from '../helpers/run-cli';
import { main } from '../../src/cli/main';
import { formatOutcome } from '../../src/messages/format-outcome';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bukai-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('template', () => {
  it('makes the three sheets the 事業所連絡会WG keeps, read back exactly by their stamp', async () => {
    const out = join(dir, 'jigyousho.xlsx');
    const run = await runCli('template', '--fiscal-year', '令和4年度', '--committee', '就労部会', '--wg', '事業所連絡会WG', '--plans', '①・④・⑤,②・③,⑥・⑦', '--out', out);
    expect(run.code).toBe(0);
    const read = readXlsx(new Uint8Array(readFileSync(out)));
    if (!read.ok) throw new Error(read.failure.message);
    const models = read.workbook.sheets.map((g) => readStatusSheet(g));
    expect(models.map((m) => (m.kind === 'status-sheet' ? [m.sheet.origin, m.sheet.planNumbers.join('・'), m.sheet.fiscalYear?.value, m.sheet.workingGroup?.value] : formatOutcome(m.skip)))).toEqual([
      ['template', '①・④・⑤', 2022, '事業所連絡会WG'],
      ['template', '②・③', 2022, '事業所連絡会WG'],
      ['template', '⑥・⑦', 2022, '事業所連絡会WG'],
    ]);
  });

  it('makes two sheets for --plans ①,② and accepts the Gregorian year', async () => {
    const out = join(dir, 'koyou.xlsx');
    expect((await runCli('template', '--fiscal-year', '2022', '--committee', '就労部会', '--wg', '雇用啓発WG', '--plans', '①,②', '--out', out)).code).toBe(0);
    const read = readXlsx(new Uint8Array(readFileSync(out)));
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(['①', '②']);
  });

  it('refuses to overwrite an existing file and explains the usage errors', async () => {
    const out = join(dir, 'mine.xlsx');
    writeFileSync(out, 'my own file');
    const run = await runCli('template', '--fiscal-year', '2022', '--committee', '相談部会', '--plans', '①', '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toContain('上書きしません');
    expect(readFileSync(out, 'utf8')).toBe('my own file');
    expect((await runCli('template', '--committee', '相談部会', '--out', out)).err).toContain('--fiscal-year');
    expect((await runCli('template', '--fiscal-year', '2022', '--committee', '相談部会', '--plans', 'abc', '--out', join(dir, 'x.xlsx'))).err).toContain('--plans');
  });
});

describe('validate', () => {
  it('reports the 12月 row holding 11/29 with its file, sheet and cell, and exits 0 without errors', async () => {
    const json = join(dir, 'issues.json');
    const run = await runCli('validate', join(FIXTURE_DIR, '就労部会_事業所連絡会WG.xlsx'), '--as-of', '2023-04-30', '--json', json);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/①・④・⑤!C\d+ \[警告\] 12月の行に 11月の日付/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.files[0].issues.some((i: { code: string }) => i.code === 'date_in_other_month')).toBe(true);
  });

  it('exits 1 when any error is found, naming the unreadable file', async () => {
    const bad = join(dir, 'broken.xlsx');
    writeFileSync(bad, 'not a workbook');
    const run = await runCli('validate', bad, join(FIXTURE_DIR, '相談部会.xlsx'));
    expect(run.code).toBe(1);
    expect(run.out).toContain('broken.xlsx: [エラー] Excelブック（.xlsx）ではありません');
  });

  it('rejects a malformed --as-of with exit 2', async () => {
    expect((await runCli('validate', join(FIXTURE_DIR, '相談部会.xlsx'), '--as-of', '2023-02-30')).code).toBe(2);
  });
});

describe('consolidate', () => {
  it('writes the dashboard and a JSON summary that reproduce the FY2022 facts table', async () => {
    const out = join(dir, 'dashboard.xlsx');
    const json = join(dir, 'summary.json');
    const before = fixturePaths().map(sha256);
    const run = await runCli('consolidate', ...fixturePaths(), '--out', out, '--json', json, '--as-of', '2023-04-30');
    expect(run.code).toBe(0);
    expect(fixturePaths().map(sha256)).toEqual(before);
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.sheets).toHaveLength(10);
    for (const fact of FY2022_FACTS) {
      const sheet = summary.sheets.find((s: { committee: string; workingGroup: string | null; plans: string[] }) => s.committee === fact.committee && s.workingGroup === fact.workingGroup && s.plans.join() === fact.plans.join());
      expect(sheet).toMatchObject({
        committeeCanonical: fact.committeeCanonical,
        fiscalYear: 2022,
        rates: { firstHalf: fact.rates[0], secondHalf: fact.rates[1], annual: fact.rates[2] },
        activeMonths: [...fact.activeMonths],
      });
    }
    expect(summary.issues.find((i: { code: string }) => i.code === 'date_in_other_month')).toMatchObject({ file: '就労部会_事業所連絡会WG.xlsx', sheet: '①・④・⑤', severity: 'warning' });
    // entries[]: every month-row text with its month, column kind and cell; a 「↓」 DO is an entry.
    expect(SummaryJsonSchema.safeParse(summary).success).toBe(true);
    const entries = summary.entries as SummaryJson['entries'];
    expect(entries.find((e) => e.text.startsWith('11/29、30'))).toMatchObject({ file: '就労部会_事業所連絡会WG.xlsx', sheet: '①・④・⑤', month: 12, kind: 'do', plan: null });
    expect(entries.find((e) => e.sheet === '⑥・⑦' && e.month === 4 && e.kind === 'do')).toMatchObject({ text: '↓', cell: 'C8' });
    expect(entries.find((e) => e.sheet === '⑥・⑦' && e.month === 4 && e.kind === 'check')).toMatchObject({ plan: '⑦', cell: 'D8' });
    expect(new Set(entries.map((e) => e.file)).size).toBe(5);
    // themes[]: every theme of the table with its count, per committee / WG, and the cells of its texts.
    const themes = summary.themes as SummaryJson['themes'];
    expect(themes.map((t) => t.id)).toEqual(DEFAULT_THEMES.map((t) => t.id));
    const housing = themes.find((t) => t.theme === '住まい・地域移行');
    expect(housing).toMatchObject({ id: 'housing', count: 4, groups: [{ committee: 'くらし部会', workingGroup: '精神障がい地域包括ケアシステムWG', count: 4 }] });
    expect(housing?.entries).toHaveLength(4);
    for (const cell of housing?.entries ?? []) expect(entries.filter((e) => e.file === cell.file && e.sheet === cell.sheet && e.cell === cell.cell && e.kind !== 'do')).toHaveLength(1);
    expect(themes.find((t) => t.id === 'employment')?.groups.map((g) => [g.workingGroup, g.count])).toEqual([['雇用啓発WG', 10], ['事業所連絡会WG', 9]]);
    const dashboard = readXlsx(new Uint8Array(readFileSync(out)));
    expect(dashboard.ok && dashboard.workbook.sheets.map((s) => s.name)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
  });

  it('never writes the dashboard into a workbook holding the user’s sheets (a status sheet here): it asks for a new file', async () => {
    const out = join(dir, 'sheets.xlsx');
    await runCli('template', '--fiscal-year', '2022', '--committee', '相談部会', '--plans', '①', '--out', out);
    const before = sha256(out);
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`--out ${out} は上書きしません: 集約結果ではないシートがあります（①）。別の新しいファイル名を指定してください`);
    expect(sha256(out)).toBe(before);
  });

  it('lists an unreadable file with its reason and still consolidates the others', async () => {
    const bad = join(dir, '壊れた.xlsx');
    writeFileSync(bad, 'PK\u0003\u0004 truncated');
    const json = join(dir, 'summary.json');
    const run = await runCli('consolidate', bad, join(FIXTURE_DIR, '相談部会.xlsx'), '--out', join(dir, 'd.xlsx'), '--json', json);
    expect(run.code).toBe(0);
    expect(run.out).toContain('壊れた.xlsx: [読込不可]');
    const summary = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.failures).toEqual([{ file: '壊れた.xlsx', message: expect.stringContaining('壊れて') }]);
    expect(summary.sheets).toHaveLength(1);
  });

  it('exits 2 when nothing could be read, and when --out is missing', async () => {
    const bad = join(dir, 'a.xlsx');
    writeFileSync(bad, 'x');
    expect((await runCli('consolidate', bad, '--out', join(dir, 'd.xlsx'))).code).toBe(2);
    expect(existsSync(join(dir, 'd.xlsx'))).toBe(false);
    expect((await runCli('consolidate', FIXTURE_DIR)).code).toBe(2);
  });

  it('never writes the dashboard over a source workbook', async () => {
    const copy = join(dir, 'src.xlsx');
    copyFileSync(join(FIXTURE_DIR, '相談部会.xlsx'), copy);
    const before = sha256(copy);
    const run = await runCli('consolidate', copy, '--out', copy);
    expect(run.code).toBe(2);
    expect(run.err).toContain('上書きしません');
    expect(sha256(copy)).toBe(before);
  });

  it('marks missing submissions from a roster (くらし = 暮らし, WG spacing ignored)', async () => {
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, '\uFEFF部会,WG,計画番号\n相談部会,,①\n暮らし部会,【 精神障がい地域包括ケアシステムWG 】,\n就労部会,定着支援WG,①\n');
    const json = join(dir, 'summary.json');
    expect((await runCli('consolidate', FIXTURE_DIR, '--roster', roster, '--out', join(dir, 'd.xlsx'), '--json', json)).code).toBe(0);
    const statuses = JSON.parse(readFileSync(json, 'utf8')).submissions.map((s: { committee: string; workingGroup: string | null; status: string }) => `${s.committee}/${s.workingGroup ?? ''}/${s.status}`);
    expect(statuses.slice(0, 3)).toEqual(['相談部会//submitted', 'くらし部会/精神障がい地域包括ケアシステムWG/submitted', '就労部会/定着支援WG/missing']);
    expect(statuses.filter((s: string) => s.endsWith('/unexpected'))).toHaveLength(8);
  });
});

describe('consolidate --out over an existing workbook', () => {
  const PYTHON = '/usr/bin/python3';
  const dashboardSheets = ['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果'];
  const sheetsOf = (path: string): string[] => {
    const read = readXlsx(new Uint8Array(readFileSync(path)));
    return read.ok ? read.workbook.sheets.map((s) => s.name) : [];
  };
  /** Runs openpyxl on a copy of our dashboard: `edit` is Python with `wb` loaded. */
  const editWithOpenpyxl = (from: string, to: string, edit: string): void => {
    const script = `import sys\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\n${edit}\nwb.save(sys.argv[2])\n`;
    execFileSync(PYTHON, ['-c', script, from, to]);
  };
  /** Expects the run to be refused: exit 2, the file named with what to do, nothing written. */
  const expectRefused = async (out: string, because: RegExp): Promise<void> => {
    const before = sha256(out);
    const json = join(dir, 'refused.json');
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', out, '--json', json);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`--out ${out} は上書きしません`);
    expect(run.err).toMatch(because);
    expect(run.err).toContain('別の新しいファイル名を指定してください');
    expect(sha256(out)).toBe(before);
    expect(existsSync(json)).toBe(false);
  };

  let ours: string;
  beforeEach(async () => {
    ours = join(dir, 'dashboard.xlsx');
    expect((await runCli('consolidate', FIXTURE_DIR, '--out', ours)).code).toBe(0);
  });

  it('replaces our own dashboard workbook on a rerun', async () => {
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', ours);
    expect(run.code).toBe(0);
    expect(sheetsOf(ours)).toEqual(dashboardSheets);
  });

  it('replaces a dashboard an earlier version wrote with ExcelJS (folder entries, a theme, ExcelJS’s own parts)', async () => {
    // Written by this CLI before our own writer (commit 31e6856): consolidate tests/fixtures/fy2022.
    const out = join(dir, 'earlier.xlsx');
    copyFileSync(join(__dirname, '../fixtures/earlier-dashboard/fy2022-dashboard-exceljs.xlsx'), out);
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', out);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(sheetsOf(out)).toEqual(dashboardSheets);
  });

  it('recognises our dashboard by its marks after LibreOffice saved it, and replaces it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'bukai-lo-home-'));
    const saved = join(dir, 'lo');
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', saved, ours], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 100_000 });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const out = join(saved, 'dashboard.xlsx');
    expect((await runCli('consolidate', FIXTURE_DIR, '--out', out)).code).toBe(0);
    expect(sheetsOf(out)).toEqual(dashboardSheets);
  }, 120_000);

  it('refuses a workbook with a sheet of the user’s, even one named like ours', async () => {
    const out = join(dir, 'mine.xlsx');
    editWithOpenpyxl(ours, out, `ws = wb.create_sheet('集約_達成率(2)')\nws['A1'] = '私のメモ'`);
    await expectRefused(out, /集約結果ではないシートがあります（集約_達成率\(2\)）/);
    const plain = join(dir, 'plain.xlsx');
    execFileSync(PYTHON, ['-c', `import sys\nfrom openpyxl import Workbook\nwb = Workbook()\nwb.active.title = '集約_達成率'\nwb.active['A1'] = '私のメモ'\nwb.save(sys.argv[1])`, plain]);
    await expectRefused(plain, /集約結果ではないシートがあります（集約_達成率）/);
  });

  it('refuses our dashboard once a user added a comment or a chart to it', async () => {
    const commented = join(dir, 'commented.xlsx');
    editWithOpenpyxl(ours, commented, `from openpyxl.comments import Comment\nwb['集約_達成率']['B6'].comment = Comment('要確認', '事務局')`);
    await expectRefused(commented, /コメント・図形・グラフなど残すべき内容があります（.*comments/);
    const charted = join(dir, 'charted.xlsx');
    editWithOpenpyxl(ours, charted, `from openpyxl.chart import BarChart, Reference\nws = wb['集約_達成率']\nc = BarChart()\nc.add_data(Reference(ws, min_col=4, min_row=5, max_row=10))\nws.add_chart(c, 'M2')`);
    await expectRefused(charted, /残すべき内容があります（.*xl\/charts\/chart\d+\.xml/);
  });

  it('refuses our dashboard when the rerun would not write one of its sheets (another language)', async () => {
    const before = sha256(ours);
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', ours, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.err).toContain('it has sheets this consolidation does not write (集約_概要, 集約_提出状況, 集約_達成率, 集約_活動状況, 集約_評価改善 and 2 more)');
    expect(sha256(ours)).toBe(before);
  });

  it('refuses a file that is not a workbook', async () => {
    const out = join(dir, 'notes.xlsx');
    writeFileSync(out, 'my own notes, not a workbook');
    const before = sha256(out);
    const run = await runCli('consolidate', FIXTURE_DIR, '--out', out);
    expect(run.code).toBe(2);
    // Refused by the output check before any input is read (tests/hostile/outputs-never-damaged.test.ts).
    expect(run.err).toContain(`--out ${out}: 既にあるファイルは Excel ブック（.xlsx）ではありません。上書きしません。別の出力先を指定してください。`);
    expect(sha256(out)).toBe(before);
  });
});

describe('the conventions of a command line', () => {
  it.each([['--help'], ['-h'], ['help']])('prints every usage for %s on stdout and exits 0', async (flag) => {
    const run = await runCli(flag);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    for (const command of ['template', 'validate', 'consolidate']) expect(run.out).toContain(`  ${command} `);
  });

  it.each([
    ['template', '--help'],
    ['validate', '-h'],
    ['consolidate', '--out', 'x.xlsx', '--help'],
  ])('prints the usage of %s for its help flag and exits 0, touching no file', async (command, ...rest) => {
    const run = await runCli(command, ...rest);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^使い方: ${command} `));
    expect(existsSync('x.xlsx')).toBe(false);
  });

  it('prints the usage in English with --lang en', async () => {
    expect((await runCli('validate', '--help', '--lang', 'en')).out).toMatch(/^Usage: validate /);
  });

  it('prints the version of the package for --version', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    const run = await runCli('--version');
    expect(run).toEqual({ code: 0, out: version, err: '' });
  });

  it('reports each file read to a progress line, kept apart from stdout', async () => {
    const progress: string[] = [];
    const out: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'bukai-progress-'));
    try {
      const code = await main(['consolidate', FIXTURE_DIR, '--out', join(dir, 'd.xlsx')], (l) => out.push(l), () => undefined, (l) => progress.push(l));
      expect(code).toBe(0);
      expect(progress).toEqual(fixturePaths().map((_, i, all) => `読み込み中 ${i + 1}/${all.length}`));
      expect(out.some((l) => l.startsWith('読み込み中'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
