/** Builds StatusSheet models for tests: sensible defaults, override what the test is about. */
import { FISCAL_MONTHS, type FiscalMonth } from '../../src/domain/fiscal-calendar';
import type { Entry, StatusSheet, Summary, SummaryKind } from '../../src/domain/status-sheet';

type EntryInput = { do?: string; check?: string; action?: string; tags?: string[] };

let row = 10;
const t = (value: string | undefined, col: string, r: number) => (value === undefined ? null : { value, cell: `${col}${r}` });

/** One entry (row) with its texts placed in C/D/E of a fresh row. */
export function entry(input: EntryInput): Entry {
  row += 1;
  return { row, do: t(input.do, 'C', row), check: t(input.check, 'D', row), action: t(input.action, 'E', row), planTags: input.tags ?? [] };
}

/** A summary with a rate (null = no rate cell) and an optional raw text. */
export function summary(kind: SummaryKind, rate: number | null, raw?: string): Summary {
  return {
    kind,
    label: 'A30',
    rate: rate === null && raw === undefined ? null : { value: rate, raw: raw ?? `${rate}%`, cell: 'C31' },
    comment: { value: '総評', cell: 'D31' },
    extra: [],
  };
}

/** A sheet of 就労部会 雇用啓発WG, FY2022, plan ①, with the given month entries and summaries. */
export function sheetWith(options: {
  months?: Partial<Record<FiscalMonth, EntryInput[]>>;
  summaries?: Partial<Record<SummaryKind, Summary | null>>;
  planNumbers?: string[];
  sheetName?: string;
  committee?: string | null;
  workingGroup?: string | null;
  fiscalYear?: number | null;
  plans?: StatusSheet['plans'];
} = {}): StatusSheet {
  const planNumbers = options.planNumbers ?? ['①'];
  return {
    sheetName: options.sheetName ?? '①',
    origin: 'legacy',
    stamp: null,
    committee: options.committee === null ? null : { value: options.committee ?? '就労部会', cell: 'A1' },
    committeeCanonical: options.committee === null ? null : (options.committee ?? '就労部会'),
    workingGroup: options.workingGroup === null ? null : { value: options.workingGroup ?? '雇用啓発WG', cell: 'A1' },
    fiscalYear: options.fiscalYear === null ? null : { value: options.fiscalYear ?? 2022, cell: 'A2' },
    philosophy: null,
    goal: null,
    planNumbers,
    planNumbersCell: 'A5',
    plans: options.plans ?? planNumbers.map((n) => ({ number: n, text: { value: `計画${n}`, cell: 'C6' }, quarter: null })),
    months: FISCAL_MONTHS.map((month) => ({ month, label: `B${month}`, entries: (options.months?.[month] ?? []).map(entry) })),
    summaries: {
      firstHalf: options.summaries?.firstHalf ?? summary('firstHalf', 50),
      secondHalf: options.summaries?.secondHalf ?? summary('secondHalf', 60),
      annual: options.summaries?.annual === undefined ? summary('annual', 70) : options.summaries.annual,
    },
  };
}
