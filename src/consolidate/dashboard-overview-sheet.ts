/**
 * 集約_概要 (Summary_Overview): the one page the secretariat prints for the plenary, first sheet of the
 * dashboard. Left: who submitted and who is missing, then the rates chart; right: texts per theme and their
 * chart; below: the plans under the threshold, furthest behind first (each with its row on 集約_達成率 and
 * its source), and the main themes with one representative text and its source cell. Lists are capped so
 * the page stays one A4 landscape page (fit to 1 × 1); what is left out is counted and found elsewhere.
 */
import { toA1 } from '../domain/cell-ref';
import type { CellSpec, ChartSpec, ConditionalFormat, SheetSpec } from '../domain/sheet-spec';
import { DASHBOARD_MARK_NAME } from '../domain/stamp';
import type { CommentRow, Dashboard, RateRow } from './dashboard';
import { committeeChart, planChart } from './dashboard-rate-charts';
import type { DashboardSheetDecl, RenderContext, SheetHeading } from './dashboard-table';
import { linesFor } from './table-sheet';
import { pickRepresentative } from './themes/theme-summary';

/** Column widths: A–G the left half (group, plan, three rates, row), H a gap, I–M the right half. */
const WIDTHS = [14, 22, 10, 8, 8, 8, 18, 2, 24, 8, 22, 16, 16];
const LAST_COL = WIDTHS.length - 1;
const LEFT = { from: 0, to: 6 };
const RIGHT = { from: 8, to: LAST_COL };
/** Above this many plans the overview shows the committee averages: a bar per plan would not be readable. */
const MAX_PLANS_IN_CHART = 30;
const MAX_BEHIND = 12;
const MAX_THEMES_COUNTED = 12;
const TOP_THEMES = 5;
const MAX_NAMES = 30;
const MAX_SOURCES = 8;
const MAX_TEXT = 140;
const CHART_ROWS = 22;
const RED = 'F8CBAD';
const GROUP_HEADERS = { committee: { ja: '部会', en: 'Committee' }, workingGroup: { ja: 'WG', en: 'WG' }, plans: { ja: '計画', en: 'Plans' } } as const;

const STYLES: SheetSpec['styles'] = {
  title: { bold: true, fontSize: 16 },
  subtitle: { fontColor: '595959', fontSize: 9 },
  note: { fontColor: '595959', fontSize: 9, wrap: true, vertical: 'top' },
  caption: { bold: true, fontSize: 12, fontColor: '1F4E79' },
  line: { wrap: true, vertical: 'top' },
  strong: { bold: true, wrap: true, vertical: 'top' },
  header: { bold: true, fill: 'DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  text: { vertical: 'top', wrap: true, border: 'thin' },
  center: { horizontal: 'center', vertical: 'top', border: 'thin' },
  rate: { horizontal: 'center', vertical: 'top', numberFormat: '0"%"', border: 'thin' },
  count: { horizontal: 'right', vertical: 'top', numberFormat: '0', border: 'thin' },
  link: { horizontal: 'center', vertical: 'top', fontColor: '0563C1', border: 'thin' },
};

/** The sheet being laid out: cells, merges and heights, placed row by row. */
class Page {
  readonly cells: CellSpec[] = [];
  readonly merges: SheetSpec['merges'] = [];
  readonly heights = new Map<number, number>();

  /** A value in `from`…`to` of `row` (merged when wider than one column); wrapped text gets the lines it needs. */
  put(row: number, from: number, to: number, value: string | number | null, style: string): void {
    this.cells.push({ row, col: from, value, style });
    if (to > from) this.merges.push({ top: row, left: from, bottom: row, right: to });
    const border = STYLES[style]?.border === 'thin';
    // Bordered cells of a merge carry the border too, so the frame is whole in every reader.
    if (border) for (let col = from + 1; col <= to; col++) this.cells.push({ row, col, value: null, style });
    if (STYLES[style]?.wrap) {
      const width = WIDTHS.slice(from, to + 1).reduce((a, b) => a + b, 0);
      const size = STYLES[style]?.fontSize ?? 11;
      this.height(row, Math.min(120, Math.ceil((linesFor(value, width * (11 / size)) * 15 * size) / 11) + 3));
    }
  }

  /**
   * A wrapped text over `from`…`to` merged down as many rows as its lines need, so the rows beside it (the
   * other half of the page) keep their own height; returns the next free row.
   */
  paragraph(row: number, from: number, to: number, value: string, style: string): number {
    const width = WIDTHS.slice(from, to + 1).reduce((a, b) => a + b, 0);
    const lines = Math.min(12, linesFor(value, width));
    this.cells.push({ row, col: from, value, style });
    if (to > from || lines > 1) this.merges.push({ top: row, left: from, bottom: row + lines - 1, right: to });
    return row + lines;
  }

  height(row: number, points: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 15, points));
  }
}

const groupName = (committee: string, workingGroup: string | null): string => (workingGroup ? `${committee} ${workingGroup}` : committee);

/** Up to `max` names joined, the rest counted. */
function nameList(names: readonly string[], max: number, context: RenderContext): string {
  const O = context.labels.overview;
  const shown = names.slice(0, max).join(O.separator);
  return names.length > max ? `${shown}${O.separator}${O.more(names.length - max)}` : shown;
}

/** A long text cut, visibly: its source cell stands beside it. */
const clip = (text: string, context: RenderContext): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}${context.labels.overview.cut}` : text);

/** Title, subtitle and the source files. */
function headingRows(page: Page, d: Dashboard, context: RenderContext, heading: SheetHeading): number {
  page.put(0, 0, LAST_COL, heading.title, 'title');
  page.height(0, 26);
  page.put(1, 0, LAST_COL, heading.subtitle, 'subtitle');
  const files = [...new Set([...d.submissions.flatMap((s) => (s.file ? [s.file] : [])), ...d.failures.map((f) => f.file)])];
  page.put(2, 0, LAST_COL, context.labels.overview.sources(files.length, nameList(files, MAX_SOURCES, context)), 'note');
  return 4;
}

/** Who submitted, who is missing (from the roster) and how many rows need a look; returns the next free row. */
function submissionRows(page: Page, d: Dashboard, context: RenderContext, row: number): number {
  const O = context.labels.overview;
  page.put(row, LEFT.from, LEFT.to, O.submissions, 'caption');
  const submitted = d.submissions.filter((s) => s.status === 'submitted');
  const groups = [...new Set(submitted.map((s) => groupName(s.committee, s.workingGroup)))];
  let at = page.paragraph(row + 1, LEFT.from, LEFT.to, O.submitted(submitted.length, groups.length), 'strong');
  at = page.paragraph(at, LEFT.from, LEFT.to, `${O.submittedNames}: ${nameList(groups, MAX_NAMES, context) || context.labels.none}`, 'line');
  const missing = d.submissions.filter((s) => s.status === 'missing').map((s) => groupName(s.committee, s.workingGroup) + (s.plans ? ` ${s.plans}` : ''));
  const missingLine = d.rosterGiven ? `${O.missing(missing.length)}: ${nameList(missing, MAX_NAMES, context) || context.labels.none}` : O.noRoster;
  at = page.paragraph(at, LEFT.from, LEFT.to, missingLine, missing.length > 0 ? 'strong' : 'line');
  // Earlier years' sheets of a comparison are not a problem to look at: they are counted on their own line.
  const earlier = d.submissions.filter((s) => s.status === 'earlier_year').length;
  if (earlier > 0) at = page.paragraph(at, LEFT.from, LEFT.to, O.earlier(earlier, context.labels.sheets.years), 'line');
  const others = d.submissions.filter((s) => s.status !== 'submitted' && s.status !== 'missing' && s.status !== 'earlier_year').length;
  return others === 0 ? at : page.paragraph(at, LEFT.from, LEFT.to, O.others(others, context.labels.sheets.submissions), 'line');
}

/** Texts per theme (those with any), most first; the theme chart reads these cells. Returns the rows used. */
function themeCountRows(page: Page, d: Dashboard, context: RenderContext, row: number): { next: number; data: { top: number; bottom: number } | null } {
  const O = context.labels.overview;
  page.put(row, RIGHT.from, RIGHT.to, O.themeCounts, 'caption');
  const counted = rankedThemes(d).slice(0, MAX_THEMES_COUNTED);
  page.put(row + 1, RIGHT.from, RIGHT.from, O.theme, 'header');
  page.put(row + 1, RIGHT.from + 1, RIGHT.from + 1, O.count, 'header');
  if (counted.length === 0) {
    page.put(row + 2, RIGHT.from, RIGHT.to, O.noThemes, 'line');
    return { next: row + 3, data: null };
  }
  counted.forEach((t, i) => {
    page.put(row + 2 + i, RIGHT.from, RIGHT.from, context.locale === 'ja' ? t.theme : t.en, 'text');
    page.put(row + 2 + i, RIGHT.from + 1, RIGHT.from + 1, t.count, 'count');
  });
  return { next: row + 2 + counted.length, data: { top: row + 2, bottom: row + 1 + counted.length } };
}

/** The themes with texts, most first (ties in table order). */
function rankedThemes(d: Dashboard): Dashboard['themes']['summary'] {
  return d.themes.summary
    .map((t, index) => ({ t, index }))
    .filter((x) => x.t.count > 0)
    .sort((a, b) => b.t.count - a.t.count || a.index - b.index)
    .map((x) => x.t);
}

/** The plans under the threshold: group, plan, rates, their row on 集約_達成率 and the source sheet. */
function behindRows(page: Page, d: Dashboard, context: RenderContext, row: number, ratesRow: (r: RateRow, at: { row: number; col: number }) => string, formats: ConditionalFormat[]): number {
  const O = context.labels.overview;
  page.put(row, LEFT.from, LAST_COL, O.behind(context.threshold), 'caption');
  // The furthest behind first, by its latest rate (annual, else second half, else first): when the list is cut,
  // what is left out is what recovered most.
  const latest = (r: RateRow): number => r.annual ?? r.secondHalf ?? r.firstHalf ?? 100;
  const behind = d.rates.filter((r) => r.flagged).sort((a, b) => latest(a) - latest(b));
  if (behind.length === 0) {
    page.put(row + 1, LEFT.from, LAST_COL, O.behindNone, 'line');
    return row + 2;
  }
  const h = row + 1;
  const headers = [GROUP_HEADERS.committee[context.locale], GROUP_HEADERS.workingGroup[context.locale], GROUP_HEADERS.plans[context.locale], context.labels.charts.firstHalf, context.labels.charts.secondHalf, context.labels.charts.annual, O.row(context.labels.sheets.rates)];
  headers.forEach((text, col) => page.put(h, col, col, text, 'header'));
  page.put(h, RIGHT.from, RIGHT.to, O.source, 'header');
  const shown = behind.slice(0, MAX_BEHIND);
  shown.forEach((r, i) => {
    const at = h + 1 + i;
    page.put(at, 0, 0, r.committeeCanonical, 'text');
    page.put(at, 1, 1, r.workingGroup ?? '', 'text');
    page.put(at, 2, 2, r.plans.join('・'), 'center');
    page.put(at, 3, 3, r.firstHalf, 'rate');
    page.put(at, 4, 4, r.secondHalf, 'rate');
    page.put(at, 5, 5, r.annual, 'rate');
    page.put(at, 6, 6, ratesRow(r, { row: at, col: 6 }), 'link');
    page.put(at, RIGHT.from, RIGHT.to, `${r.file} / ${r.sheet}`, 'text');
  });
  formats.push({ range: { top: h + 1, left: 3, bottom: h + shown.length, right: 5 }, rule: { type: 'lessThan', value: context.threshold, fill: RED } });
  const next = h + 1 + shown.length;
  if (behind.length <= shown.length) return next;
  page.put(next, LEFT.from, LAST_COL, O.seeRates(behind.length - shown.length, context.labels.sheets.rates), 'note');
  return next + 1;
}

/** The main themes, each with its most telling text and that text's source cell. */
function topThemeRows(page: Page, d: Dashboard, context: RenderContext, row: number): number {
  const O = context.labels.overview;
  page.put(row, LEFT.from, LAST_COL, O.topThemes, 'caption');
  const top = rankedThemes(d).slice(0, TOP_THEMES);
  if (top.length === 0) {
    page.put(row + 1, LEFT.from, LAST_COL, O.noThemes, 'line');
    return row + 2;
  }
  const h = row + 1;
  page.put(h, 0, 0, O.theme, 'header');
  page.put(h, 1, 6, O.representative, 'header');
  page.put(h, RIGHT.from, RIGHT.from, O.group, 'header');
  page.put(h, RIGHT.from + 1, RIGHT.to, O.cite, 'header');
  // One text stands for one theme: a text that speaks of two top themes is not shown twice when another fits.
  const used = new Set<CommentRow>();
  top.forEach((t, i) => {
    const text: CommentRow | null = pickRepresentative(d.themes.tagged, t.id, (x) => used.has(x)) ?? pickRepresentative(d.themes.tagged, t.id);
    if (text) used.add(text);
    const at = h + 1 + i;
    page.put(at, 0, 0, O.themeWithCount(context.locale === 'ja' ? t.theme : t.en, t.count), 'text');
    page.put(at, 1, 6, text ? clip(text.text, context) : '', 'text');
    page.put(at, RIGHT.from, RIGHT.from, text ? groupName(text.committee, text.workingGroup) : '', 'text');
    page.put(at, RIGHT.from + 1, RIGHT.to, text ? `${text.file} / ${text.sheet} / ${text.cell ?? '-'}` : '', 'text');
  });
  return h + 1 + top.length;
}

/** The rates chart: per plan from 集約_達成率's chart data, or per committee when the plans are too many. */
function ratesChart(d: Dashboard, context: RenderContext, rates: SheetSpec | undefined, anchor: ChartSpec['anchor']): ChartSpec | null {
  if (!rates) return null;
  return d.rates.length <= MAX_PLANS_IN_CHART ? planChart(rates, context, anchor, true) : committeeChart(rates, context, anchor, true);
}

/** Lays out 集約_概要. */
function renderOverview(d: Dashboard, context: RenderContext, heading: SheetHeading, sheetOf: (key: DashboardSheetDecl['key']) => SheetSpec | undefined): SheetSpec {
  const page = new Page();
  const formats: ConditionalFormat[] = [];
  const start = headingRows(page, d, context, heading);
  const left = submissionRows(page, d, context, start);
  const themes = themeCountRows(page, d, context, start);
  const chartTop = Math.max(left, themes.next) + 1;
  const anchorLeft = { top: chartTop, left: LEFT.from, bottom: chartTop + CHART_ROWS - 1, right: LEFT.to };
  const rates = sheetOf('rates');
  const charts: ChartSpec[] = [];
  const rateChart = ratesChart(d, context, rates, anchorLeft);
  if (rateChart) charts.push(rateChart);
  const data = themes.data;
  if (data) {
    const column = (col: number) => ({ range: { top: data.top, left: col, bottom: data.bottom, right: col } });
    charts.push({
      type: 'bar',
      direction: 'bar',
      title: context.labels.charts.themesTitle,
      anchor: { top: chartTop, left: RIGHT.from, bottom: chartTop + CHART_ROWS - 1, right: RIGHT.to },
      categories: column(RIGHT.from),
      series: [{ name: context.labels.charts.axisCount, values: column(RIGHT.from + 1), color: 'F4B183' }],
      valueAxis: { min: 0, title: context.labels.charts.axisCount },
      showLegend: false,
    });
  }
  const ratesTable = rates?.tables.find((t) => t.name === 'BukaiRates');
  const links: NonNullable<SheetSpec['links']> = [];
  // The plan's row on 集約_達成率, as text (printed) and as a link (clicked).
  const ratesRow = (r: RateRow, at: { row: number; col: number }): string => {
    if (!ratesTable || !rates) return '';
    const row = ratesTable.range.top + 1 + d.rates.indexOf(r);
    links.push({ ...at, to: { sheet: rates.name, row, col: 0 } });
    return `${rates.name}!${toA1(row, 0)}`;
  };
  const behindEnd = behindRows(page, d, context, chartTop + CHART_ROWS + 1, ratesRow, formats);
  const end = topThemeRows(page, d, context, behindEnd + 1);
  return {
    name: heading.name,
    tabColor: 'C00000',
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: [...page.heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height })),
    styles: STYLES,
    cells: page.cells,
    merges: page.merges,
    validations: [],
    conditionalFormats: formats,
    tables: [],
    names: [{ name: DASHBOARD_MARK_NAME, range: { top: 0, left: 0, bottom: 0, right: 0 }, scope: 'sheet' }],
    freeze: null,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, fitToHeight: true, titleRows: null, area: { top: 0, left: 0, bottom: end - 1, right: LAST_COL } },
    ...(charts.length > 0 ? { charts } : {}),
    ...(links.length > 0 ? { links } : {}),
    protect: false,
  };
}

/** The 集約_概要 sheet: no tables of its own, laid out by hand. */
export const overviewSheet: DashboardSheetDecl = { key: 'overview', tables: [], layout: renderOverview };
