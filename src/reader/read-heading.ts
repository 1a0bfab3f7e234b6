/** The part above the months: title (committee, WG, fiscal year), 活動理念, 活動目標 and the plan. */
import { STAMP_MARKER } from '../domain/stamp';
import type { PlanItem, ReadingNote, TracedText } from '../domain/status-sheet';
import { canonicalCommittee, normalizeWorkingGroup } from '../domain/committee-names';
import { matchHeadingField } from './form-vocabulary';
import { addressOf, type GridView, type RowCell } from './grid-view';
import { matchHeadingLabel, matchMonthLabel, matchPlanLabel, matchQuarterLabel, matchEntryHeader, planLabelLength } from './match-label';
import { splitLeadingPlanNumbers, toPlanItems, type PlanText } from './parse-plan-numbers';
import { parseLabelledFiscalYear } from './parse-fiscal-year';
import { parseTitle } from './parse-title';

export interface Heading {
  committee: TracedText | null;
  committeeCanonical: string | null;
  workingGroup: TracedText | null;
  fiscalYear: { value: number; cell: string | null } | null;
  philosophy: TracedText | null;
  goal: TracedText | null;
  planNumbers: string[];
  planNumbersCell: string | null;
  plans: PlanItem[];
  /** Title and labelled cells that name different groups or years. */
  notes: ReadingNote[];
}

/** What the labelled cells (「部会名 | 就労部会」, 「WG名 | …」, 「年度 | 2022年度」) say, each with its cell. */
interface Labelled {
  committee: TracedText | null;
  workingGroup: TracedText | null;
  fiscalYear: { value: number; cell: string } | null;
}

/** Reads the heading rows above `endRow` (the first header / quarter / month row). */
export function readHeading(view: GridView, endRow: number): Heading {
  const heading: Heading = {
    committee: null,
    committeeCanonical: null,
    workingGroup: null,
    fiscalYear: null,
    philosophy: null,
    goal: null,
    planNumbers: [],
    planNumbersCell: null,
    plans: [],
    notes: [],
  };
  const labelled: Labelled = { committee: null, workingGroup: null, fiscalYear: null };
  let planRow = -1;
  let inTitle = true;
  for (let r = 0; r < endRow; r++) {
    const cells = view.cells(r);
    // Title lines come first; once 活動理念 / 活動目標 / the plan start, 「…部会」 in a text is content.
    if (cells.some((c) => matchHeadingLabel(c.text) !== null || matchPlanLabel(c.text))) inTitle = false;
    const valueCells = inTitle ? readLabelledCells(labelled, r, cells) : new Set<RowCell>();
    for (const c of cells) {
      if (inTitle && !valueCells.has(c) && !c.text.startsWith(STAMP_MARKER)) readTitleCell(heading, c.text, addressOf(r, c.col));
      const label = matchHeadingLabel(c.text);
      if (label) {
        const value = cells.find((o) => o.col > c.col);
        if (value && heading[label] === null) heading[label] = { value: value.text, cell: addressOf(r, value.col) };
      }
      if (planRow === -1 && matchPlanLabel(c.text)) planRow = r;
    }
  }
  if (planRow !== -1) readPlan(view, planRow, endRow, heading);
  mergeLabelled(heading, labelled);
  return heading;
}

/** A label and its value in one cell: 「部会名：就労部会」, 「WG名: 雇用啓発WG」, 「年度：令和4年度」. */
const INLINE_LABEL = /^\s*([^:：]{1,12}?)\s*[:：]\s*(\S.{0,60})$/;

/** Takes the values beside heading labels; returns the label and value cells, which are no title text. */
function readLabelledCells(labelled: Labelled, row: number, cells: readonly RowCell[]): Set<RowCell> {
  const used = new Set<RowCell>();
  const take = (field: 'committee' | 'workingGroup' | 'fiscalYear', text: string, cell: string): void => {
    if (field === 'fiscalYear') {
      const year = parseLabelledFiscalYear(text);
      if (year !== null) labelled.fiscalYear ??= { value: year, cell };
    } else if (field === 'committee') labelled.committee ??= { value: text, cell };
    else labelled.workingGroup ??= { value: normalizeWorkingGroup(text), cell };
  };
  cells.forEach((c, i) => {
    // 「部会名：就労部会」 in one cell.
    const inline = INLINE_LABEL.exec(c.text);
    const inlineField = inline ? matchHeadingField(inline[1] ?? '') : null;
    if (inline && inlineField) {
      used.add(c);
      take(inlineField, (inline[2] ?? '').trim(), addressOf(row, c.col));
      return;
    }
    const field = matchHeadingField(c.text);
    const value = cells[i + 1];
    if (!field || !value || matchHeadingField(value.text) !== null) return;
    used.add(c).add(value);
    take(field, value.text, addressOf(row, value.col));
  });
  return used;
}

/** Fills what the title left open from the labelled cells, and notes where the two disagree. */
function mergeLabelled(heading: Heading, labelled: Labelled): void {
  const conflict = (reason: ReadingNote['reason'], a: { value: string | number; cell: string | null }, b: { value: string | number; cell: string | null }): void => {
    heading.notes.push({ kind: 'identity_conflict', reason, cells: [a.cell, b.cell].filter((x): x is string => x !== null), values: [String(a.value), String(b.value)] });
  };
  if (labelled.committee) {
    if (!heading.committee) {
      heading.committee = labelled.committee;
      heading.committeeCanonical = canonicalCommittee(labelled.committee.value);
    } else if (heading.committeeCanonical !== canonicalCommittee(labelled.committee.value)) conflict('committee', heading.committee, labelled.committee);
  }
  if (labelled.workingGroup) {
    if (!heading.workingGroup) heading.workingGroup = labelled.workingGroup;
    else if (heading.workingGroup.value !== labelled.workingGroup.value) conflict('working_group', heading.workingGroup, labelled.workingGroup);
  }
  if (labelled.fiscalYear) {
    if (!heading.fiscalYear) heading.fiscalYear = labelled.fiscalYear;
    else if (heading.fiscalYear.value !== labelled.fiscalYear.value) conflict('fiscal_year', heading.fiscalYear, labelled.fiscalYear);
  }
}

/** Takes from one title cell whatever part of the identity is still missing. */
function readTitleCell(heading: Heading, text: string, at: string): void {
  const parts = parseTitle(text);
  if (!heading.committee && parts.committee !== null) {
    heading.committee = { value: parts.committee, cell: at };
    heading.committeeCanonical = parts.committeeCanonical;
  }
  if (!heading.workingGroup && parts.workingGroup !== null) heading.workingGroup = { value: parts.workingGroup, cell: at };
  if (!heading.fiscalYear && parts.fiscalYear !== null) heading.fiscalYear = { value: parts.fiscalYear, cell: at };
}

/** The plan: numbers beside or below the label, texts below it or after it in the label cell. */
function readPlan(view: GridView, planRow: number, endRow: number, heading: Heading): void {
  const texts: PlanText[] = [];
  const numbers: string[] = [];
  const readRow = (r: number, cells: ReadonlyArray<{ col: number; text: string }>): void => {
    let rowNumber: string | null = null;
    const rowTexts: Array<{ text: string; cell: string }> = [];
    for (const c of cells) {
      const at = addressOf(r, c.col);
      const text = matchPlanLabel(c.text) ? c.text.slice(planLabelLength(c.text)).trim() : c.text;
      const { numbers: found, rest } = splitLeadingPlanNumbers(text);
      if (found.length > 0 && numbers.length === 0) {
        numbers.push(...found);
        heading.planNumbersCell = at;
      }
      // A cell holding a single number labels its row (「②」 beside 「・居宅介護スキルアップ研修」).
      if (found.length === 1 && rest === '') rowNumber = found[0] ?? null;
      if (rest !== '') rowTexts.push({ text: rest, cell: at });
    }
    for (const t of rowTexts) texts.push(rowNumber ? { ...t, number: rowNumber } : t);
  };
  readRow(planRow, view.cells(planRow));
  for (let r = planRow + 1; r < endRow; r++) {
    const cells = view.cells(r);
    if (cells.some((c) => matchEntryHeader(c.text) || matchQuarterLabel(c.text) !== null || matchMonthLabel(c.text) !== null)) break;
    if (cells.some((c) => matchHeadingLabel(c.text))) continue;
    readRow(r, cells);
  }
  heading.planNumbers = numbers;
  heading.plans = toPlanItems(numbers, texts);
}
