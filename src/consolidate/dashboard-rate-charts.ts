/**
 * The achievement-rate charts of the dashboard, declared over cells the dashboard writes (so every bar can be
 * traced to a cell and from there to the source sheet): per plan, grouped by committee and WG on a
 * three-level axis, with the first half, second half and annual rates and the threshold as a dashed line
 * read from cells; and the per-committee averages from the roll-up table. 集約_概要 draws the same plan chart
 * from the same cells.
 */
import type { ChartRange, ChartSpec } from '../domain/chart-spec';
import { hasValueAt } from '../domain/cell-columns';
import type { SheetSpec } from '../domain/sheet-spec';
import type { RateRow } from './dashboard';
import { table, type ColumnDecl, type DashboardTable, type RenderContext } from './dashboard-table';

/** The table the plan chart reads (on 集約_達成率) and the roll-up table the committee chart reads. */
export const CHART_DATA_TABLE = 'BukaiChartRates';
export const ROLLUP_TABLE = 'BukaiCommittees';

/**
 * One bar group of the plan chart, on a three-level axis: the committee and the WG stand on their group's
 * first row only (the outer levels), the plans on every row (「①④⑤」: short, so the levels fit under the bars).
 */
interface ChartRow {
  readonly committee: string | null;
  readonly workingGroup: string | null;
  readonly plans: string;
  readonly rate: RateRow;
}

const RATE_COLOURS = { firstHalf: '9DC3E6', secondHalf: '5B9BD5', annual: '1F4E79' } as const;
const PERCENT_AXIS = { min: 0, max: 100, numberFormat: '0"%"' };
/** Stands for a WG or plan number a sheet does not have (an empty cell would join the group before it). */
const NONE = '—';

/** The rates in council order (consolidate sorts them), each committee and WG named where its group starts. */
function chartRows(rates: readonly RateRow[]): ChartRow[] {
  return rates.map((rate, i) => {
    const previous = rates[i - 1];
    const newCommittee = previous?.committeeCanonical !== rate.committeeCanonical;
    const newGroup = newCommittee || previous?.workingGroup !== rate.workingGroup;
    return { committee: newCommittee ? rate.committeeCanonical || NONE : null, workingGroup: newGroup ? (rate.workingGroup ?? NONE) : null, plans: rate.plans.join('') || NONE, rate };
  });
}

const rateColumn = (kind: 'firstHalf' | 'secondHalf' | 'annual', header: { ja: string; en: string }): ColumnDecl<ChartRow> => ({ header, width: 10, kind: 'rate', value: (r) => r.rate[kind] });

/** The plan chart's data: committee and WG (first row of their group), plans, the three rates and the threshold. */
export const chartDataTable: DashboardTable = table<ChartRow>({
  tableName: CHART_DATA_TABLE,
  caption: (c) => c.labels.charts.data,
  rows: (d) => chartRows(d.rates),
  columns: [
    { header: { ja: '部会', en: 'Committee' }, width: 14, kind: 'text', value: (r) => r.committee },
    { header: { ja: 'WG', en: 'WG' }, width: 26, kind: 'text', value: (r) => r.workingGroup },
    { header: { ja: '計画', en: 'Plans' }, width: 12, kind: 'center', value: (r) => r.plans },
    rateColumn('firstHalf', { ja: '上半期', en: 'First half' }),
    rateColumn('secondHalf', { ja: '下半期', en: 'Second half' }),
    rateColumn('annual', { ja: '年度', en: 'Annual' }),
    { header: { ja: '基準', en: 'Threshold' }, width: 10, kind: 'rate', value: (_r, c) => c.threshold },
  ],
});

/** The data rows of a table of `sheet` (null when the table is absent or holds no row). */
function dataRows(sheet: SheetSpec, tableName: string): { top: number; bottom: number; left: number } | null {
  const t = sheet.tables.find((x) => x.name === tableName);
  if (!t) return null;
  const top = t.range.top + 1;
  // An empty section is one blank row: nothing to draw.
  return hasValueAt(sheet, top, t.range.left + 1) ? { top, bottom: t.range.bottom, left: t.range.left } : null;
}

/** Where a rates chart finds its data in its table: the category columns, the first of three rate columns, the threshold column. */
interface RateColumns {
  readonly categories: { readonly from: number; readonly to: number };
  readonly firstRate: number;
  readonly threshold: number;
}

/** A bar chart of the three rates (上半期 / 下半期 / 年度) over a table of `sheet`, with its threshold line; null when the table is empty. */
function rateChart(sheet: SheetSpec, tableName: string, title: string, columns: RateColumns, context: RenderContext, anchor: ChartSpec['anchor'], fromOtherSheet: boolean): ChartSpec | null {
  const rows = dataRows(sheet, tableName);
  if (!rows) return null;
  const on = fromOtherSheet ? { sheet: sheet.name } : {};
  const span = (from: number, to: number): ChartRange => ({ ...on, range: { top: rows.top, left: rows.left + from, bottom: rows.bottom, right: rows.left + to } });
  const column = (col: number): ChartRange => span(col, col);
  const L = context.labels.charts;
  return {
    type: 'bar',
    title,
    anchor,
    categories: span(columns.categories.from, columns.categories.to),
    series: [
      { name: L.firstHalf, values: column(columns.firstRate), color: RATE_COLOURS.firstHalf },
      { name: L.secondHalf, values: column(columns.firstRate + 1), color: RATE_COLOURS.secondHalf },
      { name: L.annual, values: column(columns.firstRate + 2), color: RATE_COLOURS.annual },
    ],
    valueAxis: { ...PERCENT_AXIS, title: L.axisRate },
    threshold: { label: L.threshold(context.threshold), values: column(columns.threshold) },
  };
}

/** The plan chart over the chart-data table of `sheet` (named when the chart stands on another sheet), or null. */
export function planChart(sheet: SheetSpec, context: RenderContext, anchor: ChartSpec['anchor'], fromOtherSheet: boolean): ChartSpec | null {
  // Committee, WG and plans as a three-level axis; then 上半期, 下半期, 年度 and 基準.
  return rateChart(sheet, CHART_DATA_TABLE, context.labels.charts.plansTitle, { categories: { from: 0, to: 2 }, firstRate: 3, threshold: 6 }, context, anchor, fromOtherSheet);
}

/** The committee chart over the roll-up table of `sheet`: the three averages and the threshold column. */
export function committeeChart(sheet: SheetSpec, context: RenderContext, anchor: ChartSpec['anchor'], fromOtherSheet: boolean): ChartSpec | null {
  // 部会, シート数, the three averages, 年度最低, 要確認, 基準.
  return rateChart(sheet, ROLLUP_TABLE, context.labels.charts.committeesTitle, { categories: { from: 0, to: 0 }, firstRate: 2, threshold: 7 }, context, anchor, fromOtherSheet);
}

/** Rows a chart of the rates sheet is tall. */
const CHART_ROWS = 30;

/** 集約_達成率's charts, side by side under its tables: per plan (columns A–F), per committee (G–K). */
export function rateCharts(sheet: SheetSpec, context: RenderContext): ChartSpec[] {
  const top = Math.max(...sheet.tables.map((t) => t.range.bottom)) + 3;
  const plans = planChart(sheet, context, { top, left: 0, bottom: top + CHART_ROWS - 1, right: 5 }, false);
  const committees = committeeChart(sheet, context, { top, left: 6, bottom: top + CHART_ROWS - 1, right: 10 }, false);
  return [plans, committees].filter((c): c is ChartSpec => c !== null);
}
