/** The dashboard model: what the plenary overview shows, every row traceable to file / sheet / cell. */
import * as z from 'zod/mini';
import type { FileIssue } from '../domain/issue';
import { FAILURE_PARAMS, SUBMISSION_PARAMS, type Outcome } from '../domain/outcomes';
import { TrendRowSchema, type TrendRow } from './trend-row';
import type { TaggedText } from './themes/tag-themes';
import type { ThemesReport } from './themes/themes-report';

const Rate = z.nullable(z.number().check(z.int(), z.gte(0), z.lte(100)));

export const SubmissionStatusSchema = z.enum(['submitted', 'missing', 'unreadable', 'no_sheet', 'duplicate', 'other_year', 'unexpected', 'earlier_year']);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

export const SubmissionRowSchema = z.object({
  committee: z.string(),
  workingGroup: z.nullable(z.string()),
  plans: z.string(),
  status: SubmissionStatusSchema,
  file: z.nullable(z.string()),
  sheet: z.nullable(z.string()),
  errors: z.number().check(z.int()),
  warnings: z.number().check(z.int()),
  /** Why the row needs a look (a submission outcome, worded when rendered); null for a sheet submitted as expected. */
  note: z.nullable(z.object({ kind: z.literal('submission'), code: z.enum(Object.keys(SUBMISSION_PARAMS) as [keyof typeof SUBMISSION_PARAMS]), params: z.unknown() })),
});
export type SubmissionRow = Omit<z.infer<typeof SubmissionRowSchema>, 'note'> & { note: Outcome<'submission'> | null };

/** A file that could not be read: its failure code, the sheet it concerns and, for a bug, the error text. */
export const FileFailureSchema = z.object({
  file: z.string(),
  code: z.enum(Object.keys(FAILURE_PARAMS) as [keyof typeof FAILURE_PARAMS]),
  sheet: z.nullable(z.string()),
  error: z.nullable(z.string()),
});
export type FileFailure = z.infer<typeof FileFailureSchema>;

export const RateRowSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  committee: z.string(),
  committeeCanonical: z.string(),
  workingGroup: z.nullable(z.string()),
  fiscalYear: z.nullable(z.number().check(z.int())),
  plans: z.array(z.string()),
  firstHalf: Rate,
  secondHalf: Rate,
  annual: Rate,
  cells: z.object({ firstHalf: z.nullable(z.string()), secondHalf: z.nullable(z.string()), annual: z.nullable(z.string()) }),
  flagged: z.boolean(),
  activeMonths: z.array(z.number().check(z.int())),
});
export type RateRow = z.infer<typeof RateRowSchema>;

export const CommitteeRollupSchema = z.object({
  committee: z.string(),
  sheets: z.number().check(z.int()),
  firstHalf: z.nullable(z.number()),
  secondHalf: z.nullable(z.number()),
  annual: z.nullable(z.number()),
  lowestAnnual: z.nullable(z.number()),
  flagged: z.number().check(z.int()),
});
export type CommitteeRollup = z.infer<typeof CommitteeRollupSchema>;

export const CommentRowSchema = z.object({
  committee: z.string(),
  workingGroup: z.nullable(z.string()),
  plans: z.string(),
  month: z.number().check(z.int()),
  kind: z.enum(['check', 'action']),
  text: z.string(),
  file: z.string(),
  sheet: z.string(),
  cell: z.nullable(z.string()),
});
export type CommentRow = z.infer<typeof CommentRowSchema>;

/** Every month-row text the reader took (a lone 「↓」 DO too): the whole submission, cell by cell. */
export const EntryRowSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  month: z.number().check(z.int(), z.gte(1), z.lte(12)),
  kind: z.enum(['do', 'check', 'action']),
  /** The entry's circled-number tag(s) (「⑥MLに…」 → ⑥; several joined 「①・④」), null when untagged. */
  plan: z.nullable(z.string()),
  text: z.string(),
  cell: z.nullable(z.string()),
});
export type EntryRow = z.infer<typeof EntryRowSchema>;

/** An issue as the dashboard lists it (its params typed by the outcome catalog). */
export type DashboardIssue = FileIssue;

export const DashboardSchema = z.object({
  generatedAt: z.string(),
  asOf: z.nullable(z.string()),
  fiscalYear: z.nullable(z.number().check(z.int())),
  threshold: z.number(),
  /** Whether a roster (名簿) was given: only then are missing submissions known (集約_概要 says which). */
  rosterGiven: z.optional(z.boolean()),
  submissions: z.array(SubmissionRowSchema),
  rates: z.array(RateRowSchema),
  committees: z.array(CommitteeRollupSchema),
  comments: z.array(CommentRowSchema),
  entries: z.array(EntryRowSchema),
  failures: z.array(FileFailureSchema),
  /** 集約_経年's rows when several years were asked for (--years, --all-years); null otherwise. */
  trend: z.nullable(z.array(TrendRowSchema)),
});
/** The CHECK / ACTION texts by theme (集約_課題, SUMMARY.json `themes[]`), tagged from the comment rows. */
export type DashboardThemes = ThemesReport & { tagged: Array<TaggedText<CommentRow>> };

/** The dashboard model; submissions, issues and trend notes carry catalog outcomes, typed by code. */
export type Dashboard = Omit<z.infer<typeof DashboardSchema>, 'submissions' | 'trend'> & { submissions: SubmissionRow[]; issues: DashboardIssue[]; trend: TrendRow[] | null; themes: DashboardThemes };
