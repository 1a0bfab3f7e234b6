/** Model (+ context) → issues: every per-sheet rule, and the rules across the sheets of a group. */
import { parseA1 } from '../domain/cell-ref';
import type { Issue } from '../domain/issue';
import { SEVERITY_ORDER, type Severity } from '../domain/issue';
import type { StatusSheet } from '../domain/status-sheet';
import type { RuleContext } from './rule';
import { GROUP_RULES, SHEET_RULES } from './rules';
import { hasLayoutDoubt, LAYOUT_DEPENDENT_CODES } from './rules/reading-notes';

export type ValidateOptions = RuleContext;

/**
 * Runs every per-sheet rule; issues come errors first, then sheet-wide ones, then in cell order (row, column).
 * When the reader doubted the form's columns, the one 「様式を読み取れない」 warning stands for the warnings
 * that depend on those columns.
 */
export function validateStatusSheet(sheet: StatusSheet, options: ValidateOptions): Issue[] {
  const doubt = hasLayoutDoubt(sheet.readingNotes);
  return SHEET_RULES.flatMap((rule) => rule.check(sheet, options))
    .filter((i) => !doubt || !LAYOUT_DEPENDENT_CODES.has(i.code))
    .sort(compareIssues);
}

/** Rules across the sheets of one workbook (or one group): duplicate plan numbers. */
export function validateGroup(sheets: readonly StatusSheet[]): Issue[] {
  return GROUP_RULES.flatMap((rule) => rule.check(sheets));
}

/** Counts issues by severity. */
export function summarizeIssues(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}

/** Whether a sheet belongs to another fiscal year than the one expected (a sheet without a year is not "other"). */
export function isOtherFiscalYear(sheet: StatusSheet, expectedYear: number): boolean {
  return sheet.fiscalYear !== null && sheet.fiscalYear.value !== expectedYear;
}

function compareIssues(a: Issue, b: Issue): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const pa = a.cell === null ? null : parseA1(a.cell);
  const pb = b.cell === null ? null : parseA1(b.cell);
  if (pa === null || pb === null) return (pa === null ? 0 : 1) - (pb === null ? 0 : 1);
  return pa.row - pb.row || pa.col - pb.col;
}
