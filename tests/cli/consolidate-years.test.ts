/**
 * `consolidate --years / --all-years`: 集約_経年 and trend[] from FY2022 + FY2023, other years left out with
 * a line each, a renumbered plan (a real workbook made by `template`) listed and not matched, and the
 * option errors named. Without the options the output keeps its five sheets.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SummaryJsonSchema } from '../../src/consolidate/summary-json';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { runCli } from '../helpers/run-cli';

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, '..', 'fixtures');
const FY2022 = join(FIXTURES, 'fy2022');
const FY2023 = join(FIXTURES, 'fy2023');

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bukai-years-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sheetsOf = (path: string): string[] => {
  const read = readXlsx(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.failure.code);
  return read.workbook.sheets.map((s) => s.name);
};
const summaryOf = (path: string) => SummaryJsonSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

describe('consolidate over several fiscal years', () => {
  it('--all-years writes 集約_経年 and trend[], and says the FY2022 sheets are compared only there', async () => {
    const out = join(dir, 'dash.xlsx');
    const json = join(dir, 'summary.json');
    const run = await runCli('consolidate', FY2022, FY2023, '--out', out, '--json', json, '--as-of', '2024-04-30', '--all-years');
    expect(run.code).toBe(0);
    expect(sheetsOf(out)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_経年', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    expect(run.out).toContain('令和5年度より前の年度のシート 10 枚は、集約_経年で令和5年度と並べて比較しました');
    const summary = summaryOf(json);
    expect(summary.fiscalYear).toBe(2023);
    expect(summary.sheets).toHaveLength(10);
    expect(summary.trend?.map((t) => Object.keys(t.years).join())).toEqual(Array(10).fill('2022,2023'));
  });

  it('--years 2023 leaves the FY2022 sheets out, naming each, and compares one year', async () => {
    const out = join(dir, 'dash.xlsx');
    const json = join(dir, 'summary.json');
    const run = await runCli('consolidate', FY2022, FY2023, '--out', out, '--json', json, '--years', '令和5年度');
    expect(run.code).toBe(0);
    expect(run.out).toContain('就労部会_雇用啓発WG.xlsx / ①: 令和4年度のシート（集約対象は令和5年度）');
    expect(run.out.split('\n').filter((l) => l.includes('（集約対象は令和5年度）'))).toHaveLength(10);
    const summary = summaryOf(json);
    expect(summary.trend?.every((t) => Object.keys(t.years).join() === '2023')).toBe(true);
    expect(summary.issues.filter((i) => i.code === 'outside_years')).toHaveLength(10);
  });

  it('lists a plan renumbered in FY2023 on its own rows with notes, never matched to FY2022’s ①・④・⑤', async () => {
    const fy2023 = join(dir, 'fy2023');
    mkdirSync(fy2023);
    for (const name of readdirSync(FY2023).filter((n) => !n.includes('事業所連絡会WG'))) copyFileSync(join(FY2023, name), join(fy2023, name));
    const made = await runCli('template', '--fiscal-year', '2023', '--committee', '就労部会', '--wg', '事業所連絡会WG', '--plans', '①・④,⑤,②・③,⑥・⑦', '--out', join(fy2023, '事業所連絡会WG_R5.xlsx'));
    expect(made.code).toBe(0);
    const json = join(dir, 'summary.json');
    const run = await runCli('consolidate', FY2022, fy2023, '--out', join(dir, 'dash.xlsx'), '--json', json, '--years', '2022-2023', '--lang', 'en');
    expect(run.code).toBe(0);
    const rows = (summaryOf(json).trend ?? []).filter((t) => t.workingGroup === '事業所連絡会WG').map((t) => [t.plans.join('・'), Object.keys(t.years).join(), t.notes.map((n) => n.message).join(' ')]);
    expect(rows).toEqual([
      ['①・④', '2023', 'In FY2022 the plan numbers are ①・④・⑤ (renumbered, merged or split); not matched by guess, listed on rows of their own.'],
      ['①・④・⑤', '2022', 'In FY2023 the plan numbers are ①・④, ⑤ (renumbered, merged or split); not matched by guess, listed on rows of their own.'],
      ['②・③', '2022,2023', ''],
      ['⑤', '2023', 'In FY2022 the plan numbers are ①・④・⑤ (renumbered, merged or split); not matched by guess, listed on rows of their own.'],
      ['⑥・⑦', '2022,2023', ''],
    ]);
  });

  it('refuses an unreadable --years, --years with --all-years or --fiscal-year, and a range no sheet is in', async () => {
    const out = join(dir, 'dash.xlsx');
    const bad = await runCli('consolidate', FY2022, '--out', out, '--years', 'next');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--years は 2021-2023（範囲）または 2023（1年度）の形で指定してください（指定値: next）');
    const both = await runCli('consolidate', FY2022, '--out', out, '--years', '2022', '--all-years');
    expect(both.code).toBe(2);
    expect(both.err).toContain('--years は --all-years と一緒には使えません');
    const withYear = await runCli('consolidate', FY2022, '--out', out, '--all-years', '--fiscal-year', '2022', '--lang', 'en');
    expect(withYear.code).toBe(2);
    expect(withYear.err).toContain('--all-years cannot be used with --fiscal-year');
    const none = await runCli('consolidate', FY2022, '--out', out, '--years', '2019-2020');
    expect(none.code).toBe(2);
    expect(none.out).toContain('--years の範囲の年度のシートがありません');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('without the options keeps the seven usual sheets, leaves FY2022 out and hints at --all-years', async () => {
    const out = join(dir, 'dash.xlsx');
    const json = join(dir, 'summary.json');
    const run = await runCli('consolidate', FY2022, FY2023, '--out', out, '--json', json);
    expect(run.code).toBe(0);
    expect(sheetsOf(out)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    expect(run.out).toContain('就労部会_雇用啓発WG.xlsx / ①: 2022年度のシート（集約対象は2023年度）');
    expect(run.out).toContain('--all-years');
    expect('trend' in JSON.parse(readFileSync(json, 'utf8'))).toBe(false);
  });
});
