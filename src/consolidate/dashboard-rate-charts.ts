/**
 * The achievement-rate charts of the dashboard, declared over cells the dashboard writes (so every bar can be
 * traced to a cell and from there to the source sheet): per plan, grouped by committee on a two-level axis,
 * with the first half, second half and annual rates and the threshold as a dashed line read from cells; and
 * the per-committee averages from the roll-up table. 集約_概要 draws the same plan chart from the same cells.
 */
import type { ChartRange, ChartSpec } from '../domain/chart-spec';
import { joinPlanNumbers } from '../domain/plan-number';
import type { SheetSpec } from '../domain/sheet-spec';
import type { RateRow } from './dashboard';
import { table, type ColumnDecl, type DashboardTable, type RenderContext } from './dashboard-table';

/** The table the plan chart reads (on 集約_達成率) and the roll-up table the committee chart reads. */
export const CHART_DATA_TABLE = 'BukaiChartRates';
export const ROLLUP_TABLE = 'BukaiCommittees';

/** One bar group of the plan chart: the committee on its group's first row only (the outer axis level). */
interface ChartRow {
  readonly committee: string | null;
  readonly label: string;
  readonly rate: RateRow;
}

const RATE_COLOURS = { firstHalf: '9DC3E6', secondHalf: '5B9BD5', annual: '1F4E79' } as const;
const PERCENT_AXIS = { min: 0, max: 100, numberFormat: '0"%"' };

/** The plan's label under its committee: the WG and plan numbers (「雇用啓発WG ①」), or the plans alone. */
function planLabel(r: RateRow): string {
  const plans = joinPlanNumbers(r.plans);
  return [r.workingGroup ?? '', plans].filter((p) => p !== '').join(' ') || r.committeeCanonical || '—';
}

/** The rates in council order (consolidate sorts them), the committee named where its group starts. */
function chartRows(rates: readonly RateRow[]): ChartRow[] {
  return rates.map((rate, i) => ({ committee: i > 0 && rates[i - 1]?.committeeCanonical === rate.committeeCanonical ? null : rate.committeeCanonical, label: planLabel(rate), rate }));
}

const rateColumn = (kind: 'firstHalf' | 'secondHalf' | 'annual', header: { ja: string; en: string }): ColumnDecl<ChartRow> => ({ header, width: 10, kind: 'rate', value: (r) => r.rate[kind] });

/** The plan chart's data: committee (first row of its group), WG and plans, the three rates and the threshold. */
export const chartDataTable: DashboardTable = table<ChartRow>({
  tableName: CHART_DATA_TABLE,
  caption: (c) => c.labels.charts.data,
  rows: (d) => chartRows(d.rates),
  columns: [
    { header: { ja: '部会', en: 'Committee' }, width: 14, kind: 'text', value: (r) => r.committee },
    { header: { ja: 'WG・計画', en: 'WG / plans' }, width: 26, kind: 'text', value: (r) => r.label },
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
  const filled = sheet.cells.some((c) => c.row === top && c.col === t.range.left + 1 && c.value !== null && c.value !== '');
  return filled ? { top, bottom: t.range.bottom, left: t.range.left } : null;
}

/** The plan chart over the chart-data table of `sheet` (named when the chart stands on another sheet), or null. */
export function planChart(sheet: SheetSpec, context: RenderContext, anchor: ChartSpec['anchor'], fromOtherSheet: boolean): ChartSpec | null {
  const rows = dataRows(sheet, CHART_DATA_TABLE);
  if (!rows) return null;
  const on = fromOtherSheet ? { sheet: sheet.name } : {};
  const column = (col: number): ChartRange => ({ ...on, range: { top: rows.top, left: rows.left + col, bottom: rows.bottom, right: rows.left + col } });
  const L = context.labels.charts;
  return {
    type: 'bar',
    title: L.plansTitle,
    anchor,
    categories: { ...on, range: { top: rows.top, left: rows.left, bottom: rows.bottom, right: rows.left + 1 } },
    series: [
      { name: L.firstHalf, values: column(2), color: RATE_COLOURS.firstHalf },
      { name: L.secondHalf, values: column(3), color: RATE_COLOURS.secondHalf },
      { name: L.annual, values: column(4), color: RATE_COLOURS.annual },
    ],
    valueAxis: { ...PERCENT_AXIS, title: L.axisRate },
    threshold: { label: L.threshold(context.threshold), values: column(5) },
  };
}

/** The committee chart over the roll-up table of `sheet`: the three averages and the threshold column. */
export function committeeChart(sheet: SheetSpec, context: RenderContext, anchor: ChartSpec['anchor'], fromOtherSheet: boolean): ChartSpec | null {
  const rows = dataRows(sheet, ROLLUP_TABLE);
  if (!rows) return null;
  const on = fromOtherSheet ? { sheet: sheet.name } : {};
  const column = (col: number): ChartRange => ({ ...on, range: { top: rows.top, left: rows.left + col, bottom: rows.bottom, right: rows.left + col } });
  const L = context.labels.charts;
  return {
    type: 'bar',
    title: L.committeesTitle,
    anchor,
    categories: column(0),
    series: [
      { name: L.firstHalf, values: column(2), color: RATE_COLOURS.firstHalf },
      { name: L.secondHalf, values: column(3), color: RATE_COLOURS.secondHalf },
      { name: L.annual, values: column(4), color: RATE_COLOURS.annual },
    ],
    valueAxis: { ...PERCENT_AXIS, title: L.axisRate },
    threshold: { label: L.threshold(context.threshold), values: column(7) },
  };
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
