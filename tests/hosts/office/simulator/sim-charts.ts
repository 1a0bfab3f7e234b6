/**
 * Charts in the simulated Excel: worksheet.charts.add(type, source, seriesBy) makes the series of the
 * source as Excel does (one per column or row, named "SeriesN"), series are added and pointed at ranges,
 * and only the members our adapter may use are known — each value checked against the library's own
 * enums. A series keeps the sheet it reads, so a rename follows it and a deleted sheet breaks it (#REF!).
 */
import type { CellRange } from '../../../../src/domain/cell-ref';
import { parseAddress } from './sim-address';
import { ExcelError, type SimChart, type SimChartRef, type SimSeries, type SimSheet } from './simulated-workbook';

export type ChartHandle =
  | { readonly t: 'charts'; readonly sheet: SimSheet }
  | { readonly t: 'chart'; readonly sheet: SimSheet; readonly chart: SimChart }
  /** Title, Legend, Axes, Axes.ValueAxis, Axes.ValueAxis.Title… of one chart. */
  | { readonly t: 'chartPart'; readonly sheet: SimSheet; readonly chart: SimChart; readonly path: string }
  | { readonly t: 'seriesCollection'; readonly sheet: SimSheet; readonly chart: SimChart }
  | { readonly t: 'series'; readonly sheet: SimSheet; readonly chart: SimChart; readonly series: SimSeries }
  /** Format, Format.Line, Format.Fill of one series. */
  | { readonly t: 'seriesPart'; readonly sheet: SimSheet; readonly chart: SimChart; readonly series: SimSeries; readonly path: string };

const CHART_HANDLES = new Set(['charts', 'chart', 'chartPart', 'seriesCollection', 'series', 'seriesPart']);

/** Whether a handle is one of the chart objects. */
export function isChartHandle(h: { readonly t: string }): h is ChartHandle {
  return CHART_HANDLES.has(h.t);
}

/** Where each part leads: the navigation properties the simulated Excel knows. */
const PART_NAVIGATION: Record<string, readonly string[]> = {
  '': ['Title', 'Legend', 'Axes'],
  Axes: ['CategoryAxis', 'ValueAxis'],
  'Axes.CategoryAxis': ['Title'],
  'Axes.ValueAxis': ['Title'],
};
const SERIES_NAVIGATION: Record<string, readonly string[]> = { '': ['Format'], Format: ['Line', 'Fill'] };

/** The library's enum values (loaded Excel), for checking what is set. */
function enumValues(name: string): ReadonlySet<string> {
  const e = (globalThis as unknown as { Excel: Record<string, Record<string, string>> }).Excel[name];
  if (!e) throw new Error(`Excel.${name} is not loaded`);
  return new Set(Object.values(e));
}

const isColor = (v: unknown): boolean => typeof v === 'string' && /^#[0-9A-F]{6}$/i.test(v);
const isText = (v: unknown): boolean => typeof v === 'string';
const isFlag = (v: unknown): boolean => typeof v === 'boolean';
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const oneOf = (enumName: string) => (v: unknown) => typeof v === 'string' && enumValues(enumName).has(v);

/** The properties each part takes, with what Excel accepts. */
const PART_PROPERTIES: Record<string, Record<string, (v: unknown) => boolean>> = {
  Title: { Text: isText, Visible: isFlag },
  Legend: { Visible: isFlag, Position: oneOf('ChartLegendPosition') },
  'Axes.CategoryAxis': { ReversePlotOrder: isFlag, Position: oneOf('ChartAxisPosition'), MultiLevel: isFlag },
  'Axes.ValueAxis': { Minimum: isNumber, Maximum: isNumber, NumberFormat: isText, Position: oneOf('ChartAxisPosition') },
  'Axes.CategoryAxis.Title': { Text: isText },
  'Axes.ValueAxis.Title': { Text: isText },
};
const SERIES_PROPERTIES: Record<string, Record<string, (v: unknown) => boolean>> = {
  '': { Name: isText, ChartType: oneOf('ChartType'), MarkerStyle: oneOf('ChartMarkerStyle'), MarkerBackgroundColor: isColor, MarkerForegroundColor: isColor },
  'Format.Line': { Color: isColor, LineStyle: oneOf('ChartLineStyle'), Weight: isNumber },
};

function refuse(h: ChartHandle, member: string): never {
  throw new ExcelError('ApiNotFound', `The simulated Excel does not implement ${h.t}${'path' in h && h.path ? `(${h.path})` : ''}.${member}.`);
}

const join = (path: string, name: string): string => (path ? `${path}.${name}` : name);

/** A navigation property of a chart object. */
export function chartNavigate(h: ChartHandle, name: string): ChartHandle {
  if (h.t === 'chart' && name === 'Series') return { t: 'seriesCollection', sheet: h.sheet, chart: h.chart };
  if (h.t === 'chart' || h.t === 'chartPart') {
    const path = h.t === 'chart' ? '' : h.path;
    if (PART_NAVIGATION[path]?.includes(name)) return { t: 'chartPart', sheet: h.sheet, chart: h.chart, path: join(path, name) };
  }
  if (h.t === 'series' || h.t === 'seriesPart') {
    const path = h.t === 'series' ? '' : h.path;
    if (SERIES_NAVIGATION[path]?.includes(name)) return { t: 'seriesPart', sheet: h.sheet, chart: h.chart, series: h.series, path: join(path, name) };
  }
  return refuse(h, name);
}

/** The cells a range argument names (a Range proxy reaches the simulator as a range handle). */
function chartRef(arg: unknown, what: string): SimChartRef {
  const h = arg as { t?: string; sheet?: SimSheet; range?: CellRange } | null;
  if (!h || h.t !== 'range' || !h.sheet || !h.range) throw new ExcelError('InvalidArgument', `${what} needs a range.`);
  return { sheet: h.sheet, range: h.range };
}

function lines(ref: SimChartRef, byColumns: boolean): SimChartRef[] {
  const { top, left, bottom, right } = ref.range;
  const out: SimChartRef[] = [];
  if (byColumns) for (let c = left; c <= right; c++) out.push({ sheet: ref.sheet, range: { top, left: c, bottom, right: c } });
  else for (let r = top; r <= bottom; r++) out.push({ sheet: ref.sheet, range: { top: r, left, bottom: r, right } });
  return out;
}

/** A method of a chart object; returns the object a method makes, or nothing. */
export function chartCall(h: ChartHandle, name: string, args: readonly unknown[], guardProtected: (sheet: SimSheet, what: string) => void): ChartHandle | undefined {
  if (h.t === 'charts' && name === 'Add') {
    guardProtected(h.sheet, 'Charts.Add');
    const [type, source, seriesBy] = args;
    if (!oneOf('ChartType')(type)) throw new ExcelError('InvalidArgument', `The chart type ${String(type)} is not valid.`);
    if (seriesBy !== undefined && seriesBy !== null && !oneOf('ChartSeriesBy')(seriesBy)) throw new ExcelError('InvalidArgument', `seriesBy ${JSON.stringify(seriesBy)} is not valid.`);
    const data = chartRef(source, 'Charts.Add');
    // Auto: Excel makes a series of each column when there are at least as many rows as columns.
    const height = data.range.bottom - data.range.top + 1;
    const width = data.range.right - data.range.left + 1;
    const byColumns = seriesBy === 'Columns' || ((seriesBy === 'Auto' || seriesBy === undefined || seriesBy === null) && height >= width);
    const chart: SimChart = { type: String(type), position: null, props: {}, series: [] };
    lines(data, byColumns).forEach((values, i) => chart.series.push({ name: `Series${i + 1}`, values, xValues: null, props: {} }));
    h.sheet.charts.push(chart);
    return { t: 'chart', sheet: h.sheet, chart };
  }
  if (h.t === 'chart' && name === 'SetPosition') {
    const [start, end] = args.map((a) => (typeof a === 'string' ? parseAddress(a) : null));
    if (!start || !end || start.sheet !== null || end.sheet !== null) throw new ExcelError('InvalidArgument', 'SetPosition needs two cell addresses on the chart’s sheet.');
    h.chart.position = { from: { row: start.range.top, col: start.range.left }, to: { row: end.range.bottom, col: end.range.right } };
    return undefined;
  }
  if (h.t === 'seriesCollection' && name === 'Add') {
    const series: SimSeries = { name: typeof args[0] === 'string' ? args[0] : `Series${h.chart.series.length + 1}`, values: null, xValues: null, props: {} };
    const at = typeof args[1] === 'number' ? args[1] : h.chart.series.length;
    h.chart.series.splice(at, 0, series);
    return { t: 'series', sheet: h.sheet, chart: h.chart, series };
  }
  if (h.t === 'series' && (name === 'SetValues' || name === 'SetXAxisValues')) {
    const ref = chartRef(args[0], name);
    // Values are one row or one column; category labels may be a block of several columns (one level each).
    if (name === 'SetValues' && ref.range.top !== ref.range.bottom && ref.range.left !== ref.range.right) throw new ExcelError('InvalidArgument', `${name}: a series reads one row or one column.`);
    if (name === 'SetValues') h.series.values = ref;
    else h.series.xValues = ref;
    return undefined;
  }
  if (h.t === 'seriesPart' && h.path === 'Format.Fill' && name === 'SetSolidColor') {
    if (!isColor(args[0])) throw new ExcelError('InvalidArgument', `The colour ${String(args[0])} is not valid.`);
    h.series.props['Format.Fill.Color'] = args[0];
    return undefined;
  }
  return refuse(h, name);
}

/** A property write on a chart object. */
export function chartSetProperty(h: ChartHandle, name: string, value: unknown): void {
  const accepts = h.t === 'chartPart' ? PART_PROPERTIES[h.path]?.[name] : h.t === 'series' ? SERIES_PROPERTIES['']?.[name] : h.t === 'seriesPart' ? SERIES_PROPERTIES[h.path]?.[name] : undefined;
  if (!accepts) return refuse(h, `${name} =`);
  if (!accepts(value)) throw new ExcelError('InvalidArgument', `${name} = ${JSON.stringify(value)} is not valid.`);
  if (h.t === 'chartPart') h.chart.props[`${h.path}.${name}`] = value;
  else if (h.t === 'series' && name === 'Name') h.series.name = String(value);
  else if (h.t === 'series' || h.t === 'seriesPart') h.series.props[h.t === 'series' ? name : `${h.path}.${name}`] = value;
}

/** The items of a chart collection handle (null: not one). */
export function chartItems(h: ChartHandle): ChartHandle[] | null {
  if (h.t === 'charts') return h.sheet.charts.map((chart) => ({ t: 'chart', sheet: h.sheet, chart }));
  if (h.t === 'seriesCollection') return h.chart.series.map((series) => ({ t: 'series', sheet: h.sheet, chart: h.chart, series }));
  return null;
}
