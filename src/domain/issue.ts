/**
 * Validation issues: a code, a severity, the cell, and typed params. The text is made later from
 * messages/ja.ts or en.ts, so the pane, the CLI and the tests share one list.
 */
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const IssueSchema = z.object({
  /** snake_case code, one per rule: "rate_out_of_range". */
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  severity: SeveritySchema,
  /** The sheet the issue is about (worksheet name). */
  sheet: z.string(),
  /** A1 address, or null when the issue is about the sheet as a whole. */
  cell: z.string().nullable(),
  /** Values the message needs (month, rate, plan number…). */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type Issue = z.infer<typeof IssueSchema>;

/** Order for lists: errors first. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
