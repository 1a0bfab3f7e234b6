/**
 * The machine-readable summary's shape (the CLI's --json contract), apart from its making so the dashboard
 * sheets' declarations can say which rows they give it (see dashboard-table.ts).
 */
import { z } from 'zod';
import { EntryRowSchema } from './dashboard';

const RateValue = z.number().int().min(0).max(100).nullable();

export const SummaryJsonSchema = z.object({
  generatedAt: z.string(),
  asOf: z.string().nullable(),
  fiscalYear: z.number().int().nullable(),
  threshold: z.number(),
  sheets: z.array(
    z.object({
      file: z.string(),
      sheet: z.string(),
      committee: z.string(),
      committeeCanonical: z.string(),
      workingGroup: z.string().nullable(),
      fiscalYear: z.number().int().nullable(),
      plans: z.array(z.string()),
      rates: z.object({ firstHalf: RateValue, secondHalf: RateValue, annual: RateValue }),
      flagged: z.boolean(),
      activeMonths: z.array(z.number().int()),
    }),
  ),
  /** Every month-row text the reader took, in sheet order: { file, sheet, month, kind, plan, text, cell }. */
  entries: z.array(EntryRowSchema),
  submissions: z.array(z.object({ committee: z.string(), workingGroup: z.string().nullable(), plans: z.string(), status: z.string(), file: z.string().nullable(), sheet: z.string().nullable() })),
  failures: z.array(z.object({ file: z.string(), message: z.string() })),
  issues: z.array(
    z.object({ file: z.string(), sheet: z.string().nullable(), cell: z.string().nullable(), severity: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()), message: z.string() }),
  ),
});
export type SummaryJson = z.infer<typeof SummaryJsonSchema>;

/** The summary's lists that rows of a dashboard table fill (SUMMARY.json's `sheets`, `submissions`, `issues`). */
export type SummaryRowKey = 'sheets' | 'submissions' | 'issues';
