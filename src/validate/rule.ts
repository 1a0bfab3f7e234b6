/** The shape every validation rule has: a pure function of the sheet and the context, plus the codes it may emit. */
import type { Issue, Severity } from '../domain/issue';
import type { StatusSheet } from '../domain/status-sheet';

export interface RuleContext {
  /** ISO date the checks are made as of; null disables the date-based rules. */
  readonly asOf: string | null;
}

export type Rule = (sheet: StatusSheet, context: RuleContext) => Issue[];

/** A per-sheet rule as registered in the table: generic code runs `check`; `codes` lets tests hold every code to a message. */
export interface SheetRule {
  readonly codes: readonly string[];
  readonly check: Rule;
}

/** A rule across the sheets of one workbook or group. */
export interface GroupRule {
  readonly codes: readonly string[];
  readonly check: (sheets: readonly StatusSheet[]) => Issue[];
}

/** Builds an issue for a sheet. */
export function issue(sheet: StatusSheet, code: string, severity: Severity, cell: string | null, params: Issue['params'] = {}): Issue {
  return { code, severity, sheet: sheet.sheetName, cell, params };
}
