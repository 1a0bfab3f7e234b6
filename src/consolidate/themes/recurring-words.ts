/**
 * Words that recur across groups and no theme covers: a hint for themes the table lacks.
 *
 * Each text is folded (foldText), cut into words by `Intl.Segmenter('ja', { granularity: 'word' })` (ICU's
 * dictionary segmenter, in Node 20 and every current browser, no download), and a word is kept when it is
 * word-like, at least two characters, not only hiragana (those are particles, endings and auxiliaries:
 * 「について」「できる」), not a number or date, not a stop word, and not covered by the table — no theme
 * tags the word alone and it is no part of a keyword. Words found in at least `minGroups` groups (committee /
 * WG) come out by groups, then occurrences, descending, then by code point: the same texts, the same list.
 */
import * as z from 'zod/mini';
import { foldText } from './fold-text';
import { toMatchers, type ThemeMatcher, type ThemeTable } from './theme-table';
import { groupKeyOf, ThemeGroupSchema, type ThemeGroup, type ThemeText } from './theme-text';
import { segmentWords, wordSegmenter, type SegmentedWords } from './segment-words';

export const RecurringWordSchema = z.object({
  word: z.string(),
  /** The groups the word occurs in, in the order their first text came. */
  groups: z.array(ThemeGroupSchema),
  /** How many times it occurs in all texts. */
  count: z.number().check(z.int()),
});
export type RecurringWord = z.infer<typeof RecurringWordSchema>;

/**
 * Whether the table covers a word: a theme tags the word alone (one of its keywords is in the folded word,
 * or a pattern matches it, as matchThemes finds) or the word is part of a keyword. Asked through sets of
 * substrings — a word's are few, and a keyword's are made once — where comparing every distinct word
 * with every keyword was words × keywords (a tenth of a 100-sheet CLI run).
 */
export function tableCoverage(matchers: readonly ThemeMatcher[]): (word: string) => boolean {
  const keywords = new Set(matchers.flatMap((m) => m.keywords.map((k) => k.folded)));
  const longest = Math.max(0, ...[...keywords].map((k) => k.length));
  const parts = new Set<string>();
  for (const k of keywords) for (let i = 0; i < k.length; i++) for (let j = i + 1; j <= k.length; j++) parts.add(k.slice(i, j));
  const patterns = matchers.flatMap((m) => m.patterns.map((p) => p.regex));
  return (word) => {
    if (parts.has(word)) return true;
    const folded = foldText(word);
    for (let i = 0; i < folded.length; i++) {
      for (let j = i + 1; j <= Math.min(folded.length, i + longest); j++) if (keywords.has(folded.slice(i, j))) return true;
    }
    return patterns.some((p) => p.test(folded));
  };
}

/**
 * Recurring words across at least `minGroups` groups that the table does not cover. `segmented` holds
 * texts already cut (segmentTexts); a text it lacks is segmented here.
 */
export function findRecurringWords(texts: readonly ThemeText[], table: ThemeTable, options: { minGroups?: number; segmented?: SegmentedWords } = {}): RecurringWord[] {
  const minGroups = options.minGroups ?? 2;
  const segmenter = wordSegmenter();
  const covers = tableCoverage(toMatchers(table));
  const covered = new Map<string, boolean>();
  const isCovered = (w: string): boolean => {
    let c = covered.get(w);
    if (c === undefined) covered.set(w, (c = covers(w)));
    return c;
  };
  // Texts repeat from month to month: each distinct text of a group is gone through once and its words
  // counted as often as it occurs, in the order the texts came (which orders a word's groups).
  const byGroup = new Map<string, Map<string, { text: ThemeText; times: number }>>();
  const distinct: Array<{ key: string; text: ThemeText; times: number }> = [];
  for (const t of texts) {
    const key = groupKeyOf(t);
    let own = byGroup.get(key);
    if (!own) byGroup.set(key, (own = new Map<string, { text: ThemeText; times: number }>()));
    const seen = own.get(t.text);
    if (seen) seen.times += 1;
    else {
      const entry = { key, text: t, times: 1 };
      own.set(t.text, entry);
      distinct.push(entry);
    }
  }
  const found = new Map<string, { groups: Map<string, ThemeGroup>; count: number }>();
  // Each distinct text is segmented once (segmenting was the theme report's largest cost).
  const segmented = new Map<string, readonly string[]>();
  for (const { key, text: t, times } of distinct) {
    let words = segmented.get(t.text) ?? options.segmented?.get(t.text);
    if (!words) segmented.set(t.text, (words = segmentWords(t.text, segmenter)));
    for (const w of words) {
      if (isCovered(w)) continue;
      let e = found.get(w);
      if (!e) found.set(w, (e = { groups: new Map<string, ThemeGroup>(), count: 0 }));
      e.count += times;
      if (!e.groups.has(key)) e.groups.set(key, { committee: t.committee, workingGroup: t.workingGroup });
    }
  }
  return [...found]
    .filter(([, e]) => e.groups.size >= minGroups)
    .map(([word, e]) => ({ word, groups: [...e.groups.values()], count: e.count }))
    .sort((a, b) => b.groups.length - a.groups.length || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
