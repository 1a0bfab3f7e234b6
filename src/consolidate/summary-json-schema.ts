/**
 * The machine-readable summary's shape (the CLI's --json contract), apart from its making so the dashboard
 * sheets' declarations can say which rows they give it (see dashboard-table.ts).
 */
import * as z from 'zod/mini';
import { EntryRowSchema, RateRowSchema } from './dashboard';
import { TrendRowSchema } from './trend-row';
import { ThemeSummarySchema } from './themes/theme-summary';

const RateValue = RateRowSchema.shape.annual;

export const SummaryJsonSchema = z.object({
  generatedAt: z.string(),
  asOf: z.nullable(z.string()),
  fiscalYear: z.nullable(z.number().check(z.int())),
  threshold: z.number(),
  // A rate row of the dashboard, its three rates nested under `rates` and without the source cells.
  sheets: z.array(
    z.extend(z.pick(RateRowSchema, { file: true, sheet: true, committee: true, committeeCanonical: true, workingGroup: true, fiscalYear: true, plans: true }), {
      rates: z.object({ firstHalf: RateValue, secondHalf: RateValue, annual: RateValue }),
      flagged: RateRowSchema.shape.flagged,
      activeMonths: RateRowSchema.shape.activeMonths,
    }),
  ),
  /** Every month-row text the reader took, in sheet order: { file, sheet, month, kind, plan, text, cell }. */
  entries: z.array(EntryRowSchema),
  submissions: z.array(z.object({ committee: z.string(), workingGroup: z.nullable(z.string()), plans: z.string(), status: z.string(), file: z.nullable(z.string()), sheet: z.nullable(z.string()) })),
  failures: z.array(z.object({ file: z.string(), message: z.string() })),
  /**
   * The CHECK / ACTION texts by theme, every theme of the table in its order: `theme` is its name in the
   * run's language, `id` its stable key; `groups` the committees / WGs with their counts; `entries` the cells.
   */
  themes: z.array(z.omit(ThemeSummarySchema, { en: true })),
  issues: z.array(
    z.object({ file: z.string(), sheet: z.nullable(z.string()), cell: z.nullable(z.string()), severity: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()), message: z.string() }),
  ),
  /**
   * With --years / --all-years only: one row per plan across the years (集約_経年), the rates keyed by the
   * year as the sheets give it ("2022"), a year without a sheet of the plan absent; notes say why a row is
   * not one plan matched over every year (renumbered, missing years…).
   */
  trend: z.optional(
    z.array(
      z.extend(z.pick(TrendRowSchema, { committee: true, committeeCanonical: true, workingGroup: true, plans: true }), {
        years: z.record(z.string(), z.object({ firstHalf: RateValue, secondHalf: RateValue, annual: RateValue })),
        notes: z.array(z.object({ code: z.string(), message: z.string() })),
      }),
    ),
  ),
});
export type SummaryJson = z.infer<typeof SummaryJsonSchema>;

/** The summary's lists that rows of a dashboard table fill (SUMMARY.json's `sheets`, `submissions`, `issues`, `trend`). */
export type SummaryRowKey = 'sheets' | 'submissions' | 'issues' | 'trend';
