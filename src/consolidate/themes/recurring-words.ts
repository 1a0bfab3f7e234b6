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
import { z } from 'zod';
import { toMatchers, type ThemeTable } from './theme-table';
import { groupKeyOf, ThemeGroupSchema, type ThemeGroup, type ThemeText } from './theme-text';
import { tagsWord } from './tag-themes';
import { segmentWords, type SegmentedWords } from './segment-words';

export const RecurringWordSchema = z.object({
  word: z.string(),
  /** The groups the word occurs in, in the order their first text came. */
  groups: z.array(ThemeGroupSchema),
  /** How many times it occurs in all texts. */
  count: z.number().int(),
});
export type RecurringWord = z.infer<typeof RecurringWordSchema>;

/**
 * Recurring words across at least `minGroups` groups that the table does not cover. `segmented` holds
 * texts already cut (segmentTexts); a text it lacks is segmented here.
 */
export function findRecurringWords(texts: readonly ThemeText[], table: ThemeTable, options: { minGroups?: number; segmented?: SegmentedWords } = {}): RecurringWord[] {
  const minGroups = options.minGroups ?? 2;
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  const matchers = toMatchers(table);
  const keywords = matchers.flatMap((m) => m.keywords.map((k) => k.folded));
  const covered = new Map<string, boolean>();
  const isCovered = (w: string): boolean => {
    let c = covered.get(w);
    if (c === undefined) {
      c = tagsWord(w, matchers) || keywords.some((k) => k.includes(w));
      covered.set(w, c);
    }
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
