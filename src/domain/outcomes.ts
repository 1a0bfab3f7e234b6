/**
 * The outcome catalog: every code the product reports, by kind, with the params its message needs. Like
 * zod's issues, an outcome is data (kind, code, params); its words come only from src/messages/ja.ts and
 * en.ts, which the compiler holds to cover every code here with these params.
 */
import * as z from 'zod/mini';

const none = z.object({});
const Period = z.enum(['firstHalf', 'secondHalf', 'annual']);
const Month = z.number().check(z.int(), z.gte(1), z.lte(12));
/** A value the reader doubted, or null when that doubt did not arise. */
const Doubt = z.nullable(z.string());

/** Why the reader did not take a worksheet for a status sheet. */
const SKIP_PARAMS = {
  empty: none,
  no_form: none,
  no_month_rows: none,
  no_do_header: none,
  few_month_labels: z.object({ months: z.number().check(z.int()) }),
} as const;

/** The sheet a read failure is about, when it is about one. */
const Where = z.object({ sheet: z.nullable(z.string()) });

/** Why a file could not be read at all (the xlsx reader's codes, and a bug confined to one file). */
export const FAILURE_PARAMS = {
  not_xlsx: Where,
  truncated: Where,
  encrypted: Where,
  legacy_xls: Where,
  xlsb: Where,
  ods: Where,
  duplicate_entry: Where,
  no_workbook: Where,
  too_large: Where,
  zip_bomb: Where,
  too_many_sheets: Where,
  too_many_cells: Where,
  malformed_xml: Where,
  /** The file was listed but could not be read at its turn (moved or deleted during the run, permissions). */
  unavailable: Where,
  internal: z.extend(Where, { error: z.string() }),
} as const;

/** A read failure's code, as another outcome names it. */
const FailureCodeSchema = z.enum(Object.keys(FAILURE_PARAMS) as [keyof typeof FAILURE_PARAMS, ...Array<keyof typeof FAILURE_PARAMS>]);
/** A skip reason's code, as another outcome names it. */
const SkipCodeSchema = z.enum(Object.keys(SKIP_PARAMS) as [keyof typeof SKIP_PARAMS, ...Array<keyof typeof SKIP_PARAMS>]);

/** Validation issues and the notices about what a file holds (one code per rule or notice). */
export const ISSUE_PARAMS = {
  missing_committee: none,
  missing_fiscal_year: none,
  missing_plan: none,
  plan_without_number: none,
  rate_not_number: z.object({ period: Period, raw: z.string() }),
  rate_out_of_range: z.object({ period: Period, value: z.number() }),
  rate_missing_after_half: z.object({ period: Period }),
  annual_rate_missing: z.object({ period: Period }),
  check_without_do: z.object({ month: Month }),
  action_without_do: z.object({ month: Month }),
  date_in_other_month: z.object({ month: Month, dateMonth: Month, text: z.string() }),
  planned_in_past: z.object({ month: Month }),
  text_after_as_of: z.object({ month: Month, asOf: z.string() }),
  unknown_plan_tag: z.object({ month: Month, tag: z.string(), plans: z.string() }),
  plan_without_activity: z.object({ plan: z.string() }),
  quarter_without_do: z.object({ quarter: z.number().check(z.int(), z.gte(1), z.lte(4)) }),
  duplicate_plan_number: z.object({ plan: z.string(), other: z.string() }),
  cell_error_value: z.object({ value: z.string() }),
  other_fiscal_year: z.object({ year: z.number().check(z.int()), expected: z.number().check(z.int()) }),
  /** A sheet of a year outside the years asked for (--years). */
  outside_years: z.object({ year: z.number().check(z.int()), from: z.number().check(z.int()), to: z.number().check(z.int()) }),
  duplicate_submission: z.object({ winnerFile: z.string(), winnerSheet: z.string() }),
  /** The file's read failure, by its code (and the sheet it concerns). */
  unreadable_file: z.object({ failure: FailureCodeSchema, failedSheet: z.nullable(z.string()), error: z.nullable(z.string()) }),
  /** Why the sheet was skipped, by its skip code (and the month labels found, for few_month_labels). */
  not_a_status_sheet: z.object({ skip: SkipCodeSchema, months: z.nullable(z.number().check(z.int())) }),
  formula_without_value: z.object({ count: z.number().check(z.int(), z.gte(1)) }),
  text_truncated: z.object({ limit: z.number().check(z.int()) }),
  hidden_sheet_skipped: z.object({ shownFile: z.string(), shownSheet: z.string() }),
  hidden_sheet_used: none,
  form_unreadable: z.object({
    cells: z.string(),
    unheaded: Doubt,
    outsideMonth: Doubt,
    checkAssumed: Doubt,
    doDates: Doubt,
    doOneValue: Doubt,
    withoutDo: Doubt,
    headerTwice: Doubt,
  }),
  hidden_column_text: z.object({ where: z.string(), count: z.number().check(z.int()) }),
  hidden_row_text: z.object({ where: z.string(), count: z.number().check(z.int()) }),
  identity_conflict: z.object({ field: z.enum(['committee', 'working_group', 'fiscal_year']), first: z.string(), second: z.string() }),
} as const;

/** Problems with the roster file (名簿). */
const ROSTER_PARAMS = {
  no_header: z.object({ sheet: z.string() }),
  bad_plans: z.object({ sheet: z.string(), row: z.number().check(z.int()), text: z.string() }),
  unreadable: z.object({ file: z.string(), failure: FailureCodeSchema, failedSheet: z.nullable(z.string()) }),
  no_sheet: z.object({ file: z.string() }),
} as const;

/** Problems with a custom themes CSV (`--themes`); `row` is the CSV line as Excel numbers it. */
const Row = z.number().check(z.int());
const Mode = z.enum(['replace', 'extend']);
const THEMES_PARAMS = {
  no_header: z.object({ row: Row }),
  missing_theme_name: z.object({ row: Row }),
  no_keywords: z.object({ row: Row, theme: z.string() }),
  duplicate_theme: z.object({ row: Row, theme: z.string(), firstRow: Row }),
  duplicate_id: z.object({ row: Row, id: z.string(), firstRow: Row }),
  bad_pattern: z.object({ row: Row, theme: z.string(), pattern: z.string() }),
  bad_mode: z.object({ row: Row, value: z.string() }),
  conflicting_mode: z.object({ row: Row, value: Mode, first: Mode, firstRow: Row }),
  no_themes: none,
  invalid_table: none,
  short_keyword: z.object({ row: Row, theme: z.string(), keyword: z.string() }),
} as const;

/** The note a row of 集約_提出状況 carries (a submitted sheet has none). */
export const SUBMISSION_PARAMS = {
  other_year: z.object({ year: z.number().check(z.int()), expected: z.number().check(z.int()) }),
  outside_years: z.object({ year: z.number().check(z.int()), from: z.number().check(z.int()), to: z.number().check(z.int()) }),
  /** An earlier year's sheet, used only in 集約_経年 beside the latest year's. */
  earlier_year: z.object({ year: z.number().check(z.int()), latest: z.number().check(z.int()) }),
  duplicate: z.object({ winnerFile: z.string(), winnerSheet: z.string() }),
  missing: none,
  unexpected: none,
  unreadable: z.object({ failure: FailureCodeSchema, failedSheet: z.nullable(z.string()), error: z.nullable(z.string()) }),
  no_sheet: none,
} as const;

/** What a job says about one file beside its counts. */
const JOB_PARAMS = {
  no_status_sheet: none,
  hidden_sheets: z.object({ sheets: z.array(z.string()) }),
  /** A sheet to show is not (or no longer) in the workbook. */
  sheet_not_found: z.object({ sheet: z.string() }),
  /** Excel refused a write or it could not finish; `restored` says whether the workbook is as it was. */
  write_failed: z.object({ code: z.string(), detail: z.string(), restored: z.boolean() }),
} as const;

/** What roll-over says about one source sheet (what it could not carry into next year). */
const ROLLOVER_PARAMS = {
  no_committee: none,
  duplicate_plan_sheet: z.object({ keptFile: z.string(), keptSheet: z.string() }),
  missing_carried: z.object({ fields: z.array(z.enum(['plan_numbers', 'plan', 'philosophy', 'goal', 'annual_rate', 'annual_comment', 'actions'])) }),
  /** The sources hold sheets of several years: all are rolled over to one year (the latest + 1, or the one asked for). */
  several_years: z.object({ years: z.array(z.number().check(z.int())), toYear: z.number().check(z.int()) }),
} as const;

/** Why a row of 集約_経年 is not one plan matched across every year (never guessed: listed with this note). */
export const TREND_PARAMS = {
  /** No sheet of this group with these plan numbers in those years. */
  missing_years: z.object({ missing: z.array(z.number().check(z.int())) }),
  /** In `year` the group's sheets carry other, overlapping plan numbers (renumbered, merged or split). */
  plans_changed: z.object({ year: z.number().check(z.int()), plans: z.array(z.string()) }),
  /** Sheets without plan numbers, matched by committee and WG alone. */
  no_plan_numbers: none,
} as const;

/** The catalog's params schemas by kind. */
export const OUTCOME_PARAMS = {
  issue: ISSUE_PARAMS,
  skip: SKIP_PARAMS,
  failure: FAILURE_PARAMS,
  roster: ROSTER_PARAMS,
  themes: THEMES_PARAMS,
  submission: SUBMISSION_PARAMS,
  job: JOB_PARAMS,
  rollover: ROLLOVER_PARAMS,
  trend: TREND_PARAMS,
} as const;

/** The one type mapping every code of every kind to its params. */
export type OutcomeCatalog = { [K in keyof typeof OUTCOME_PARAMS]: { [C in keyof (typeof OUTCOME_PARAMS)[K]]: z.infer<(typeof OUTCOME_PARAMS)[K][C]> } };
export type OutcomeKind = keyof OutcomeCatalog;
export type OutcomeCode<K extends OutcomeKind> = keyof OutcomeCatalog[K] & string;

/** One outcome of one kind: its code and the params that code takes (a union over the catalog). */
export type Outcome<K extends OutcomeKind = OutcomeKind> = {
  [Kind in K]: { [C in OutcomeCode<Kind>]: { readonly kind: Kind; readonly code: C; readonly params: OutcomeCatalog[Kind][C] } }[OutcomeCode<Kind>];
}[K];

export type IssueCode = OutcomeCode<'issue'>;
export type IssueParams = OutcomeCatalog['issue'];
export type SkipCode = OutcomeCode<'skip'>;
export type FailureCode = OutcomeCode<'failure'>;

/** Builds an outcome; the params are checked against the code at compile time. */
export function outcome<K extends OutcomeKind, C extends OutcomeCode<K>>(kind: K, code: C, params: OutcomeCatalog[K][C]): Outcome<K> {
  return { kind, code, params };
}

/** A read failure as an outcome: every code takes the sheet; internal (a bug) also its error text. */
export function failureOutcome(code: FailureCode, sheet: string | null, error: string | null): Outcome<'failure'> {
  return code === 'internal' ? outcome('failure', 'internal', { sheet, error: error ?? '' }) : outcome('failure', code, { sheet });
}

/** An error that carries its outcome, so whoever shows it words it in the user's language. */
export class OutcomeError extends Error {
  constructor(
    readonly outcome: Outcome,
    /** The text for logs and stack traces (Japanese, from the catalog). */
    message: string,
  ) {
    super(message);
    this.name = 'OutcomeError';
  }
}
