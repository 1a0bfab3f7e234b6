/** The theme table: themes of the region's 課題, each a list of keywords and patterns matched on folded text. */
import * as z from 'zod/mini';
import { foldText } from './fold-text';

/**
 * Folds a pattern as foldText folds the text it runs on — NFKC (an IME's 「（の｜が）」 is 「(の|が)」), no
 * literal whitespace, 障害 — and compiles it case-insensitive, so 「ML」 finds the folded 「ml」.
 */
export function toPattern(source: string): RegExp {
  // No `g` flag: `test` then keeps no state between texts.
  return new RegExp(source.normalize('NFKC').replace(/ +/gu, '').replace(/障(がい|碍)/gu, '障害'), 'iu');
}

/** Whether a pattern compiles (a table or CSV with a broken one is refused). */
export function isPattern(source: string): boolean {
  try {
    toPattern(source);
    return true;
  } catch {
    return false;
  }
}

export const ThemeSchema = z.object({
  /** Stable key (kebab-case English for the shipped themes). */
  id: z.string().check(z.minLength(1)),
  ja: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
  /** Substrings matched on the folded text (they are folded too, so ﾍﾙﾊﾟｰ不足 works as a keyword). */
  keywords: z.array(z.string().check(z.minLength(1))),
  /** Regular expressions on the folded text (see toPattern), for words that need context (「MLに」 but not 「html」). */
  patterns: z._default(z.array(z.string().check(z.minLength(1), z.refine(isPattern, { message: 'not a valid regular expression' }))), []),
});
export type Theme = z.infer<typeof ThemeSchema>;
export type ThemeInput = z.input<typeof ThemeSchema>;

export const ThemeTableSchema = z
  .array(ThemeSchema)
  .check(
    z.minLength(1),
    z.refine((themes) => new Set(themes.map((t) => t.id)).size === themes.length, { message: 'theme ids must be unique' }),
    z.refine((themes) => themes.every((t) => t.keywords.length + t.patterns.length > 0), { message: 'every theme needs a keyword or a pattern' }),
  );
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
    patterns: theme.patterns.map((source) => ({ source, regex: toPattern(source) })),
  }));
}
