/**
 * An example workbook with every chart the writer can draw: achievement rates per committee as upright
 * clustered bars with a 60 % threshold line, the same as laid-down bars, and activity per month as lines.
 * Tests write it; `npx tsx tests/hosts/xlsx/write-chart-example.ts OUT.xlsx` writes it for a look.
 */
import { writeFileSync } from 'node:fs';
import type { CellSpec, SheetSpec } from '../../../src/domain/sheet-spec';
import { writeWorkbook } from '../../../src/hosts/xlsx/write-workbook';
import { sheetSpec } from '../../helpers/sheet-spec-builder';

const COMMITTEES = ['相談部会', '就労部会', 'くらし部会', 'こども部会', '権利擁護部会'];
const RATES = [
  [60, 80, 83],
  [38, 60, 68],
  [100, 100, 95],
  [45, 55, 58],
  [70, 75, 90],
];
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const ACTIVE = [
  [3, 4, 5, 5, 2, 4, 6, 6, 5, 3, 4, 6],
  [2, 2, 3, 4, 4, 5, 5, 4, 3, 2, 3, 4],
];

/** The data sheet and the chart sheet of the example. */
export function chartExampleSpecs(): SheetSpec[] {
  const cells: CellSpec[] = [{ row: 0, col: 0, value: '部会', style: 'head' }];
  ['上期', '下期', '年間', '目安'].forEach((h, i) => cells.push({ row: 0, col: i + 1, value: h, style: 'head' }));
  COMMITTEES.forEach((name, r) => {
    cells.push({ row: r + 1, col: 0, value: name });
    RATES[r]?.forEach((v, c) => cells.push({ row: r + 1, col: c + 1, value: v, style: 'rate' }));
    cells.push({ row: r + 1, col: 4, value: 60, style: 'rate' });
  });
  cells.push({ row: 8, col: 0, value: '月', style: 'head' }, { row: 8, col: 1, value: '部会', style: 'head' }, { row: 8, col: 2, value: 'WG', style: 'head' });
  cells.push({ row: 8, col: 3, value: '目安', style: 'head' });
  MONTHS.forEach((m, r) => {
    cells.push({ row: 9 + r, col: 0, value: m });
    ACTIVE.forEach((series, c) => cells.push({ row: 9 + r, col: c + 1, value: series[r] ?? 0 }));
    cells.push({ row: 9 + r, col: 3, value: 4 });
  });
  const data = sheetSpec('データ', {
    columns: [{ width: 16 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }],
    styles: { head: { bold: true, fill: 'DDEBF7', border: 'thin', horizontal: 'center' }, rate: { numberFormat: '0"%"' } },
    cells,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: null },
  });
  const rates = (col: number) => ({ sheet: 'データ', range: { top: 1, left: col, bottom: COMMITTEES.length, right: col } });
  const committees = { sheet: 'データ', range: { top: 1, left: 0, bottom: COMMITTEES.length, right: 0 } };
  const percentAxis = { title: '達成率（%）', min: 0, max: 100, numberFormat: '0"%"' };
  const charts = sheetSpec('グラフ', {
    columns: Array.from({ length: 16 }, () => ({ width: 9 })),
    styles: { title: { bold: true, fontSize: 14 } },
    cells: [{ row: 0, col: 0, value: 'グラフの例（部会別の達成率と月別の活動）', style: 'title' }],
    charts: [
      {
        type: 'bar',
        title: '部会別の達成率（上期・下期・年間）',
        anchor: { top: 2, left: 0, bottom: 19, right: 7 },
        categories: committees,
        series: [
          { name: '上期', values: rates(1) },
          { name: '下期', values: rates(2) },
          { name: '年間', values: rates(3), color: '1F4E79' },
        ],
        categoryAxis: { title: '部会' },
        valueAxis: percentAxis,
        threshold: { label: '目安 60%', values: rates(4) },
      },
      {
        type: 'bar',
        direction: 'bar',
        title: '年間の達成率',
        anchor: { top: 2, left: 8, bottom: 19, right: 15 },
        categories: committees,
        series: [{ name: '年間', values: rates(3), color: '5B9BD5' }],
        valueAxis: percentAxis,
        showLegend: false,
      },
      {
        type: 'line',
        title: '月別の活動件数',
        anchor: { top: 21, left: 0, bottom: 38, right: 15 },
        categories: { sheet: 'データ', range: { top: 9, left: 0, bottom: 20, right: 0 } },
        series: [
          { name: '部会', values: { sheet: 'データ', range: { top: 9, left: 1, bottom: 20, right: 1 } } },
          { name: 'WG', values: { sheet: 'データ', range: { top: 9, left: 2, bottom: 20, right: 2 } } },
        ],
        categoryAxis: { title: '月' },
        valueAxis: { title: '件数', min: 0 },
        threshold: { label: '目安 月4件', values: { sheet: 'データ', range: { top: 9, left: 3, bottom: 20, right: 3 } }, color: '7F7F7F' },
      },
    ],
  });
  return [charts, data];
}

if (require.main === module) {
  void writeWorkbook(chartExampleSpecs()).then((bytes) => writeFileSync(process.argv[2] ?? 'chart-example.xlsx', bytes));
}
