/** What the consolidation takes: read sheets with their file, issues, failures and the roster. */
import type { Issue } from '../domain/issue';
import type { Outcome } from '../domain/outcomes';
import type { StatusSheet } from '../domain/status-sheet';
import type { FileFailure } from './dashboard';
import type { RosterEntry } from './roster';
import type { YearSelection } from './year-selection';
import type { ThemeTable } from './themes/theme-table';
import type { SegmentedWords } from './themes/segment-words';
import type { TaggedTexts } from './themes/tag-themes';

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
  /**
   * Several years side by side (集約_経年): the usual sheets for the latest selected year, the earlier
   * years' sheets only in the trend. Absent or null: one year, as `fiscalYear` / `includeOtherYears` say.
   */
  years?: YearSelection | null;
  /** The theme table 集約_課題 tags the texts by; omitted = the shipped DEFAULT_THEMES. */
  themes?: ThemeTable;
  /** CHECK / ACTION texts already cut into words where they were read (segmentTexts); the rest is cut here. */
  segmented?: SegmentedWords;
  /** CHECK / ACTION texts already tagged by `themes` (matchThemes; the pane, as each file arrives); the rest is tagged here. */
  tagged?: TaggedTexts;
}
