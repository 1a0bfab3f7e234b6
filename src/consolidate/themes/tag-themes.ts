/**
 * Tags each CHECK / ACTION text with the themes it speaks of.
 *
 * Rule: the text and every keyword are folded (foldText: NFKC, lower case, whitespace removed, 障がい → 障害);
 * a theme applies when one of its keywords is a substring of the folded text or one of its patterns matches
 * it. A text may carry several themes or none. Themes are listed in table order and, per theme, the keywords
 * and patterns that matched in the order the table gives them — so the same text and table always give
 * the same tags, and each tag says why it was given.
 */
import { z } from 'zod';
import { foldText, toMatchers, type ThemeMatcher, type ThemeTable } from './theme-table';
import type { ThemeText } from './theme-text';

export const ThemeTagSchema = z.object({
  id: z.string(),
  /** The keywords / pattern sources that matched, as written in the table. */
  matched: z.array(z.string()),
});
export type ThemeTag = z.infer<typeof ThemeTagSchema>;

export type TaggedText<T extends ThemeText = ThemeText> = T & { themes: ThemeTag[] };

/** The themes one text speaks of, against compiled matchers. */
export function matchThemes(text: string, matchers: readonly ThemeMatcher[]): ThemeTag[] {
  const folded = foldText(text);
  const tags: ThemeTag[] = [];
  for (const m of matchers) {
    const matched = [...m.keywords.filter((k) => folded.includes(k.folded)).map((k) => k.source), ...m.patterns.filter((p) => p.regex.test(folded)).map((p) => p.source)];
    if (matched.length > 0) tags.push({ id: m.theme.id, matched });
  }
  return tags;
}

/** Every text with its themes, in input order. */
export function tagThemes<T extends ThemeText>(texts: readonly T[], table: ThemeTable): Array<TaggedText<T>> {
  const matchers = toMatchers(table);
  return texts.map((t) => ({ ...t, themes: matchThemes(t.text, matchers) }));
}
