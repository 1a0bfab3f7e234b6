/** What the consolidation takes: read sheets with their file, issues, failures and the roster. */
import type { Issue } from '../domain/issue';
import type { Outcome } from '../domain/outcomes';
import type { StatusSheet } from '../domain/status-sheet';
import type { FileFailure } from './dashboard';
import type { RosterEntry } from './roster';
import type { ThemeTable } from './themes/theme-table';

export interface ConsolidationInput {
  sheets: Array<{ file: string; sheet: StatusSheet; fileModified?: string }>;
  issues: Array<Issue & { file: string }>;
  failures: FileFailure[];
  skipped: Array<{ file: string; sheet: string; skip: Outcome<'skip'> }>;
  roster: RosterEntry[] | null;
  asOf: string | null;
  /** Rates under this (percent) are flagged 要確認. */
  threshold: number;
  generatedAt: string;
  /** The expected fiscal year; null = the most common year among the sheets. */
  fiscalYear: number | null;
  includeOtherYears: boolean;
  /** The theme table 集約_課題 tags the texts by; omitted = the shipped DEFAULT_THEMES. */
  themes?: ThemeTable;
}
