/** Everything the 集約_課題 sheet, the overview and SUMMARY.json `themes[]` need from the texts, in one call. */
import * as z from 'zod/mini';
import { findRecurringWords, RecurringWordSchema } from './recurring-words';
import type { SegmentedWords } from './segment-words';
import { tagThemes, ThemeTagSchema, type TaggedText, type TaggedTexts } from './tag-themes';
import type { ThemeTable } from './theme-table';
import { ThemeTextSchema, type ThemeText } from './theme-text';
import { summarizeThemes, ThemeMatrixSchema, ThemeSummarySchema, toThemeMatrix } from './theme-summary';

export const ThemesReportSchema = z.object({
  tagged: z.array(z.extend(ThemeTextSchema, { themes: z.array(ThemeTagSchema) })),
  summary: z.array(ThemeSummarySchema),
  matrix: ThemeMatrixSchema,
  recurring: z.array(RecurringWordSchema),
});
export type ThemesReport = z.infer<typeof ThemesReportSchema>;

/** Tags the texts and builds the per-theme summary, the theme × group matrix and the recurring words. */
export function analyzeThemes<T extends ThemeText>(texts: readonly T[], table: ThemeTable, options: { minGroups?: number; segmented?: SegmentedWords; tagged?: TaggedTexts } = {}): ThemesReport & { tagged: Array<TaggedText<T>> } {
  return reportOnTagged(tagThemes(texts, table, options.tagged), table, options);
}

/** The same report on texts already tagged by `table` (themeTagger), which it lists as they are, not copied. */
export function reportOnTagged<T extends ThemeText>(tagged: Array<TaggedText<T>>, table: ThemeTable, options: { minGroups?: number; segmented?: SegmentedWords } = {}): ThemesReport & { tagged: Array<TaggedText<T>> } {
  return { tagged, summary: summarizeThemes(tagged, table), matrix: toThemeMatrix(tagged, table), recurring: findRecurringWords(tagged, table, options) };
}
