/**
 * The 集約 tab's optional 課題テーマ表 (a themes CSV, as `consolidate --themes`): read when 集約 starts, before
 * any workbook, so a table with an error stops the run with its rows listed and nothing written — the
 * sheet would otherwise silently differ from what the secretariat wrote.
 */
import type { ThemeTable } from '../consolidate/themes/theme-table';
import type { ThemesMode } from '../consolidate/themes/themes-csv';
import { readThemesFile, type ThemesFileProblem } from '../jobs/themes-file';

/** A picked themes CSV. */
export interface ThemesChoice {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the chosen table gave in a run, kept as data so the card words it in the language then on. */
export interface ThemesUse {
  readonly name: string;
  /** An error in the table (or a file far too large for one): nothing was consolidated. */
  readonly refused: boolean;
  readonly tooLarge: boolean;
  /** Whether the table replaced the shipped one or was added to it (the CSV's モード column). */
  readonly mode: ThemesMode;
  /** Themes in the table the run used (0 when refused). */
  readonly themes: number;
  readonly problems: readonly ThemesFileProblem[];
}

/** A theme table is a few dozen rows; anything this large is not one (the CLI's limit is for workbooks). */
export const MAX_THEMES_BYTES = 1024 * 1024;

/** Reads the chosen CSV: the table to tag by (null when refused) and what to tell the user. */
export function readThemesChoice(choice: ThemesChoice): { table: ThemeTable | null; use: ThemesUse } {
  const base = { name: choice.name, mode: 'replace' as const, themes: 0, problems: [] };
  if (choice.bytes.length > MAX_THEMES_BYTES) return { table: null, use: { ...base, refused: true, tooLarge: true } };
  const { table, mode, problems } = readThemesFile({ name: choice.name, bytes: choice.bytes });
  const refused = table === null || problems.some((p) => p.severity === 'error');
  return { table: refused ? null : table, use: { name: choice.name, refused, tooLarge: false, mode, themes: refused ? 0 : (table?.length ?? 0), problems } };
}
