/** Builds StatusSheet models for tests: sensible defaults, override what the test is about. */
import { FISCAL_MONTHS, fiscalMonthIndex, type FiscalMonth } from '../../src/domain/fiscal-calendar';
import type { Entry, StatusSheet, Summary, SummaryKind } from '../../src/domain/status-sheet';

export type EntryInput = { do?: string; check?: string; action?: string; tags?: string[] };

/** Rows a month spans in the built sheets: 4月 starts at row 9, each month has this many rows. */
const FIRST_MONTH_ROW = 9;
const ROWS_PER_MONTH = 3;
const SUMMARY_ROW: Record<SummaryKind, number> = { firstHalf: 45, secondHalf: 46, annual: 47 };

const traced = (value: string | undefined, col: string, row: number) => (value === undefined ? null : { value, cell: `${col}${row}` });

/** The 1-based sheet row of the k-th entry of a month: 12月's first entry is C33, 1月's first C36. */
export function rowOf(month: FiscalMonth, k = 0): number {
  return FIRST_MONTH_ROW + fiscalMonthIndex(month) * ROWS_PER_MONTH + k;
}

/** One entry with its texts in C (DO), D (CHECK), E (ACTION) of the given 1-based row. */
export function entry(input: EntryInput, row: number): Entry {
  return { row: row - 1, do: traced(input.do, 'C', row), check: traced(input.check, 'D', row), action: traced(input.action, 'E', row), planTags: input.tags ?? [] };
}

/** A summary block with a rate (null = an empty rate cell) and an optional raw text; rates sit in C45/C46/C47. */
export function summary(kind: SummaryKind, rate: number | null, raw?: string): Summary {
  const row = SUMMARY_ROW[kind];
  return {
    kind,
    label: `A${row}`,
    rate: rate === null && raw === undefined ? null : { value: rate, raw: raw ?? `${rate}%`, cell: `C${row}` },
    comment: { value: '総評', cell: `D${row}` },
    extra: [],
  };
}

export interface SheetOptions {
  months?: Partial<Record<FiscalMonth, EntryInput[]>>;
  summaries?: Partial<Record<SummaryKind, Summary | null>>;
  planNumbers?: string[];
  sheetName?: string;
  committee?: string | null;
  workingGroup?: string | null;
  fiscalYear?: number | null;
  plans?: StatusSheet['plans'];
}

/** A sheet of 就労部会 雇用啓発WG, FY2022, plan ① (plan cell A5, plan text C6), with the given entries and summaries. */
export function sheetWith(options: SheetOptions = {}): StatusSheet {
  const planNumbers = options.planNumbers ?? ['①'];
  const committee = options.committee === undefined ? '就労部会' : options.committee;
  return {
    sheetName: options.sheetName ?? '①',
    origin: 'legacy',
    stamp: null,
    committee: committee === null ? null : { value: committee, cell: 'A1' },
    committeeCanonical: committee,
    workingGroup: options.workingGroup === null ? null : { value: options.workingGroup ?? '雇用啓発WG', cell: 'A1' },
    fiscalYear: options.fiscalYear === null ? null : { value: options.fiscalYear ?? 2022, cell: 'A2' },
    philosophy: null,
    goal: null,
    planNumbers,
    planNumbersCell: 'A5',
    plans: options.plans ?? planNumbers.map((n) => ({ number: n, text: { value: `計画${n}`, cell: 'C6' }, quarter: null })),
    months: FISCAL_MONTHS.map((month) => ({
      month,
      label: `B${rowOf(month)}`,
      entries: (options.months?.[month] ?? []).map((input, k) => entry(input, rowOf(month, k))),
    })),
    summaries: {
      firstHalf: options.summaries?.firstHalf === undefined ? summary('firstHalf', 50) : options.summaries.firstHalf,
      secondHalf: options.summaries?.secondHalf === undefined ? summary('secondHalf', 60) : options.summaries.secondHalf,
      annual: options.summaries?.annual === undefined ? summary('annual', 70) : options.summaries.annual,
    },
    rateInputs: null,
  };
}

/** Activity every quarter (6, 8, 10, 1月), so date rules about silent quarters and plans stay quiet. */
export const EVERY_QUARTER: NonNullable<SheetOptions['months']> = { 6: [{ do: '6/14 第1回WG' }], 8: [{ do: '8/17 第2回WG' }], 10: [{ do: '10/20 第3回WG' }], 1: [{ do: '1/24 第4回WG' }] };
