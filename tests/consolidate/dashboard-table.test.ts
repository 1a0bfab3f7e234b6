import { DASHBOARD_LABELS } from '../../src/consolidate/dashboard-labels';
import { DASHBOARD_SHEETS } from '../../src/consolidate/dashboard-sheets';
import { table, type RenderContext } from '../../src/consolidate/dashboard-table';
import { rowsOf } from '../../src/consolidate/table-sheet';
import type { Dashboard } from '../../src/consolidate/dashboard';
import { dashboardSheetNames } from '../../src/consolidate/render-dashboard';

const context = (locale: 'ja' | 'en'): RenderContext => ({ locale, labels: DASHBOARD_LABELS[locale], threshold: 60 });
const dashboard = { rates: [{ committeeCanonical: '相談部会', annual: 40 }, { committeeCanonical: '就労部会', annual: 90 }] } as unknown as Dashboard;

/** A sheet a later issue might add (集約_経年): one declaration of columns over the rates. */
const trend = table<{ committeeCanonical: string; annual: number | null }>({
  tableName: 'BukaiTrend',
  caption: () => 'caption',
  rows: (d) => d.rates,
  columns: [
    { header: { ja: '部会', en: 'Committee' }, width: 14, kind: 'text', value: (r) => r.committeeCanonical },
    { header: { ja: '前年度', en: 'Last year' }, width: 10, kind: 'rate', value: () => null, highlight: [(c) => ({ type: 'lessThan', value: c.threshold, fill: 'F8CBAD' })] },
    { header: { ja: '年度', en: 'This year' }, width: 10, kind: 'rate', value: (r) => r.annual, highlight: [(c) => ({ type: 'lessThan', value: c.threshold, fill: 'F8CBAD' }), () => ({ type: 'dataBar', color: '5B9BD5', min: 0, max: 100 })] },
  ],
});

describe('a dashboard sheet declared as a table', () => {
  it('renders its headers in the language, its rows through the accessors, its widths and kinds', () => {
    const block = trend.render(dashboard, context('en'));
    expect(block.columns).toEqual([
      { header: 'Committee', width: 14, kind: 'text' },
      { header: 'Last year', width: 10, kind: 'rate' },
      { header: 'This year', width: 10, kind: 'rate' },
    ]);
    expect(rowsOf(block)).toEqual([
      ['相談部会', null, 40],
      ['就労部会', null, 90],
    ]);
    expect(trend.render(dashboard, context('ja')).columns.map((c) => c.header)).toEqual(['部会', '前年度', '年度']);
  });

  it('turns a highlight rule shared by neighbouring columns into one range, in the order the rules first appear', () => {
    expect(trend.render(dashboard, context('ja')).formats).toEqual([
      { columns: [1, 2], rule: { type: 'lessThan', value: 60, fill: 'F8CBAD' } },
      { columns: [2, 2], rule: { type: 'dataBar', color: '5B9BD5', min: 0, max: 100 } },
    ]);
  });

  it('names the sheets from one registry, in the order they are written', () => {
    expect(DASHBOARD_SHEETS.map((s) => s.key)).toEqual(['overview', 'submissions', 'rates', 'years', 'activity', 'comments', 'themes', 'issues']);
    expect(dashboardSheetNames('ja')).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    expect(dashboardSheetNames('en')).toEqual(['Summary_Overview', 'Summary_Submissions', 'Summary_Rates', 'Summary_Activity', 'Summary_CheckAction', 'Summary_Themes', 'Summary_Issues']);
  });

  it('adds 集約_経年 after 集約_達成率 only for a run that asks for the years', () => {
    expect(dashboardSheetNames('ja', { years: true })).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_経年', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    expect(dashboardSheetNames('en', { years: true })[3]).toBe('Summary_Years');
    expect(dashboardSheetNames('ja', { years: false })).not.toContain('集約_経年');
  });
});
