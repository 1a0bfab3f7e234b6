/** The machine-readable summary (the CLI's --json contract). */
import { z } from 'zod';
import { failureOutcome } from '../domain/outcomes';
import { formatIssue, formatOutcome, type Locale } from '../messages/format-outcome';
import { EntryRowSchema, type Dashboard } from './dashboard';
import { ThemeSummarySchema } from './themes/theme-summary';

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
  /**
   * The CHECK / ACTION texts by theme, every theme of the table in its order: `theme` is its name in the
   * run's language, `id` its stable key; `groups` the committees / WGs with their counts; `entries` the cells.
   */
  themes: z.array(ThemeSummarySchema.omit({ en: true })),
  issues: z.array(
    z.object({ file: z.string(), sheet: z.string().nullable(), cell: z.string().nullable(), severity: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()), message: z.string() }),
  ),
});
export type SummaryJson = z.infer<typeof SummaryJsonSchema>;

/** The dashboard as the JSON summary in the run's language; each issue keeps its code and params beside its message. */
export function toSummaryJson(d: Dashboard, locale: Locale = 'ja'): SummaryJson {
  return {
    generatedAt: d.generatedAt,
    asOf: d.asOf,
    fiscalYear: d.fiscalYear,
    threshold: d.threshold,
    sheets: d.rates.map((r) => ({
      file: r.file,
      sheet: r.sheet,
      committee: r.committee,
      committeeCanonical: r.committeeCanonical,
      workingGroup: r.workingGroup,
      fiscalYear: r.fiscalYear,
      plans: r.plans,
      rates: { firstHalf: r.firstHalf, secondHalf: r.secondHalf, annual: r.annual },
      flagged: r.flagged,
      activeMonths: r.activeMonths,
    })),
    entries: d.entries.map((e) => ({ ...e })),
    submissions: d.submissions.map((s) => ({ committee: s.committee, workingGroup: s.workingGroup, plans: s.plans, status: s.status, file: s.file, sheet: s.sheet })),
    failures: d.failures.map((f) => ({ file: f.file, message: formatOutcome(failureOutcome(f.code, f.sheet, f.error), locale) })),
    themes: d.themes.summary.map(({ en, ...t }) => ({ ...t, theme: locale === 'en' ? en : t.theme, groups: t.groups.map((g) => ({ ...g })), entries: t.entries.map((e) => ({ ...e })) })),
    issues: d.issues.map((i) => ({ file: i.file, sheet: i.sheet, cell: i.cell, severity: i.severity, code: i.code, params: { ...i.params }, message: formatIssue(i, locale) })),
  };
}
