import { SummaryJsonSchema, type SummaryJson } from '../../src/consolidate/summary-json';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { FY2022_FACTS } from '../helpers/fy2022-facts';
import { FIXTURE_DIR, fixturePaths } from '../helpers/fixture-workbooks';
import { runCli, sha256 } from '../helpers/run-cli';

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
    expect(models.map((m) => (m.kind === 'status-sheet' ? [m.sheet.origin, m.sheet.planNumbers.join('・'), m.sheet.fiscalYear?.value, m.sheet.workingGroup?.value] : m.reason))).toEqual([
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
    const dashboard = readXlsx(new Uint8Array(readFileSync(out)));
    expect(dashboard.ok && dashboard.workbook.sheets.map((s) => s.name)).toEqual(['集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_検証結果']);
  });

  it('replaces the dashboard when run again, and keeps the user’s own sheets of the output workbook', async () => {
    const out = join(dir, 'dashboard.xlsx');
    await runCli('template', '--fiscal-year', '2022', '--committee', '相談部会', '--plans', '①', '--out', out);
    await runCli('consolidate', FIXTURE_DIR, '--out', out);
    await runCli('consolidate', FIXTURE_DIR, '--out', out);
    const read = readXlsx(new Uint8Array(readFileSync(out)));
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(['①', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_検証結果']);
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

describe('consolidate next to a user’s sheet named like the dashboard', () => {
  it('keeps the user’s sheet and replaces its own renamed dashboard on every rerun', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('集約_達成率').getCell('A1').value = '私のメモ';
    const out = join(dir, 'mine.xlsx');
    await wb.xlsx.writeFile(out);
    await runCli('consolidate', FIXTURE_DIR, '--out', out);
    await runCli('consolidate', FIXTURE_DIR, '--out', out);
    const read = readXlsx(new Uint8Array(readFileSync(out)));
    const names = read.ok ? read.workbook.sheets.map((s) => s.name) : [];
    expect(names.filter((n) => n.startsWith('集約_達成率'))).toEqual(['集約_達成率', '集約_達成率(2)']);
    expect(read.ok && read.workbook.sheets[0]?.rows[0]?.[0]).toEqual({ kind: 'text', text: '私のメモ' });
  });
});
