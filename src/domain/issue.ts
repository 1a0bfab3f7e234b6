/**
 * Validation issues: a code, a severity, the cell, and the params the outcome catalog gives that code.
 * The text is made later from src/messages/, so the pane, the CLI, the dashboard and the tests share one list.
 */
import * as z from 'zod/mini';
import { ISSUE_PARAMS, type IssueCode, type IssueParams } from './outcomes';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

const ISSUE_CODES = Object.keys(ISSUE_PARAMS) as [IssueCode, ...IssueCode[]];

/** Runtime check of an issue: a catalog code, and params that code's schema accepts. */
export const IssueSchema = z
  .object({
    code: z.enum(ISSUE_CODES),
    severity: SeveritySchema,
    /** The sheet the issue is about (worksheet name). */
    sheet: z.string(),
    /** A1 address, or null when the issue is about the sheet as a whole. */
    cell: z.nullable(z.string()),
    params: z.record(z.string(), z.unknown()),
  })
  .check(
    z.superRefine((issue, ctx) => {
      const parsed = ISSUE_PARAMS[issue.code].safeParse(issue.params);
      if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['params'], message: `params do not fit ${issue.code}: ${parsed.error.message}` });
    }),
  );

/** One issue of one code, with that code's params. */
export interface IssueOf<C extends IssueCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string | null;
  readonly params: IssueParams[C];
}

/** Any issue: a union over the catalog, so `code` narrows `params`. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** An issue as the consolidation lists it: with its file, and a sheet that may be the whole file (null). */
export type FileIssue = { [C in IssueCode]: Omit<IssueOf<C>, 'sheet'> & { readonly file: string; readonly sheet: string | null } }[IssueCode];

/** Order for lists: errors first. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
