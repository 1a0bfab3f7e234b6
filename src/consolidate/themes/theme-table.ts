/** The theme table: themes of the region's 課題, each a list of keywords and patterns matched on folded text. */
import { z } from 'zod';

/** Folds a text for matching: NFKC (ﾍﾙﾊﾟｰ = ヘルパー, Ａ = A), lower case, no whitespace, one spelling of 障害. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // A cell wraps its lines anywhere (「情報\n共有」): whitespace never separates Japanese words.
      .replace(/\s+/gu, '')
      // 「障がい」「障碍」「障害」 are one word in three spellings (the FY2022 sheets use the first two).
      .replace(/障(がい|碍)/gu, '障害')
  );
}

const isRegExp = (source: string): boolean => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

export const ThemeSchema = z.object({
  /** Stable key (kebab-case English for the shipped themes). */
  id: z.string().min(1),
  ja: z.string().min(1),
  en: z.string().min(1),
  /** Substrings matched on the folded text (they are folded too, so ﾍﾙﾊﾟｰ不足 works as a keyword). */
  keywords: z.array(z.string().min(1)),
  /** Regular expressions (`u` flag) on the folded text, for words that need context (「MLに」 but not 「html」). */
  patterns: z.array(z.string().min(1).refine(isRegExp, { message: 'not a valid regular expression' })).default([]),
});
export type Theme = z.infer<typeof ThemeSchema>;
export type ThemeInput = z.input<typeof ThemeSchema>;

export const ThemeTableSchema = z
  .array(ThemeSchema)
  .min(1)
  .refine((themes) => new Set(themes.map((t) => t.id)).size === themes.length, { message: 'theme ids must be unique' })
  .refine((themes) => themes.every((t) => t.keywords.length + t.patterns.length > 0), { message: 'every theme needs a keyword or a pattern' });
export type ThemeTable = z.infer<typeof ThemeTableSchema>;

/** A theme ready to match: folded keywords and compiled patterns. */
export interface ThemeMatcher {
  readonly theme: Theme;
  readonly keywords: readonly { readonly source: string; readonly folded: string }[];
  readonly patterns: readonly { readonly source: string; readonly regex: RegExp }[];
}

/** Compiles a table once for many texts. */
export function toMatchers(table: ThemeTable): ThemeMatcher[] {
  return table.map((theme) => ({
    theme,
    keywords: theme.keywords.map((source) => ({ source, folded: foldText(source) })).filter((k) => k.folded !== ''),
    // Patterns are written against folded text; no `g` flag, so `test` keeps no state between texts.
    patterns: theme.patterns.map((source) => ({ source, regex: new RegExp(source, 'u') })),
  }));
}
