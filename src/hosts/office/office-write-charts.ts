/**
 * A SheetSpec's charts as native Excel charts through Office.js (ExcelApi 1.7–1.8, within the manifest's
 * 1.13), drawn like the xlsx writer's: upright or laid-down clustered bars or lines over sheet ranges,
 * a title, axis titles, bounds and number format, a dashed threshold line, the legend below. Charts are
 * queued after every sheet of the write exists (a chart may read a sheet written after its own) and
 * before protection (a protected sheet takes no chart).
 */
import { toA1, toA1Range } from '../../domain/cell-ref';
import type { ChartCategories, ChartRange, ChartSpec } from '../../domain/sheet-spec';
import { ACTION_BYTES, utf8Bytes } from './office-batch';

/** Office's default series colours, in order (as the xlsx writer's). */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300', '255E91', '43682B'];
const THRESHOLD_COLOR = 'C00000';

/** The worksheet proxy of a sheet a chart range names (its spec name; ranges without a sheet are the chart's own). */
export type SheetOf = (specName: string | undefined) => Excel.Worksheet;

/** What queuing `charts` costs in the request: ~12 actions a chart and ~6 a series, plus the texts. */
export function chartBytes(charts: readonly ChartSpec[]): number {
  let bytes = 0;
  for (const c of charts) {
    const series = c.series.length + (c.threshold ? 1 : 0);
    const texts = [c.title, c.categoryAxis?.title, c.valueAxis?.title, c.threshold?.label, ...c.series.map((s) => s.name)];
    bytes += (14 + 8 * series) * ACTION_BYTES + texts.reduce((n, t) => n + (t ? utf8Bytes(t) : 0), 0);
  }
  return bytes;
}

function rangeOf(target: ChartRange | ChartCategories, sheetOf: SheetOf): Excel.Range {
  return sheetOf(target.sheet).getRange(toA1Range(target.range));
}

/** A one-column range is a series down a column; a one-row range, along a row. */
function seriesBy(target: ChartRange): Excel.ChartSeriesBy {
  return target.range.left === target.range.right ? Excel.ChartSeriesBy.columns : Excel.ChartSeriesBy.rows;
}

function chartType(chart: ChartSpec): Excel.ChartType {
  if (chart.type === 'line') return Excel.ChartType.line;
  return chart.direction === 'bar' ? Excel.ChartType.barClustered : Excel.ChartType.columnClustered;
}

/** Queues every chart of a sheet onto `sheet` (no sync). */
export function queueCharts(sheet: Excel.Worksheet, charts: readonly ChartSpec[], sheetOf: SheetOf): void {
  for (const spec of charts) queueChart(sheet, spec, sheetOf);
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec, sheetOf: SheetOf): void {
  const first = spec.series[0];
  if (!first) return;
  // Excel makes series of the source itself; the first is then set exactly, the others added.
  const chart = sheet.charts.add(chartType(spec), rangeOf(first.values, sheetOf), seriesBy(first.values));
  chart.setPosition(toA1(spec.anchor.top, spec.anchor.left), toA1(spec.anchor.bottom, spec.anchor.right));
  const line = spec.type === 'line';
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(rangeOf(s.values, sheetOf));
    series.setXAxisValues(rangeOf(spec.categories, sheetOf));
    const color = `#${s.color ?? PALETTE[i % PALETTE.length] ?? '4472C4'}`;
    if (line) {
      series.format.line.color = color;
      series.markerStyle = Excel.ChartMarkerStyle.circle;
      series.markerBackgroundColor = color;
      series.markerForegroundColor = color;
    } else {
      series.format.fill.setSolidColor(color);
    }
  });
  if (spec.threshold) {
    const threshold = chart.series.add(spec.threshold.label);
    threshold.setValues(rangeOf(spec.threshold.values, sheetOf));
    threshold.setXAxisValues(rangeOf(spec.categories, sheetOf));
    // Over bars the threshold is a line series of its own (a combination chart).
    threshold.chartType = Excel.ChartType.line;
    threshold.format.line.color = `#${spec.threshold.color ?? THRESHOLD_COLOR}`;
    threshold.format.line.lineStyle = Excel.ChartLineStyle.dash;
    threshold.markerStyle = Excel.ChartMarkerStyle.none;
  }
  chart.title.visible = spec.title !== undefined;
  if (spec.title !== undefined) chart.title.text = spec.title;
  chart.legend.visible = spec.showLegend !== false;
  if (spec.showLegend !== false) chart.legend.position = Excel.ChartLegendPosition.bottom;
  const category = chart.axes.categoryAxis;
  if (spec.categoryAxis?.title) category.title.text = spec.categoryAxis.title;
  const levels = spec.categories.range;
  // Several label columns are the levels of one axis (ExcelApi 1.8), as the xlsx writer's multiLvlStrRef.
  if (levels.top !== levels.bottom && levels.left !== levels.right) category.multiLevel = true;
  if (spec.type === 'bar' && spec.direction === 'bar') {
    // Laid-down bars list the first category at the top, as the sheet does, with the values below them.
    category.reversePlotOrder = true;
    category.position = Excel.ChartAxisPosition.maximum;
  }
  const value = chart.axes.valueAxis;
  const axis = spec.valueAxis;
  if (axis?.title) value.title.text = axis.title;
  if (axis?.min !== undefined) value.minimum = axis.min;
  if (axis?.max !== undefined) value.maximum = axis.max;
  if (axis?.numberFormat) value.numberFormat = axis.numberFormat;
}
