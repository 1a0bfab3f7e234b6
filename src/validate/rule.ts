/** The shape every validation rule has: a pure function of the sheet and the context, plus the codes it may emit. */
import type { Issue, IssueOf, Severity } from '../domain/issue';
import type { IssueCode, IssueParams } from '../domain/outcomes';
import type { StatusSheet } from '../domain/status-sheet';

export interface RuleContext {
  /** ISO date the checks are made as of; null disables the date-based rules. */
  readonly asOf: string | null;
}

export type Rule = (sheet: StatusSheet, context: RuleContext) => Issue[];

/** A per-sheet rule as registered in the table: generic code runs `check`; `codes` lets tests hold every code to a message. */
export interface SheetRule {
  readonly codes: readonly IssueCode[];
  readonly check: Rule;
}

/** A rule across the sheets of one workbook or group. */
export interface GroupRule {
  readonly codes: readonly IssueCode[];
  readonly check: (sheets: readonly StatusSheet[]) => Issue[];
}

/** A code's params, optional when the code takes none. */
type ParamsArg<C extends IssueCode> = Record<string, never> extends IssueParams[C] ? [params?: IssueParams[C]] : [params: IssueParams[C]];

/** Builds an issue for a sheet; the compiler holds the params to what the catalog gives the code. */
export function issue<C extends IssueCode>(sheet: StatusSheet, code: C, severity: Severity, cell: string | null, ...[params]: ParamsArg<C>): Issue {
  const built: IssueOf<C> = { code, severity, sheet: sheet.sheetName, cell, params: params ?? ({} as IssueParams[C]) };
  // IssueOf<C> is one member of the Issue union; TypeScript cannot see that for a generic C.
  return built as unknown as Issue;
}
