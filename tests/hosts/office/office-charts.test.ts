import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';
import { fixtureDashboardSpecs } from '../../helpers/repeated-fixtures';
import { sheetSpec } from '../../helpers/sheet-spec-builder';
import { chartExampleSpecs } from '../xlsx/write-chart-example';
import { SimulatedExcel } from './simulator/simulated-excel';
import type { SimChart, SimChartRef } from './simulator/simulated-workbook';
import { SimWorkbook } from './simulator/simulated-workbook';
import { addSheets, replaceOurSheets } from '../../../src/jobs/sheet-placement';

function excel(): { excel: SimulatedExcel; host: OfficeWorkbookHost } {
  const sim = new SimulatedExcel(new SimWorkbook(['Sheet1']));
  return { excel: sim, host: new OfficeWorkbookHost(sim.run()) };
}

/** A series reference as "sheet!top,left:bottom,right" (or #REF! once its sheet is gone). */
const ref = (r: SimChartRef | null): string => (r === null ? 'none' : r.broken ? '#REF!' : `${r.sheet.name}!${r.range.top},${r.range.left}:${r.range.bottom},${r.range.right}`);

describe('charts written by the Office host as native Excel charts', () => {
  it('draws the chart example (clustered bars with a threshold, laid-down bars, lines) reading the data sheet written after it, in one write sync', async () => {
    const { excel: sim, host } = excel();
    const before = sim.syncs.length;
    await addSheets(host, chartExampleSpecs());
    expect(sim.syncs.length - before).toBe(2);
    const [bars, laid, lines] = sim.book.sheet('グラフ')!.charts as [SimChart, SimChart, SimChart];
    expect([bars.type, laid.type, lines.type]).toEqual(['ColumnClustered', 'BarClustered', 'Line']);

    expect(bars.series.map((s) => s.name)).toEqual(['上期', '下期', '年間', '目安 60%']);
    expect(bars.series.map((s) => ref(s.values))).toEqual(['データ!1,1:5,1', 'データ!1,2:5,2', 'データ!1,3:5,3', 'データ!1,4:5,4']);
    expect(new Set(bars.series.map((s) => ref(s.xValues)))).toEqual(new Set(['データ!1,0:5,0']));
    expect(bars.series[2]?.props['Format.Fill.Color']).toBe('#1F4E79');
    expect(bars.series[3]?.props).toMatchObject({ ChartType: 'Line', 'Format.Line.LineStyle': 'Dash', 'Format.Line.Color': '#C00000', MarkerStyle: 'None' });
    expect(bars.props).toMatchObject({
      'Title.Visible': true,
      'Title.Text': '部会別の達成率（上期・下期・年間）',
      'Legend.Visible': true,
      'Legend.Position': 'Bottom',
      'Axes.CategoryAxis.Title.Text': '部会',
      'Axes.ValueAxis.Title.Text': '達成率（%）',
      'Axes.ValueAxis.Minimum': 0,
      'Axes.ValueAxis.Maximum': 100,
      'Axes.ValueAxis.NumberFormat': '0"%"',
    });
    expect(bars.position).toEqual({ from: { row: 2, col: 0 }, to: { row: 19, col: 7 } });

    expect(laid.props).toMatchObject({ 'Legend.Visible': false, 'Axes.CategoryAxis.ReversePlotOrder': true, 'Axes.CategoryAxis.Position': 'Maximum' });
    expect(laid.series.map((s) => [s.name, s.props['Format.Fill.Color']])).toEqual([['年間', '#5B9BD5']]);

    expect(lines.series.map((s) => s.name)).toEqual(['部会', 'WG', '目安 月4件']);
    expect(lines.series[0]?.props).toMatchObject({ 'Format.Line.Color': '#4472C4', MarkerStyle: 'Circle' });
    expect(lines.series[2]?.props).toMatchObject({ 'Format.Line.Color': '#7F7F7F', 'Format.Line.LineStyle': 'Dash' });
    expect(lines.props['Axes.ValueAxis.Maximum']).toBeUndefined();
  });

  it('points a chart of a second write at the sheets of that write, under their freed names', async () => {
    const { excel: sim, host } = excel();
    await addSheets(host, chartExampleSpecs());
    const names = await addSheets(host, chartExampleSpecs());
    expect(names).toEqual(['グラフ(2)', 'データ(2)']);
    const [bars] = sim.book.sheet('グラフ(2)')!.charts;
    expect(bars?.series.map((s) => ref(s.values))[0]).toBe('データ(2)!1,1:5,1');
  });

  it('keeps the charts of a replaced dashboard reading the new sheets, not the deleted ones', async () => {
    const specs = await fixtureDashboardSpecs(10);
    const rates = specs.find((s) => s.name === '集約_達成率')!;
    const submissions = specs.find((s) => s.name === '集約_提出状況')!;
    // A chart on one dashboard sheet reading another one by its name: that name stands for the new sheet.
    const withChart: SheetSpec = {
      ...submissions,
      charts: [{ type: 'bar', anchor: { top: 30, left: 0, bottom: 45, right: 6 }, categories: { sheet: rates.name, range: { top: 3, left: 0, bottom: 8, right: 0 } }, series: [{ name: '年度', values: { sheet: rates.name, range: { top: 3, left: 5, bottom: 8, right: 5 } } }] }],
    };
    const dashboard = specs.map((s) => (s === submissions ? withChart : s));
    const { excel: sim, host } = excel();
    await replaceOurSheets(host, dashboard);
    await replaceOurSheets(host, dashboard);
    expect(sim.book.sheets.map((s) => s.name).sort()).toEqual(['Sheet1', ...specs.map((s) => s.name)].sort());
    const charts = sim.book.sheet('集約_提出状況')!.charts;
    expect(charts.length).toBe(1);
    expect(charts[0]?.series.map((s) => [ref(s.values), ref(s.xValues)])).toEqual([['集約_達成率!3,5:8,5', '集約_達成率!3,0:8,0']]);
  });

  it('protects a sheet after its charts are drawn (a protected sheet takes no chart)', async () => {
    const { excel: sim, host } = excel();
    const spec = sheetSpec('保護', {
      protect: true,
      cells: [1, 2, 3].map((v, row) => ({ row, col: 0, value: v })),
      charts: [{ type: 'line', anchor: { top: 0, left: 2, bottom: 10, right: 8 }, categories: { range: { top: 0, left: 0, bottom: 2, right: 0 } }, series: [{ name: '件数', values: { range: { top: 0, left: 0, bottom: 2, right: 0 } } }] }],
    });
    await addSheets(host, [spec]);
    const sheet = sim.book.sheet('保護')!;
    expect(sheet.protected).toBe(true);
    expect(sheet.charts.map((c) => [c.type, c.props['Title.Visible'], ref(c.series[0]?.values ?? null)])).toEqual([['Line', false, '保護!0,0:2,0']]);
  });

  it('fails the write, and leaves the workbook as it was, when a chart reads a sheet that does not exist', async () => {
    const { excel: sim, host } = excel();
    const spec = sheetSpec('図', { charts: [{ type: 'bar', anchor: { top: 0, left: 0, bottom: 9, right: 5 }, categories: { sheet: 'ない', range: { top: 0, left: 0, bottom: 2, right: 0 } }, series: [{ name: 'x', values: { sheet: 'ない', range: { top: 0, left: 1, bottom: 2, right: 1 } } }] }] });
    await expect(addSheets(host, [spec])).rejects.toMatchObject({ code: 'ItemNotFound', restored: true });
    expect(sim.book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('the dashboard charts written by the Office host', () => {
  it('draws the overview and 集約_達成率 charts reading the dashboard’s cells: two-level plan axis, threshold line, theme bars', async () => {
    const { excel: sim, host } = excel();
    await replaceOurSheets(host, await fixtureDashboardSpecs(10));
    const overview = sim.book.sheet('集約_概要')!;
    const rates = sim.book.sheet('集約_達成率')!;
    const [plans, themes] = overview.charts as [SimChart, SimChart];
    expect(overview.charts.map((c) => [c.type, c.props['Title.Text']])).toEqual([
      ['ColumnClustered', '計画別の達成率（部会ごと）'],
      ['BarClustered', 'テーマ別の件数（評価・改善）'],
    ]);
    expect(rates.charts.map((c) => c.props['Title.Text'])).toEqual(['計画別の達成率（部会ごと）', '部会別の平均達成率']);
    // The plan chart reads 集約_達成率's chart data (rows 24–33: the ten FY2022 plans), committee, WG and plans as three levels.
    expect(plans.series.map((s) => [s.name, ref(s.values)])).toEqual([
      ['上半期', '集約_達成率!23,3:32,3'],
      ['下半期', '集約_達成率!23,4:32,4'],
      ['年度', '集約_達成率!23,5:32,5'],
      ['基準 60%', '集約_達成率!23,6:32,6'],
    ]);
    expect(new Set(plans.series.map((s) => ref(s.xValues)))).toEqual(new Set(['集約_達成率!23,0:32,2']));
    expect(plans.props['Axes.CategoryAxis.MultiLevel']).toBe(true);
    expect(plans.series[3]?.props).toMatchObject({ ChartType: 'Line', 'Format.Line.LineStyle': 'Dash' });
    // The cells it reads hold what the chart shows: committee and WG on their group's first row (below them empty:
    // Office.js writes '' as an empty cell, which a multi-level axis reads as "same group"), the plans on every row.
    const at = (row: number, col: number) => rates.cells.get(`${row},${col}`)?.value ?? null;
    expect([at(23, 0), at(23, 1), at(23, 2), at(24, 0), at(24, 1), at(24, 2), at(23, 5)]).toEqual(['くらし部会', 'ヘルパー人材育成WG', '①', '', '', '②', 80]);
    expect(themes.series.map((s) => ref(s.values))[0]).toMatch(/^集約_概要!\d+,9:\d+,9$/);
    expect(themes.props).toMatchObject({ 'Legend.Visible': false, 'Axes.CategoryAxis.ReversePlotOrder': true });
  });

  it('replaces the charts on a rerun: each sheet again holds its own two, reading the new sheets', async () => {
    const { excel: sim, host } = excel();
    const specs = await fixtureDashboardSpecs(10);
    await replaceOurSheets(host, specs);
    await replaceOurSheets(host, specs);
    expect(sim.book.sheets.map((s) => [s.name, s.charts.length]).filter(([, n]) => n !== 0)).toEqual([
      ['集約_概要', 2],
      ['集約_達成率', 2],
    ]);
    const refs = sim.book.sheets.flatMap((s) => s.charts.flatMap((c) => c.series.map((x) => ref(x.values))));
    expect(refs.filter((r) => r === '#REF!' || !/^集約_(達成率|概要)!/.test(r))).toEqual([]);
  });

  it('sets the overview up to print on one page (fit 1 × 1, its print area) and links its rows to 集約_達成率', async () => {
    const { excel: sim, host } = excel();
    const specs = await fixtureDashboardSpecs(10);
    await replaceOurSheets(host, specs);
    const area = specs[0]!.print.area!;
    expect(sim.book.sheet('集約_概要')!.pageLayout).toMatchObject({ Zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 }, printArea: `A1:M${area.bottom + 1}` });
    expect(sim.book.sheet('集約_達成率')!.pageLayout).toMatchObject({ Zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    // The rows of the plans under the threshold link to their row on 集約_達成率, showing the address they go to.
    const link = specs[0]!.links![0]!;
    const cell = sim.book.sheet('集約_概要')!.cells.get(`${link.row},${link.col}`);
    expect([cell?.link, cell?.value]).toEqual([`'集約_達成率'!A${link.to.row + 1}`, `集約_達成率!A${link.to.row + 1}`]);
    expect(sim.book.sheet('集約_達成率')!.pageLayout.printArea).toBeUndefined();
  });
});
