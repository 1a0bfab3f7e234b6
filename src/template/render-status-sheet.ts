/** The standard status sheet of one group and plan unit, rendered as a SheetSpec any host can write. */
import { formatFiscalYear } from '../domain/fiscal-calendar';
import { joinPlanNumbers } from '../domain/plan-number';
import type { SheetSpec } from '../domain/sheet-spec';
import { encodeStamp, SCHEMA_VERSION, STAMP_NAME } from '../domain/stamp';
import type { SummaryKind } from '../domain/status-sheet';
import { rangeOf, SheetSpecBuilder } from './sheet-spec-builder';
import { sheetNameFor } from './sheet-name';
import { RATE_NAMES, TEMPLATE_COLUMNS as C, TEMPLATE_LAST_COLUMN, templateLayout, type SummaryLayout } from '../domain/template-layout';
import { TEMPLATE_LABELS, type TemplateLabels } from './template-labels';
import { TemplateRequestSchema, type TemplateRequest } from './template-request';
import { TEMPLATE_COLUMN_WIDTHS, TEMPLATE_ROW_HEIGHTS as H, TEMPLATE_STYLES } from './template-styles';

export { parsePlanSheets } from './plan-sheets';
export { sheetNameFor } from './sheet-name';

const SUMMARY_KINDS: readonly SummaryKind[] = ['firstHalf', 'secondHalf', 'annual'];

/** The title line: 「就労部会 【雇用啓発WG】」, or just 「相談部会」 without a working group. */
export function templateTitle(committee: string, workingGroup: string | null): string {
  return workingGroup ? `${committee} 【${workingGroup}】` : committee;
}

/** Renders the standard sheet for one request (name: its natural sheet name; callers may rename). */
export function renderStatusSheet(request: TemplateRequest): SheetSpec {
  const req = TemplateRequestSchema.parse(request);
  const labels = TEMPLATE_LABELS[req.locale];
  const layout = templateLayout(req.plans.length, req.rowsPerMonth);
  const b = new SheetSpecBuilder();
  const wide = (row: number, from: number = C.quarter) => rangeOf(row, from, row, TEMPLATE_LAST_COLUMN);
  const labelAB = (row: number) => rangeOf(row, C.quarter, row, C.month);

  b.merged(wide(layout.title.row), templateTitle(req.committee, req.workingGroup), 'title').height(layout.title.row, H.title);
  const kindOfSheet = req.workingGroup ? labels.sheetTitleWithWg : labels.sheetTitle;
  b.merged(wide(layout.yearLine.row), `${formatFiscalYear(req.fiscalYear, req.locale)} ${kindOfSheet}`, 'subtitle');
  b.height(layout.yearLine.row, H.yearLine);

  b.merged(labelAB(layout.philosophy.label.row), labels.philosophy, 'label');
  b.merged(wide(layout.philosophy.input.row, C.do), null, 'input').height(layout.philosophy.input.row, H.philosophy);
  b.merged(labelAB(layout.goal.label.row), labels.goal, 'label');
  b.merged(wide(layout.goal.input.row, C.do), null, 'input').height(layout.goal.input.row, H.goal);

  b.merged(labelAB(layout.planNumbers.row), req.plans.length > 0 ? joinPlanNumbers(req.plans) : null, 'planNumber');
  b.merged(wide(layout.planLabel.row, C.do), labels.plan, 'label').height(layout.planLabel.row, H.planLabel);
  layout.plans.forEach((plan, i) => {
    b.merged(labelAB(plan.label.row), req.plans[i] ?? null, 'planNumber');
    b.merged(wide(plan.input.row, C.do), null, 'input').height(plan.input.row, H.plan);
  });

  const headers = [labels.quarterHeader, labels.monthHeader, labels.do, labels.check, labels.action];
  headers.forEach((text, col) => b.cell({ row: layout.headerRow, col }, text, 'header'));
  b.height(layout.headerRow, H.header);

  for (const q of layout.quarters) b.merged(rangeOf(q.firstRow, C.quarter, q.lastRow, C.quarter), labels.quarter(q.quarter), 'quarter');
  const monthRowHeight = layout.rowsPerMonth === 1 ? H.singleMonthRow : H.monthRow;
  for (const m of layout.months) {
    b.merged(rangeOf(m.firstRow, C.month, m.firstRow + m.rowCount - 1, C.month), labels.month(m.month), 'month');
    for (let row = m.firstRow; row < m.firstRow + m.rowCount; row++) {
      for (const col of [C.do, C.check, C.action]) b.cell({ row, col }, null, 'input');
      b.height(row, monthRowHeight);
    }
  }

  for (const kind of SUMMARY_KINDS) placeSummary(b, layout.summaries[kind], labels);

  const stamp = encodeStamp({
    schemaVersion: SCHEMA_VERSION,
    committee: req.committee,
    workingGroup: req.workingGroup,
    plans: req.plans,
    fiscalYear: req.fiscalYear,
    rowsPerMonth: layout.rowsPerMonth,
    createdAt: req.createdAt,
  });
  b.cell(layout.stamp, stamp, 'stamp').sheetName(STAMP_NAME, layout.stamp);

  return {
    name: sheetNameFor(req, []),
    columns: TEMPLATE_COLUMN_WIDTHS.map((width, col) => (col === C.stamp ? { width, hidden: true } : { width })),
    styles: { ...TEMPLATE_STYLES },
    ...b.parts(),
    conditionalFormats: [],
    tables: [],
    freeze: { rows: layout.headerRow + 1, cols: 0 },
    // Only the DO/CHECK/ACTION header repeats: repeating the tall 活動理念/活動目標 rows too left half of
    // every A4 page for the months. Each later quarter starts a page, so its vertical label is never cut.
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: layout.headerRow, to: layout.headerRow } },
    pageBreaks: layout.quarters.slice(1).map((q) => q.firstRow),
    protect: true,
  };
}

function placeSummary(b: SheetSpecBuilder, s: SummaryLayout, labels: TemplateLabels): void {
  b.merged(rangeOf(s.firstRow, C.quarter, s.firstRow + 1, C.month), labels.summary[s.kind], 'summaryLabel');
  b.cell(s.rateLabel, labels.rate, 'label');
  b.cell(s.rate, null, 'rate');
  b.merged(rangeOf(s.commentLabel.row, C.check, s.commentLabel.row, C.action), labels.comment, 'label');
  b.merged(rangeOf(s.comment.row, C.check, s.comment.row, C.action), null, 'input');
  b.height(s.firstRow, H.summaryLabel).height(s.firstRow + 1, H.summaryInput);
  b.validations.push({
    range: rangeOf(s.rate.row, s.rate.col),
    rule: { type: 'decimal', min: 0, max: 1 },
    prompt: labels.ratePrompt,
    error: labels.rateError,
  });
  b.sheetName(RATE_NAMES[s.kind], s.rate);
}
