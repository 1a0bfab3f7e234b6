/**
 * The standard sheet's layout as data: where every element of the template sits (zero-based rows and
 * columns). The renderer writes by it and the reader reads stamped sheets exactly by it, so the two can
 * never drift apart.
 */
import { toA1, type CellPosition } from './cell-ref';
import { FISCAL_MONTHS, quarterOf, type FiscalMonth, type Quarter } from './fiscal-calendar';
import type { Stamp, SummaryKind } from './status-sheet';

/** Column indices of the standard sheet (A…E visible, G hidden for the stamp). */
export const TEMPLATE_COLUMNS = {
  quarter: 0,
  month: 1,
  do: 2,
  check: 3,
  action: 4,
  /** F stays an empty narrow gutter so the hidden stamp never touches the form. */
  gutter: 5,
  stamp: 6,
} as const;

/** Sheet-scoped names of the three rate inputs (the stamp's name is STAMP_NAME in domain/stamp.ts). */
export const RATE_NAMES: Readonly<Record<SummaryKind, string>> = {
  firstHalf: 'RateFirstHalf',
  secondHalf: 'RateSecondHalf',
  annual: 'RateAnnual',
};

/** The last visible column of the form (E). */
export const TEMPLATE_LAST_COLUMN = TEMPLATE_COLUMNS.action;

/** The default number of rows per month (one per meeting or event). */
export const DEFAULT_ROWS_PER_MONTH = 3;

/** Rows of one summary block: a label row and an input row. */
export const SUMMARY_BLOCK_ROWS = 2;

/** A label cell and the input cell it describes. */
export interface LabelledInput {
  readonly label: CellPosition;
  readonly input: CellPosition;
}

/** One fiscal month: its first row and how many rows belong to it. */
export interface MonthLayout {
  readonly month: FiscalMonth;
  readonly quarter: Quarter;
  readonly firstRow: number;
  readonly rowCount: number;
}

/** One quarter's rows (inclusive), over which the vertical quarter label is merged. */
export interface QuarterLayout {
  readonly quarter: Quarter;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** One 総評 block: A:B label over both rows, 達成率 label and input in C, comment label and input in D:E. */
export interface SummaryLayout {
  readonly kind: SummaryKind;
  readonly firstRow: number;
  /** A(first row), merged A:B over both rows: 「上半期\n総評」. */
  readonly label: CellPosition;
  readonly rateLabel: CellPosition;
  readonly rate: CellPosition;
  /** D(first row), merged D:E. */
  readonly commentLabel: CellPosition;
  /** D(second row), merged D:E. */
  readonly comment: CellPosition;
}

export interface TemplateLayout {
  readonly planCount: number;
  readonly rowsPerMonth: number;
  /** A1:E1 merged. */
  readonly title: CellPosition;
  /** A2:E2 merged: 「令和4年度 部会WG状況把握表」. */
  readonly yearLine: CellPosition;
  /** Label A:B merged, input C:E merged. */
  readonly philosophy: LabelledInput;
  readonly goal: LabelledInput;
  /** A:B merged plan numbers as written 「①・④・⑤」. */
  readonly planNumbers: CellPosition;
  /** C:E merged 取り組み計画(PLAN). */
  readonly planLabel: CellPosition;
  /** One row per plan: number in A (merged A:B), text input in C (merged C:E). */
  readonly plans: readonly LabelledInput[];
  /** The 四半期 / 月 / DO / CHECK / ACTION header row. */
  readonly headerRow: number;
  /** The 12 fiscal months in order 4月…3月. */
  readonly months: readonly MonthLayout[];
  readonly quarters: readonly QuarterLayout[];
  readonly summaries: { readonly firstHalf: SummaryLayout; readonly secondHalf: SummaryLayout; readonly annual: SummaryLayout };
  /** The last row of the form. */
  readonly lastRow: number;
  /** G1: the identity stamp. */
  readonly stamp: CellPosition;
}

const C = TEMPLATE_COLUMNS;

/** The layout of a standard sheet with `planCount` plan rows (at least 1) and `rowsPerMonth` rows a month. */
export function templateLayout(planCount: number, rowsPerMonth: number = DEFAULT_ROWS_PER_MONTH): TemplateLayout {
  const k = Math.max(1, Math.floor(planCount));
  const perMonth = Math.max(1, Math.floor(rowsPerMonth));
  const plans = Array.from({ length: k }, (_, i) => ({ label: { row: 5 + i, col: C.quarter }, input: { row: 5 + i, col: C.do } }));
  const headerRow = 5 + k;

  let row = headerRow + 1;
  const months: MonthLayout[] = [];
  let firstHalf: SummaryLayout | null = null;
  for (const month of FISCAL_MONTHS) {
    months.push({ month, quarter: quarterOf(month), firstRow: row, rowCount: perMonth });
    row += perMonth;
    // 上半期 closes after 9月, before the second half's months start.
    if (month === 9) {
      firstHalf = summaryAt('firstHalf', row);
      row += SUMMARY_BLOCK_ROWS;
    }
  }
  const secondHalf = summaryAt('secondHalf', row);
  const annual = summaryAt('annual', row + SUMMARY_BLOCK_ROWS);
  if (!firstHalf) throw new Error('FISCAL_MONTHS lacks 9月');

  return {
    planCount: k,
    rowsPerMonth: perMonth,
    title: { row: 0, col: C.quarter },
    yearLine: { row: 1, col: C.quarter },
    philosophy: { label: { row: 2, col: C.quarter }, input: { row: 2, col: C.do } },
    goal: { label: { row: 3, col: C.quarter }, input: { row: 3, col: C.do } },
    planNumbers: { row: 4, col: C.quarter },
    planLabel: { row: 4, col: C.do },
    plans,
    headerRow,
    months,
    quarters: quartersOf(months),
    summaries: { firstHalf, secondHalf, annual },
    lastRow: annual.firstRow + SUMMARY_BLOCK_ROWS - 1,
    stamp: { row: 0, col: C.stamp },
  };
}

function summaryAt(kind: SummaryKind, firstRow: number): SummaryLayout {
  return {
    kind,
    firstRow,
    label: { row: firstRow, col: C.quarter },
    rateLabel: { row: firstRow, col: C.do },
    rate: { row: firstRow + 1, col: C.do },
    commentLabel: { row: firstRow, col: C.check },
    comment: { row: firstRow + 1, col: C.check },
  };
}

function quartersOf(months: readonly MonthLayout[]): QuarterLayout[] {
  const quarters: QuarterLayout[] = [];
  for (const m of months) {
    const last = m.firstRow + m.rowCount - 1;
    const current = quarters[quarters.length - 1];
    if (current && current.quarter === m.quarter) quarters[quarters.length - 1] = { ...current, lastRow: last };
    else quarters.push({ quarter: m.quarter, firstRow: m.firstRow, lastRow: last });
  }
  return quarters;
}

/** The layout a stamped sheet was written with (stamps before rowsPerMonth existed used the default). */
export function layoutForStamp(stamp: Pick<Stamp, 'plans' | 'rowsPerMonth'>): TemplateLayout {
  return templateLayout(stamp.plans.length, stamp.rowsPerMonth ?? DEFAULT_ROWS_PER_MONTH);
}

/** The A1 cells where the three rates are typed, for the model (a validator points an empty rate there). */
export function rateInputsOf(layout: TemplateLayout): Record<SummaryKind, string> {
  const at = (kind: SummaryKind): string => toA1(layout.summaries[kind].rate.row, layout.summaries[kind].rate.col);
  return { firstHalf: at('firstHalf'), secondHalf: at('secondHalf'), annual: at('annual') };
}
