/**
 * A custom themes CSV (`--themes`, the pane's 課題テーマ表 pick) → the theme table 集約_課題 tags by, with its
 * problems as catalog outcomes. Any error gives no table: a half-read table is never used silently.
 */
import { outcome, type Outcome } from '../domain/outcomes';
import { DEFAULT_THEMES } from '../consolidate/themes/default-themes';
import { parseThemesCsv, type ThemesCsvProblem, type ThemesMode } from '../consolidate/themes/themes-csv';
import type { ThemeTable } from '../consolidate/themes/theme-table';
import { decodeCsv, type SourceFile } from './consolidate-files';

/** One problem of the CSV, worded by src/messages/, with whether it stops the table. */
export interface ThemesFileProblem {
  readonly severity: 'error' | 'warning';
  readonly outcome: Outcome<'themes'>;
}

/** A themes CSV's result: the table (null on any error), whether it replaced or extended the shipped one, its problems. */
export interface ThemesFileResult {
  readonly table: ThemeTable | null;
  readonly mode: ThemesMode;
  readonly problems: ThemesFileProblem[];
}

/** Reads a themes CSV (UTF-8 or Shift_JIS, as Excel saves it) against the shipped table. */
export function readThemesFile(file: SourceFile, options: { mode?: ThemesMode } = {}): ThemesFileResult {
  const result = parseThemesCsv(decodeCsv(file.bytes), DEFAULT_THEMES, options);
  return { table: result.table, mode: result.mode, problems: result.problems.map((p) => ({ severity: p.severity, outcome: toOutcome(p) })) };
}

/** The parser's problem as the catalog's outcome (the same code, its fields as params). */
function toOutcome(p: ThemesCsvProblem): Outcome<'themes'> {
  switch (p.code) {
    case 'no_header':
      return outcome('themes', 'no_header', { row: p.row });
    case 'missing_theme_name':
      return outcome('themes', 'missing_theme_name', { row: p.row });
    case 'no_keywords':
      return outcome('themes', 'no_keywords', { row: p.row, theme: p.theme });
    case 'duplicate_theme':
      return outcome('themes', 'duplicate_theme', { row: p.row, theme: p.theme, firstRow: p.firstRow });
    case 'duplicate_id':
      return outcome('themes', 'duplicate_id', { row: p.row, id: p.id, firstRow: p.firstRow });
    case 'bad_pattern':
      return outcome('themes', 'bad_pattern', { row: p.row, theme: p.theme, pattern: p.pattern });
    case 'bad_mode':
      return outcome('themes', 'bad_mode', { row: p.row, value: p.value });
    case 'conflicting_mode':
      return outcome('themes', 'conflicting_mode', { row: p.row, value: p.value, first: p.first, firstRow: p.firstRow });
    case 'no_themes':
      return outcome('themes', 'no_themes', {});
    case 'invalid_table':
      return outcome('themes', 'invalid_table', {});
    case 'short_keyword':
      return outcome('themes', 'short_keyword', { row: p.row, theme: p.theme, keyword: p.keyword });
  }
}
