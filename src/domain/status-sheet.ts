/**
 * The status sheet (部会状況把握表) model: zod schemas first, TypeScript types derived from them.
 * Every value the reader takes carries the A1 address of the cell it came from, so a dashboard row or a
 * validation issue always leads back to its source.
 */
import * as z from 'zod/mini';

/** An A1 address inside the sheet ("C12"), or null for values not taken from a cell (e.g. the stamp). */
export const CellAddressSchema = z.nullable(z.string().check(z.regex(/^[A-Z]{1,3}[1-9]\d*$/)));

/** A value with the cell it came from. */
export const tracedSchema = <T extends z.ZodMiniType>(value: T) => z.object({ value, cell: CellAddressSchema });
export const TracedTextSchema = tracedSchema(z.string());
export type TracedText = z.infer<typeof TracedTextSchema>;

export const FiscalMonthSchema = z.union([
  z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal(9),
  z.literal(10), z.literal(11), z.literal(12), z.literal(1), z.literal(2), z.literal(3),
]);

/** A circled plan number "①"…"⑳". */
export const PlanNumberSchema = z.string().check(z.regex(/^[\u2460-\u2473]$/));

/** One plan item: its number (null when the sheet has none, like the 精神障がい WG sheet) and text. */
export const PlanItemSchema = z.object({
  number: z.nullable(PlanNumberSchema),
  text: TracedTextSchema,
  /** Set when the plan text is split per quarter (【第1期四半期計画】…). */
  quarter: z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** One row under a month: one meeting or event, with its DO / CHECK / ACTION texts. */
export const EntrySchema = z.object({
  /** Zero-based row index in the grid. */
  row: z.number().check(z.int(), z.nonnegative()),
  do: z.nullable(TracedTextSchema),
  check: z.nullable(TracedTextSchema),
  action: z.nullable(TracedTextSchema),
  /** Plan numbers the entry is tagged with (「⑥MLに…」 → ["⑥"]); [] when untagged. */
  planTags: z.array(PlanNumberSchema),
});
export type Entry = z.infer<typeof EntrySchema>;

/** One fiscal month: the label cell and every row that belongs to it (several when several meetings). */
export const MonthBlockSchema = z.object({
  month: FiscalMonthSchema,
  label: CellAddressSchema,
  entries: z.array(EntrySchema),
});
export type MonthBlock = z.infer<typeof MonthBlockSchema>;

/** An achievement rate as read: the integer percent when it parses, and the raw text for messages. */
export const RateSchema = z.object({
  /** 0–100 normally; out-of-range numbers are kept so validation can report them. Null when not a number. */
  value: z.nullable(z.number()),
  raw: z.string(),
  cell: CellAddressSchema,
});
export type Rate = z.infer<typeof RateSchema>;

export const SummaryKindSchema = z.enum(['firstHalf', 'secondHalf', 'annual']);
export type SummaryKind = z.infer<typeof SummaryKindSchema>;

/** 上半期 / 下半期 / 年度 総評: a rate and a comment; some summary rows also carry DO / CHECK texts. */
export const SummarySchema = z.object({
  kind: SummaryKindSchema,
  label: CellAddressSchema,
  rate: z.nullable(RateSchema),
  comment: z.nullable(TracedTextSchema),
  /** Extra texts found on the summary row (a DO-like text before the comment). */
  extra: z.array(TracedTextSchema),
});
export type Summary = z.infer<typeof SummarySchema>;

/** The identity stamp our template writes, so our own sheets are identified exactly. */
export const StampSchema = z.object({
  schemaVersion: z.number().check(z.int(), z.positive()),
  committee: z.string(),
  workingGroup: z.nullable(z.string()),
  plans: z.array(PlanNumberSchema),
  fiscalYear: z.number().check(z.int()),
  /** Rows per month the template was written with, so a reader can rebuild its exact layout (default 3). */
  rowsPerMonth: z.optional(z.number().check(z.int(), z.positive())),
  /** When the sheet was created (ISO); used to decide which of two submissions is newer. */
  createdAt: z.optional(z.string()),
});
export type Stamp = z.infer<typeof StampSchema>;

/**
 * What the reader could not read with certainty, so it is reported instead of guessed silently:
 * `layout_doubt` (the form's columns do not add up: most CHECK / ACTION without DO, a DO column of dates
 * only, text in a column without a header), `hidden_text` (a hidden row or column holds text; it was
 * read), `identity_conflict` (title and labelled cells name different committees / WGs / years).
 */
export const ReadingNoteSchema = z.object({
  kind: z.enum(['layout_doubt', 'hidden_text', 'identity_conflict']),
  /** What was seen, one code per situation (message tables phrase it): e.g. "text_without_header". */
  reason: z.enum([
    'check_action_without_do',
    'do_only_dates',
    'do_one_value',
    'text_without_header',
    'text_outside_month',
    'check_header_missing',
    'header_twice',
    'hidden_column',
    'hidden_row',
    'committee',
    'working_group',
    'fiscal_year',
  ]),
  /** The cells concerned (A1), first ones first. */
  cells: z.array(z.string().check(z.regex(/^[A-Z]{1,3}[1-9]\d*$/))),
  /** The values involved (the two names that disagree, the column letters assumed), for the message. */
  values: z.array(z.string()),
});
export type ReadingNote = z.infer<typeof ReadingNoteSchema>;

export const StatusSheetSchema = z.object({
  sheetName: z.string(),
  /** 'template' when our stamp identified the sheet, 'legacy' when read from a free-form sheet. */
  origin: z.enum(['template', 'legacy']),
  stamp: z.nullable(StampSchema),
  /** Committee as written (暮らし部会) and canonical (くらし部会). */
  committee: z.nullable(TracedTextSchema),
  committeeCanonical: z.nullable(z.string()),
  /** Working group without brackets or spaces (雇用啓発WG); null when the sheet has none. */
  workingGroup: z.nullable(TracedTextSchema),
  /** Gregorian start year of the fiscal year (令和4年度 → 2022). */
  fiscalYear: z.nullable(tracedSchema(z.number().check(z.int()))),
  philosophy: z.nullable(TracedTextSchema),
  goal: z.nullable(TracedTextSchema),
  /** Circled numbers the sheet covers, as written (["①","④","⑤"]); [] when none. */
  planNumbers: z.array(PlanNumberSchema),
  planNumbersCell: CellAddressSchema,
  plans: z.array(PlanItemSchema),
  /** Always the 12 fiscal months in order 4…3 (months absent from the sheet have label null and no entries). */
  months: z.array(MonthBlockSchema).check(z.length(12)),
  summaries: z.object({
    firstHalf: z.nullable(SummarySchema),
    secondHalf: z.nullable(SummarySchema),
    annual: z.nullable(SummarySchema),
  }),
  /**
   * Where each rate is typed, when the sheet's layout says so (a sheet our template stamped), so an empty
   * rate is pointed at its input cell; null for a free-form sheet.
   */
  rateInputs: z.nullable(z.object({ firstHalf: CellAddressSchema, secondHalf: CellAddressSchema, annual: CellAddressSchema })),
  /** Doubts and notes of the reading; absent or [] when the sheet read cleanly (our stamped template). */
  readingNotes: z.optional(z.array(ReadingNoteSchema)),
});
export type StatusSheet = z.infer<typeof StatusSheetSchema>;
