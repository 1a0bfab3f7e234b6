/**
 * Consolidating several fiscal years: the usual lists hold the latest year only, 集約_経年 one row per plan
 * matched by committee + WG + plan numbers, and a renumbered, merged or split plan stands apart with a note.
 */
import { consolidate } from '../../src/consolidate/consolidate';
import type { ConsolidationInput } from '../../src/consolidate/consolidation-input';
import { renderDashboard } from '../../src/consolidate/render-dashboard';
import { SummaryJsonSchema, toSummaryJson } from '../../src/consolidate/summary-json';
import { isSelectedYear, parseYearSelection } from '../../src/consolidate/year-selection';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { formatOutcome } from '../../src/messages/format-outcome';
import { sheetWith, summary, type SheetOptions } from '../helpers/status-sheet-builder';

function input(sheets: Array<{ file: string; sheet: StatusSheet }>, extra: Partial<ConsolidationInput> = {}): ConsolidationInput {
  return { sheets, issues: [], failures: [], skipped: [], roster: null, asOf: '2024-04-30', threshold: 60, generatedAt: '2024-05-01T00:00:00Z', fiscalYear: null, includeOtherYears: false, years: { kind: 'all' }, ...extra };
}

const rated = (year: number, rates: [number, number, number], options: SheetOptions = {}): StatusSheet =>
  sheetWith({
    fiscalYear: year,
    summaries: { firstHalf: summary('firstHalf', rates[0]), secondHalf: summary('secondHalf', rates[1]), annual: summary('annual', rates[2]) },
    ...options,
  });

describe('consolidating several fiscal years', () => {
  it('keeps the usual lists for the latest year and lists the earlier sheets as used for 集約_経年 only', () => {
    const d = consolidate(input([
      { file: 'r4.xlsx', sheet: rated(2022, [30, 50, 90]) },
      { file: 'r5.xlsx', sheet: rated(2023, [50, 80, 85]) },
    ]));
    expect(d.fiscalYear).toBe(2023);
    expect(d.rates.map((r) => r.file)).toEqual(['r5.xlsx']);
    expect(d.submissions.map((s) => [s.file, s.status])).toEqual([['r5.xlsx', 'submitted'], ['r4.xlsx', 'earlier_year']]);
    expect(d.issues).toEqual([]);
    expect(d.trend?.map((r) => r.years.map((y) => [y.year, y.firstHalf, y.secondHalf, y.annual]))).toEqual([[[2022, 30, 50, 90], [2023, 50, 80, 85]]]);
  });

  it('matches 暮らし部会 and くらし部会 and 【 雇用啓発 WG 】 spellings as one plan', () => {
    const d = consolidate(input([
      { file: 'r4.xlsx', sheet: rated(2022, [30, 50, 90], { committee: '暮らし部会', workingGroup: '【 雇用啓発 WG 】' }) },
      { file: 'r5.xlsx', sheet: rated(2023, [50, 80, 85], { committee: 'くらし部会', workingGroup: '雇用啓発WG' }) },
    ]));
    expect(d.trend).toHaveLength(1);
    expect(d.trend?.[0]?.committee).toBe('くらし部会');
    expect(d.trend?.[0]?.notes).toEqual([]);
  });

  it('lists a renumbered plan on rows of its own, each naming the other year’s numbers, never matched', () => {
    const d = consolidate(input([
      { file: 'r4.xlsx', sheet: rated(2022, [20, 20, 20], { planNumbers: ['②', '③'], sheetName: '②・③' }) },
      { file: 'r5.xlsx', sheet: rated(2023, [40, 50, 50], { planNumbers: ['②', '⑧'], sheetName: '②・⑧' }) },
    ]));
    expect(d.trend?.map((r) => [r.plans.join('・'), r.years.map((y) => y.year)])).toEqual([
      ['②・③', [2022]],
      ['②・⑧', [2023]],
    ]);
    const [old, renumbered] = d.trend ?? [];
    expect(renumbered?.notes).toEqual([{ kind: 'trend', code: 'plans_changed', params: { year: 2022, plans: ['②・③'] } }]);
    expect(old?.notes).toEqual([{ kind: 'trend', code: 'plans_changed', params: { year: 2023, plans: ['②・⑧'] } }]);
    expect(formatOutcome(renumbered?.notes[0] ?? { kind: 'trend', code: 'no_plan_numbers', params: {} }, 'ja')).toBe('令和4年度は計画番号が ②・③ です（番号の変更・統合・分割）。推測で対応付けず、別の行にしています。');
  });

  it('lists a plan split in two as three rows: the old sheet names both new ones', () => {
    const d = consolidate(input([
      { file: 'r4.xlsx', sheet: rated(2022, [20, 70, 80], { planNumbers: ['①', '④', '⑤'], sheetName: '①・④・⑤' }) },
      { file: 'r5.xlsx', sheet: rated(2023, [50, 70, 80], { planNumbers: ['①', '④'], sheetName: '①・④' }) },
      { file: 'r5.xlsx', sheet: rated(2023, [60, 70, 90], { planNumbers: ['⑤'], sheetName: '⑤' }) },
    ]));
    const old = d.trend?.find((r) => r.plans.join('') === '①④⑤');
    expect(old?.notes).toEqual([{ kind: 'trend', code: 'plans_changed', params: { year: 2023, plans: ['①・④', '⑤'] } }]);
    expect(d.trend?.find((r) => r.plans.join('') === '⑤')?.notes).toEqual([{ kind: 'trend', code: 'plans_changed', params: { year: 2022, plans: ['①・④・⑤'] } }]);
    expect(d.trend?.every((r) => r.years.length === 1)).toBe(true);
  });

  it('lists two plans merged into one sheet apart from it, never adding their rates up', () => {
    const d = consolidate(input([
      { file: 'r4.xlsx', sheet: rated(2022, [20, 30, 40], { planNumbers: ['②'], sheetName: '②' }) },
      { file: 'r4.xlsx', sheet: rated(2022, [50, 60, 70], { planNumbers: ['③'], sheetName: '③' }) },
      { file: 'r5.xlsx', sheet: rated(2023, [80, 80, 80], { planNumbers: ['②', '③'], sheetName: '②・③' }) },
    ]));
    expect(d.trend?.map((r) => [r.plans.join('・'), r.years.map((y) => y.annual), r.notes])).toEqual([
      ['②', [40], [{ kind: 'trend', code: 'plans_changed', params: { year: 2023, plans: ['②・③'] } }]],
      ['②・③', [80], [{ kind: 'trend', code: 'plans_changed', params: { year: 2022, plans: ['②', '③'] } }]],
      ['③', [70], [{ kind: 'trend', code: 'plans_changed', params: { year: 2023, plans: ['②・③'] } }]],
    ]);
  });

  it('says which years a plan has no sheet in, and when sheets without numbers were matched by group alone', () => {
    const d = consolidate(input([
      { file: 'r3.xlsx', sheet: rated(2021, [10, 20, 30], { planNumbers: [], sheetName: 'R3' }) },
      { file: 'r4.xlsx', sheet: rated(2022, [40, 50, 60], { planNumbers: [], sheetName: 'R4' }) },
      { file: 'r4.xlsx', sheet: rated(2022, [40, 50, 60], { planNumbers: ['⑨'], sheetName: '⑨' }) },
    ]));
    expect(d.fiscalYear).toBe(2022);
    const bare = d.trend?.find((r) => r.plans.length === 0);
    expect(bare?.years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(bare?.notes.map((n) => n.code)).toEqual(['no_plan_numbers']);
    expect(d.trend?.find((r) => r.plans[0] === '⑨')?.notes).toEqual([{ kind: 'trend', code: 'missing_years', params: { missing: [2021] } }]);
  });

  it('puts last year’s ACTIONs, month by month, beside this year’s PLAN', () => {
    const d = consolidate(input([
      { file: 'r4.xlsx', sheet: rated(2022, [30, 50, 90], { months: { 10: [{ do: '10/20 WG', action: '周知を早める' }], 1: [{ do: '1/24 WG', action: '会場を増やす' }] } }) },
      { file: 'r5.xlsx', sheet: rated(2023, [50, 80, 85], { plans: [{ number: '①', text: { value: '面接会の周知を早める', cell: 'C6' }, quarter: null }] }) },
    ]));
    const row = d.trend?.[0];
    expect(row?.previousActions.map((a) => [a.month, a.text, a.file, a.cell])).toEqual([
      [10, '周知を早める', 'r4.xlsx', 'E27'],
      [1, '会場を増やす', 'r4.xlsx', 'E36'],
    ]);
    const english = renderDashboard(d, 'en').find((s) => s.name === 'Summary_Years');
    expect(english?.cells.some((c) => c.value === 'Oct: 周知を早める\nJan: 会場を増やす')).toBe(true);
    expect(row?.plan.map((p) => [p.label, p.text, p.file])).toEqual([['①', '面接会の周知を早める', 'r5.xlsx']]);
  });

  it('leaves out, with a warning naming the range, a sheet of a year outside --years', () => {
    const d = consolidate(input(
      [
        { file: 'r3.xlsx', sheet: rated(2021, [10, 20, 30]) },
        { file: 'r4.xlsx', sheet: rated(2022, [30, 50, 90]) },
        { file: 'r5.xlsx', sheet: rated(2023, [50, 80, 85]) },
      ],
      { years: { kind: 'range', from: 2022, to: 2023 } },
    ));
    expect(d.trend?.[0]?.years.map((y) => y.year)).toEqual([2022, 2023]);
    expect(d.issues).toEqual([expect.objectContaining({ code: 'outside_years', severity: 'warning', file: 'r3.xlsx', params: { year: 2021, from: 2022, to: 2023 } })]);
    expect(d.submissions.find((s) => s.file === 'r3.xlsx')?.status).toBe('other_year');
  });

  it('writes 集約_経年 and SUMMARY.json trend[] only when the years were asked for', () => {
    const sheets = [
      { file: 'r4.xlsx', sheet: rated(2022, [30, 50, 90]) },
      { file: 'r5.xlsx', sheet: rated(2023, [50, 80, 85]) },
    ];
    const years = consolidate(input(sheets));
    expect(renderDashboard(years).map((s) => s.name)).toContain('集約_経年');
    const json = SummaryJsonSchema.parse(toSummaryJson(years));
    expect(json.trend).toEqual([{ committee: '就労部会', committeeCanonical: '就労部会', workingGroup: '雇用啓発WG', plans: ['①'], years: { '2022': { firstHalf: 30, secondHalf: 50, annual: 90 }, '2023': { firstHalf: 50, secondHalf: 80, annual: 85 } }, notes: [] }]);
    const one = consolidate(input(sheets, { years: null }));
    expect(one.trend).toBeNull();
    expect(renderDashboard(one).map((s) => s.name)).not.toContain('集約_経年');
    expect('trend' in toSummaryJson(one)).toBe(false);
  });

  it('takes the later year when two years have as many sheets and no years were asked for', () => {
    const d = consolidate(input([{ file: 'r4.xlsx', sheet: rated(2022, [1, 2, 3]) }, { file: 'r5.xlsx', sheet: rated(2023, [4, 5, 6]) }], { years: null }));
    expect(d.fiscalYear).toBe(2023);
    expect(d.issues.map((i) => [i.code, i.file])).toEqual([['other_fiscal_year', 'r4.xlsx']]);
  });
});

describe('parseYearSelection', () => {
  it.each([
    ['2021-2023', 2021, 2023],
    ['2023', 2023, 2023],
    ['令和3〜令和5年度', 2021, 2023],
    ['R4～R5', 2022, 2023],
  ])('reads %s', (text, from, to) => {
    expect(parseYearSelection(text)).toEqual({ kind: 'range', from, to });
  });

  it.each(['2023-2021', 'next', '2021-', '2021-2022-2023'])('refuses %s', (text) => {
    expect(parseYearSelection(text)).toBeNull();
  });

  it('selects every year for --all-years and the bounds inclusive for a range', () => {
    expect(isSelectedYear(1999, { kind: 'all' })).toBe(true);
    expect([2020, 2021, 2023, 2024].map((y) => isSelectedYear(y, { kind: 'range', from: 2021, to: 2023 }))).toEqual([false, true, true, false]);
  });
});
