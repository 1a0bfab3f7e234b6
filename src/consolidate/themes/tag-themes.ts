/**
 * Tags each CHECK / ACTION text with the themes it speaks of.
 *
 * Rule: the text and every keyword are folded (foldText: NFKC, lower case, whitespace removed, 障がい → 障害);
 * a theme applies when one of its keywords is a substring of the folded text or one of its patterns matches
 * it. A text may carry several themes or none. Themes are listed in table order and, per theme, the keywords
 * and patterns that matched in the order the table gives them — so the same text and table always give
 * the same tags, and each tag says why it was given.
 */
import * as z from 'zod/mini';
import { foldText } from './fold-text';
import { toMatchers, type ThemeMatcher, type ThemeTable } from './theme-table';
import type { ThemeText } from './theme-text';

export const ThemeTagSchema = z.object({
  id: z.string(),
  /** The keywords / pattern sources that matched, as written in the table. */
  matched: z.array(z.string()),
  /**
   * What of the text they matched, for people: a keyword as the table writes it, a pattern's match in the
   * folded text (「ヘルパー不足」, not the expression that found it); once each, in the order of `matched`.
   */
  words: z.array(z.string()),
});
export type ThemeTag = z.infer<typeof ThemeTagSchema>;

export type TaggedText<T extends ThemeText = ThemeText> = T & { themes: ThemeTag[] };

/** The themes one text speaks of, against compiled matchers. */
export function matchThemes(text: string, matchers: readonly ThemeMatcher[]): ThemeTag[] {
  const folded = foldText(text);
  const tags: ThemeTag[] = [];
  for (const m of matchers) {
    const keywords = m.keywords.filter((k) => folded.includes(k.folded));
    const patterns = m.patterns.flatMap((p) => {
      const hit = p.regex.exec(folded);
      return hit ? [{ source: p.source, word: hit[0] }] : [];
    });
    const matched = [...keywords.map((k) => k.source), ...patterns.map((p) => p.source)];
    if (matched.length > 0) tags.push({ id: m.theme.id, matched, words: [...new Set([...keywords.map((k) => k.source), ...patterns.map((p) => p.word)])] });
  }
  return tags;
}

/** Texts → their tags (matchThemes) against one table, as tagged ahead (the pane, file by file as the files arrive). */
export type TaggedTexts = ReadonlyMap<string, ThemeTag[]>;

/**
 * The themes of a text against one table, each distinct text matched once: texts repeat (a group copies
 * its CHECK from month to month), and the texts that say one thing share its tags, read-only. `given`
 * holds texts already tagged by the same table.
 */
export function themeTagger(table: ThemeTable, given?: TaggedTexts): (text: string) => ThemeTag[] {
  const matchers = toMatchers(table);
  const known = new Map<string, ThemeTag[]>();
  return (text) => {
    let themes = known.get(text) ?? given?.get(text);
    if (!themes) known.set(text, (themes = matchThemes(text, matchers)));
    return themes;
  };
}

/** Every text with its themes, in input order; `given` holds texts already tagged by the same table. */
export function tagThemes<T extends ThemeText>(texts: readonly T[], table: ThemeTable, given?: TaggedTexts): Array<TaggedText<T>> {
  const tag = themeTagger(table, given);
  // Object.assign, not a spread: at 5,000 plan sheets the 94,000 spread copies took ~450 bytes each (a map
  // and descriptors per copy), these ~130 (bench/README.md); the keys come in the same order. The
  // consolidation makes its comment rows tagged instead (consolidate.ts): no copy at all.
  return texts.map((t) => Object.assign({}, t, { themes: tag(t.text) }));
}
