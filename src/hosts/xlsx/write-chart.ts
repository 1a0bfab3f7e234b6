/**
 * A ChartSpec → a DrawingML chart part (xl/charts/chartN.xml): a bar chart (several series side by side)
 * or a line chart over sheet ranges, with a title, two axes and an optional threshold line (a series too). Every series
 * carries the values it reads as a cache, so a reader that does not resolve references still draws it.
 */
import type { CellRange } from '../../domain/cell-ref';
import type { ChartCategories, ChartRange, ChartSpec } from '../../domain/sheet-spec';
import { DEFAULT_FONT_NAME } from './write-styles';
import { XML_DECLARATION, num, toAbsoluteRef, xmlText } from './write-xml';

/** The value of a cell of some sheet of the workbook being written (null: empty or no such cell). */
export type CellLookup = (sheet: string, row: number, col: number) => string | number | null;

/** Office's default series colours, in order. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300', '255E91', '43682B'];
const THRESHOLD_COLOR = 'C00000';
const CATEGORY_AXIS = 100;
const VALUE_AXIS = 200;
const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The chart part of `chart`, which stands on sheet `sheet`. */
export function chartXml(chart: ChartSpec, sheet: string, lookup: CellLookup): string {
  const catXml = categoriesXml(chart.categories, sheet, lookup);
  const series = chart.series.map((s, i) => {
    const values = cellsOf(s.values, sheet, lookup);
    const color = s.color ?? PALETTE[i % PALETTE.length] ?? '4472C4';
    const valXml = `<c:val><c:numRef><c:f>${xmlText(values.ref)}</c:f>${numCache(values.values, chart.valueAxis?.numberFormat)}</c:numRef></c:val>`;
    const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`;
    return chart.type === 'bar'
      ? `<c:ser>${head}<c:spPr>${solid(color)}</c:spPr><c:invertIfNegative val="0"/>${catXml}${valXml}</c:ser>`
      : `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${solid(color)}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/>` +
          `<c:spPr>${solid(color)}</c:spPr></c:marker>${catXml}${valXml}<c:smooth val="0"/></c:ser>`;
  });
  const threshold = chart.threshold ? thresholdSeries(chart.threshold, chart.series.length, catXml, cellsOf(chart.threshold.values, sheet, lookup)) : '';
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const horizontal = chart.type === 'bar' && chart.direction === 'bar';
  const plots =
    chart.type === 'bar'
      ? `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}` +
        `<c:gapWidth val="80"/><c:overlap val="-10"/>${axes}</c:barChart>` +
        (threshold ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${threshold}<c:marker val="1"/>${axes}</c:lineChart>` : '')
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}${threshold}<c:marker val="1"/>${axes}</c:lineChart>`;
  const legend = chart.showLegend === false ? '' : '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>';
  return (
    `${XML_DECLARATION}<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>` +
    (chart.title ? `<c:title>${richText(chart.title, 1300, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>') +
    `<c:plotArea><c:layout/>${plots}${categoryAxisXml(chart, horizontal)}${valueAxisXml(chart, horizontal)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${font()}</a:defRPr></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}

/** The threshold as a dashed line series without markers. */
function thresholdSeries(threshold: NonNullable<ChartSpec['threshold']>, index: number, catXml: string, values: RangeValues): string {
  const color = threshold.color ?? THRESHOLD_COLOR;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${xmlText(threshold.label)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="22225">${solid(color)}<a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>` +
    `${catXml}<c:val><c:numRef><c:f>${xmlText(values.ref)}</c:f>${numCache(values.values, undefined)}</c:numRef></c:val><c:smooth val="0"/></c:ser>`
  );
}

function categoryAxisXml(chart: ChartSpec, horizontal: boolean): string {
  const title = chart.categoryAxis?.title;
  return (
    // Laid-down bars list the first category at the top, as the sheet does.
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/>${title ? `<c:title>${richText(title, 900, false)}<c:overlay val="0"/></c:title>` : ''}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln w="9525">${solid('BFBFBF')}</a:ln></c:spPr>` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valueAxisXml(chart: ChartSpec, horizontal: boolean): string {
  const axis = chart.valueAxis ?? {};
  // CT_Scaling's order: orientation, max, min.
  const scaling = `<c:orientation val="minMax"/>${axis.max === undefined ? '' : `<c:max val="${num(axis.max)}"/>`}${axis.min === undefined ? '' : `<c:min val="${num(axis.min)}"/>`}`;
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 't' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="9525">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    (axis.title ? `<c:title>${richText(axis.title, 900, false)}<c:overlay val="0"/></c:title>` : '') +
    `<c:numFmt formatCode="${xmlText(axis.numberFormat ?? 'General')}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * The category labels: a string reference, or for a block of several columns a multi-level one whose
 * cache lists the levels innermost first (CT_MultiLvlStrData), each level's empty cells left out.
 */
function categoriesXml(target: ChartCategories, ownSheet: string, lookup: CellLookup): string {
  const { top, left, bottom, right } = target.range;
  if (top === bottom || left === right) {
    const categories = cellsOf(target, ownSheet, lookup);
    return `<c:cat><c:strRef><c:f>${xmlText(categories.ref)}</c:f>${strCache(categories.values)}</c:strRef></c:cat>`;
  }
  const sheet = target.sheet ?? ownSheet;
  const levels: string[] = [];
  for (let col = right; col >= left; col--) {
    let pts = '';
    for (let row = top; row <= bottom; row++) {
      const v = lookup(sheet, row, col);
      if (v !== null && v !== '') pts += `<c:pt idx="${row - top}"><c:v>${xmlText(String(v))}</c:v></c:pt>`;
    }
    levels.push(`<c:lvl>${pts}</c:lvl>`);
  }
  const cache = `<c:multiLvlStrCache><c:ptCount val="${bottom - top + 1}"/>${levels.join('')}</c:multiLvlStrCache>`;
  return `<c:cat><c:multiLvlStrRef><c:f>${xmlText(toAbsoluteRef(sheet, target.range))}</c:f>${cache}</c:multiLvlStrRef></c:cat>`;
}

/** The cells of a chart range: its formula and the values they hold now. */
interface RangeValues {
  readonly ref: string;
  readonly values: ReadonlyArray<string | number | null>;
}

function cellsOf(target: ChartRange | ChartCategories, ownSheet: string, lookup: CellLookup): RangeValues {
  const sheet = target.sheet ?? ownSheet;
  const values: Array<string | number | null> = [];
  forEachCell(target.range, (row, col) => values.push(lookup(sheet, row, col)));
  return { ref: toAbsoluteRef(sheet, target.range), values };
}

function forEachCell(r: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) visit(row, col);
}

function strCache(values: ReadonlyArray<string | number | null>): string {
  const pts = values.map((v, i) => (v === null || v === '' ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: ReadonlyArray<string | number | null>, format: string | undefined): string {
  // Only numbers are points: a text or empty cell is a gap, as Excel draws it.
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>${xmlText(format ?? 'General')}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}>${font()}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="ja-JP" sz="${size}"${b}>${font()}</a:rPr><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function font(): string {
  return `<a:latin typeface="${DEFAULT_FONT_NAME}"/><a:ea typeface="${DEFAULT_FONT_NAME}"/>`;
}

function solid(rgb: string): string {
  return `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
}
