/**
 * Exact reading of a sheet our template wrote: the stamp says how many plan rows and rows per month it
 * has, so src/template/template-layout.ts says where every input sits — whatever the labels' language.
 * When the sheet no longer fits that layout (rows inserted on an unprotected copy), the caller falls
 * back to the tolerant path.
 */
import { cellText } from '../domain/grid';
import type { Entry, MonthBlock, Rate, Stamp, StatusSheet, Summary, TracedText } from '../domain/status-sheet';
import { layoutForStamp, rateInputsOf, TEMPLATE_COLUMNS, type SummaryLayout, type TemplateLayout } from '../domain/template-layout';
import { canonicalCommittee, normalizeWorkingGroup } from '../domain/committee-names';
import { addressOf, type GridView } from './grid-view';
import { entryPlanTags, toPlanItems } from './parse-plan-numbers';
import { parseRateCell } from './parse-rate';

/** Reads a stamped sheet by its layout; null when the grid does not have that layout's label cells. */
export function readTemplateSheet(view: GridView, stamp: Stamp): Omit<StatusSheet, 'sheetName'> | null {
  const layout = layoutForStamp(stamp);
  if (!fitsLayout(view, layout)) return null;
  const traced = (row: number, col: number): TracedText | null => {
    const text = view.text(row, col);
    return text === '' ? null : { value: text, cell: addressOf(row, col) };
  };
  const planTexts = layout.plans.flatMap((p, i) => {
    const text = traced(p.input.row, p.input.col);
    const number = stamp.plans[i];
    return text ? [{ text: text.value, cell: text.cell, ...(number ? { number } : {}) }] : [];
  });
  return {
    origin: 'template',
    stamp,
    committee: { value: stamp.committee, cell: addressOf(layout.title.row, layout.title.col) },
    committeeCanonical: canonicalCommittee(stamp.committee),
    workingGroup: stamp.workingGroup ? { value: normalizeWorkingGroup(stamp.workingGroup), cell: addressOf(layout.title.row, layout.title.col) } : null,
    fiscalYear: { value: stamp.fiscalYear, cell: addressOf(layout.yearLine.row, layout.yearLine.col) },
    philosophy: traced(layout.philosophy.input.row, layout.philosophy.input.col),
    goal: traced(layout.goal.input.row, layout.goal.input.col),
    planNumbers: [...stamp.plans],
    planNumbersCell: addressOf(layout.planNumbers.row, layout.planNumbers.col),
    plans: toPlanItems(stamp.plans, planTexts),
    months: layout.months.map((m): MonthBlock => ({
      month: m.month,
      label: addressOf(m.firstRow, TEMPLATE_COLUMNS.month),
      entries: Array.from({ length: m.rowCount }, (_, i) => entryAt(view, m.firstRow + i)).filter((e): e is Entry => e !== null),
    })),
    summaries: {
      firstHalf: summaryAt(view, layout.summaries.firstHalf),
      secondHalf: summaryAt(view, layout.summaries.secondHalf),
      annual: summaryAt(view, layout.summaries.annual),
    },
    rateInputs: rateInputsOf(layout),
  };
}

/** The header, every month label and every summary label stand where the layout puts them. */
function fitsLayout(view: GridView, layout: TemplateLayout): boolean {
  if (view.text(layout.headerRow, TEMPLATE_COLUMNS.do) === '') return false;
  if (layout.months.some((m) => view.text(m.firstRow, TEMPLATE_COLUMNS.month) === '')) return false;
  const summaries = [layout.summaries.firstHalf, layout.summaries.secondHalf, layout.summaries.annual];
  return summaries.every((s) => view.text(s.label.row, s.label.col) !== '');
}

function entryAt(view: GridView, row: number): Entry | null {
  const at = (col: number): TracedText | null => {
    const text = view.text(row, col);
    return text === '' ? null : { value: text, cell: addressOf(row, col) };
  };
  const entry: Entry = { row, do: at(TEMPLATE_COLUMNS.do), check: at(TEMPLATE_COLUMNS.check), action: at(TEMPLATE_COLUMNS.action), planTags: [] as string[] };
  if (!entry.do && !entry.check && !entry.action) return null;
  entry.planTags = entryPlanTags([entry.do, entry.check, entry.action]);
  return entry;
}

function summaryAt(view: GridView, slot: SummaryLayout): Summary {
  const rateCell = view.cell(slot.rate.row, slot.rate.col);
  const rawText = cellText(rateCell).trim();
  let rate: Rate | null = null;
  if (rawText !== '') {
    // Anything typed into the rate input is the rate; text that is no number stays raw for validation.
    const parsed = parseRateCell(rateCell);
    rate = { value: parsed?.value ?? null, raw: parsed?.raw ?? rawText, cell: addressOf(slot.rate.row, slot.rate.col) };
  }
  const comment = view.text(slot.comment.row, slot.comment.col);
  return {
    kind: slot.kind,
    label: addressOf(slot.label.row, slot.label.col),
    rate,
    comment: comment === '' ? null : { value: comment, cell: addressOf(slot.comment.row, slot.comment.col) },
    extra: [],
  };
}
