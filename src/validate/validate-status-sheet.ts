/** Model (+ context) → issues: every per-sheet rule, and the rules across the sheets of a group. */
import type { Issue } from '../domain/issue';
import { SEVERITY_ORDER, type Severity } from '../domain/issue';
import type { StatusSheet } from '../domain/status-sheet';
import type { RuleContext } from './rule';
import { SHEET_RULES } from './rules';
import { duplicatePlanRule } from './rules/duplicate-plan';

export type ValidateOptions = RuleContext;

/** Runs every per-sheet rule; issues come errors first, then in cell order. */
export function validateStatusSheet(sheet: StatusSheet, options: ValidateOptions): Issue[] {
  return SHEET_RULES.flatMap((rule) => rule(sheet, options)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Rules across the sheets of one workbook (or one group): duplicate plan numbers. */
export function validateGroup(sheets: readonly StatusSheet[]): Issue[] {
  return duplicatePlanRule(sheets);
}

/** Counts issues by severity. */
export function summarizeIssues(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}

/** Whether a sheet belongs to another fiscal year than the one expected. */
export function isOtherFiscalYear(sheet: StatusSheet, expectedYear: number): boolean {
  return sheet.fiscalYear !== null && sheet.fiscalYear.value !== expectedYear;
}
