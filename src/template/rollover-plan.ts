/**
 * Roll-over as data: last year's status sheets (read models) → next year's groups, each with its sheets'
 * carried texts and the 「前年度の振り返り」 reference taken from the source, every text with its cell.
 */
import { groupKey } from '../domain/committee-names';
import type { FiscalMonth } from '../domain/fiscal-calendar';
import { outcome, type Outcome } from '../domain/outcomes';
import type { StatusSheet } from '../domain/status-sheet';

/** Where a reference text came from: file / sheet / cell. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
}

/** One ACTION of the last two quarters, with its month. */
export interface ReferenceAction {
  readonly month: FiscalMonth;
  readonly text: string;
  readonly source: SourceRef;
}

/** What the new sheet shows of last year, read-only. */
export interface ReferenceBlock {
  readonly fromYear: number | null;
  /** The annual rate as a percent ("80%"), or as written when it is not a number; null when the source had none. */
  readonly annualRate: { readonly raw: string; readonly source: SourceRef } | null;
  readonly annualComment: { readonly text: string; readonly source: SourceRef } | null;
  readonly actions: readonly ReferenceAction[];
}

/** One sheet of next year: the plan numbers it covers and what is carried into its inputs. */
export interface RolloverSheet {
  readonly source: SourceRef;
  readonly plans: readonly string[];
  readonly philosophy: string | null;
  readonly goal: string | null;
  /** One text per plan row (one row when the sheet has no plan numbers); null when none was found. */
  readonly planTexts: ReadonlyArray<string | null>;
  readonly reference: ReferenceBlock;
}

/** One group (committee + WG) of next year: one workbook. */
export interface RolloverGroup {
  readonly committee: string;
  readonly workingGroup: string | null;
  readonly sheets: readonly RolloverSheet[];
}

/** A status sheet with the file it came from. */
export interface RolloverSource {
  readonly file: string;
  readonly sheet: StatusSheet;
}

export interface RolloverPlan {
  readonly groups: readonly RolloverGroup[];
  /** What was missing or left out, per source sheet (worded by src/messages/). */
  readonly notes: ReadonlyArray<{ readonly file: string; readonly sheet: string; readonly outcome: Outcome<'rollover'> }>;
}

const LAST_TWO_QUARTERS: ReadonlySet<number> = new Set([10, 11, 12, 1, 2, 3]);

/** Groups the sources by committee + WG and takes what each sheet carries into next year. */
export function planRollover(sources: readonly RolloverSource[]): RolloverPlan {
  const groups = new Map<string, { committee: string; workingGroup: string | null; sheets: RolloverSheet[]; planKeys: Map<string, SourceRef> }>();
  const notes: Array<RolloverPlan['notes'][number]> = [];
  for (const { file, sheet } of sources) {
    const note = (o: Outcome<'rollover'>): void => void notes.push({ file, sheet: sheet.sheetName, outcome: o });
    const committee = sheet.committee?.value ?? null;
    if (committee === null) {
      note(outcome('rollover', 'no_committee', {}));
      continue;
    }
    const workingGroup = sheet.workingGroup?.value ?? null;
    const key = groupKey(committee, workingGroup);
    const group = groups.get(key) ?? { committee, workingGroup, sheets: [], planKeys: new Map<string, SourceRef>() };
    groups.set(key, group);
    const planKey = sheet.planNumbers.join('・');
    const source: SourceRef = { file, sheet: sheet.sheetName, cell: null };
    const earlier = group.planKeys.get(planKey);
    if (earlier) {
      // Two sheets of one group and plan (a copy, a second submission): the first is rolled over, never both.
      note(outcome('rollover', 'duplicate_plan_sheet', { keptFile: earlier.file, keptSheet: earlier.sheet }));
      continue;
    }
    group.planKeys.set(planKey, source);
    const rolled = rolloverSheet(file, sheet);
    const missing = missingOf(sheet, rolled);
    if (missing.length > 0) note(outcome('rollover', 'missing_carried', { fields: missing }));
    group.sheets.push(rolled);
  }
  return { groups: [...groups.values()].map(({ committee, workingGroup, sheets }) => ({ committee, workingGroup, sheets })), notes };
}

type CarriedField = 'plan_numbers' | 'plan' | 'philosophy' | 'goal' | 'annual_rate' | 'annual_comment' | 'actions';

function missingOf(sheet: StatusSheet, rolled: RolloverSheet): CarriedField[] {
  const missing: CarriedField[] = [];
  if (sheet.planNumbers.length === 0) missing.push('plan_numbers');
  if (rolled.planTexts.every((t) => t === null)) missing.push('plan');
  if (rolled.philosophy === null) missing.push('philosophy');
  if (rolled.goal === null) missing.push('goal');
  if (rolled.reference.annualRate === null) missing.push('annual_rate');
  if (rolled.reference.annualComment === null) missing.push('annual_comment');
  if (rolled.reference.actions.length === 0) missing.push('actions');
  return missing;
}

/** The texts of one source sheet for next year's sheet of the same plans. */
function rolloverSheet(file: string, sheet: StatusSheet): RolloverSheet {
  const ref = (cell: string | null): SourceRef => ({ file, sheet: sheet.sheetName, cell });
  const annual = sheet.summaries.annual;
  const actions: ReferenceAction[] = [];
  for (const block of sheet.months) {
    if (!LAST_TWO_QUARTERS.has(block.month)) continue;
    for (const entry of block.entries) {
      if (entry.action && entry.action.value.trim() !== '') actions.push({ month: block.month, text: entry.action.value, source: ref(entry.action.cell) });
    }
  }
  return {
    source: ref(null),
    plans: [...sheet.planNumbers],
    philosophy: nonEmpty(sheet.philosophy?.value),
    goal: nonEmpty(sheet.goal?.value),
    planTexts: planTextsOf(sheet),
    reference: {
      fromYear: sheet.fiscalYear?.value ?? null,
      // The rate as a percent when it read as one ("達成率 90%" → "90%"), else as written, for the group to judge.
      annualRate: annual?.rate && annual.rate.raw.trim() !== '' ? { raw: annual.rate.value !== null ? `${annual.rate.value}%` : annual.rate.raw, source: ref(annual.rate.cell) } : null,
      annualComment: annual?.comment && annual.comment.value.trim() !== '' ? { text: annual.comment.value, source: ref(annual.comment.cell) } : null,
      actions,
    },
  };
}

/**
 * One text per plan row. A plan split per quarter keeps its 【第N四半期計画】 headings, so the new sheet
 * reads back as the same plans; a text without a number goes to the first row.
 */
function planTextsOf(sheet: StatusSheet): Array<string | null> {
  const numbers = sheet.planNumbers.length > 0 ? sheet.planNumbers : [null];
  const rows = new Map<string | null, string[]>(numbers.map((n) => [n, []]));
  for (const item of sheet.plans) {
    const text = item.quarter === null ? item.text.value : `【第${item.quarter}四半期計画】${item.text.value}`;
    const target = item.number !== null && rows.has(item.number) ? item.number : numbers[0] ?? null;
    rows.get(target)?.push(text);
  }
  return numbers.map((n) => {
    const texts = (rows.get(n) ?? []).filter((t) => t.trim() !== '');
    return texts.length > 0 ? texts.join('\n') : null;
  });
}

function nonEmpty(text: string | undefined): string | null {
  return text !== undefined && text.trim() !== '' ? text : null;
}
