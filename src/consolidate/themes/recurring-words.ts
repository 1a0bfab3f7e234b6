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
import { foldText, toMatchers, type ThemeTable } from './theme-table';
import { groupKeyOf, ThemeGroupSchema, type ThemeGroup, type ThemeText } from './theme-text';
import { tagsWord } from './tag-themes';
import { STOP_WORDS } from './stop-words';

export const RecurringWordSchema = z.object({
  word: z.string(),
  /** The groups the word occurs in, in the order their first text came. */
  groups: z.array(ThemeGroupSchema),
  /** How many times it occurs in all texts. */
  count: z.number().int(),
});
export type RecurringWord = z.infer<typeof RecurringWordSchema>;

// Digits with the counters and date units the sheets write: 「32人」「11社」「R5」「1週間」「令和4」.
const NUMBERISH = /^(r|h)?[\d.,:/~-]+(年度?|月|日|時|分|人|名|社|回|件|例|円|代|歳|週間?|か月|ヶ月|%|団体|事業所|班)?$/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const HAS_LETTER = /[\p{L}]/u;

/** Cuts one text into the candidate words (folded, filtered; repeats kept). */
export function segmentWords(text: string, segmenter: Intl.Segmenter = new Intl.Segmenter('ja', { granularity: 'word' })): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(foldText(text))) {
    const w = s.segment;
    if (s.isWordLike !== true || [...w].length < 2 || !HAS_LETTER.test(w) || HIRAGANA_ONLY.test(w) || NUMBERISH.test(w) || STOP_WORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** Texts → their candidate words (segmentWords), as segmented ahead, elsewhere (a worker that read the file). */
export type SegmentedWords = ReadonlyMap<string, readonly string[]>;

/**
 * Segments each distinct text once, for a thread other than the consolidation's: `Intl.Segmenter` costs
 * ~0.5 µs per segment whatever the script (bench/README.md), the largest single item of the theme work.
 */
export function segmentTexts(texts: Iterable<string>, into: Map<string, readonly string[]> = new Map()): Map<string, readonly string[]> {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  for (const text of texts) if (!into.has(text)) into.set(text, segmentWords(text, segmenter));
  return into;
}

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
  const found = new Map<string, { groups: Map<string, ThemeGroup>; count: number }>();
  // Each distinct text is segmented once (texts repeat from month to month; segmenting was the theme
  // report's largest cost).
  const segmented = new Map<string, readonly string[]>();
  for (const t of texts) {
    let words = segmented.get(t.text) ?? options.segmented?.get(t.text);
    if (!words) segmented.set(t.text, (words = segmentWords(t.text, segmenter)));
    for (const w of words) {
      if (isCovered(w)) continue;
      const e = found.get(w) ?? { groups: new Map<string, ThemeGroup>(), count: 0 };
      e.count += 1;
      if (!e.groups.has(groupKeyOf(t))) e.groups.set(groupKeyOf(t), { committee: t.committee, workingGroup: t.workingGroup });
      found.set(w, e);
    }
  }
  return [...found]
    .filter(([, e]) => e.groups.size >= minGroups)
    .map(([word, e]) => ({ word, groups: [...e.groups.values()], count: e.count }))
    .sort((a, b) => b.groups.length - a.groups.length || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
