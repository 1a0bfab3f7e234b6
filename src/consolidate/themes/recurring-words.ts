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
  // counted as often as it occurs, in the order the texts came (which orders a word's groups). Groups,
  // texts and words are numbered and their facts kept in arrays of numbers: the objects and maps per text
  // and per word made ~20 MB of garbage at 5,000 plan sheets, during the consolidation's peak (bench/README.md).
  const groups = new GroupNumbers();
  const byGroup: Array<Map<string, number>> = [];
  // Sized for every text at once (a list grown by push passes through a chain of copies, each past 16,384
  // entries made old at once by V8).
  const distinct = new Array<ThemeText>(texts.length);
  const distinctGroup = new Int32Array(texts.length);
  const times = new Int32Array(texts.length);
  let distinctCount = 0;
  for (const t of texts) {
    const g = groups.of(t);
    const own = (byGroup[g] ??= new Map<string, number>());
    const seen = own.get(t.text);
    if (seen !== undefined) times[seen] = (times[seen] ?? 0) + 1;
    else {
      own.set(t.text, distinctCount);
      distinct[distinctCount] = t;
      distinctGroup[distinctCount] = g;
      times[distinctCount++] = 1;
    }
  }
  const wordIndex = new Map<string, number>();
  const words: string[] = [];
  const count: number[] = [];
  // Each word's groups in the order first seen, each with the text it was first seen in there (which names
  // the group in the report), as pairs in one array; `lastGroup` spares the search while a group's texts
  // come in a row.
  const wordGroups: number[][] = [];
  const lastGroup: number[] = [];
  // Each distinct text is segmented once (segmenting was the theme report's largest cost).
  const segmented = new Map<string, readonly string[]>();
  for (let d = 0; d < distinctCount; d++) {
    const text = (distinct[d] as ThemeText).text;
    const g = distinctGroup[d] ?? 0;
    const n = times[d] ?? 0;
    let cut = segmented.get(text) ?? options.segmented?.get(text);
    if (!cut) segmented.set(text, (cut = segmentWords(text, segmenter)));
    for (const w of cut) {
      if (isCovered(w)) continue;
      let k = wordIndex.get(w);
      if (k === undefined) {
        k = words.push(w) - 1;
        wordIndex.set(w, k);
        count.push(0);
        wordGroups.push([]);
        lastGroup.push(-1);
      }
      count[k] = (count[k] ?? 0) + n;
      if (lastGroup[k] === g) continue;
      lastGroup[k] = g;
      const own = wordGroups[k] as number[];
      if (!hasGroup(own, g)) own.push(g, d);
    }
  }
  const out: RecurringWord[] = [];
  words.forEach((word, k) => {
    const pairs = wordGroups[k] ?? [];
    if (pairs.length / 2 < minGroups) return;
    const named: ThemeGroup[] = [];
    for (let p = 1; p < pairs.length; p += 2) {
      const t = distinct[pairs[p] ?? 0] as ThemeText;
      named.push({ committee: t.committee, workingGroup: t.workingGroup });
    }
    out.push({ word, groups: named, count: count[k] ?? 0 });
  });
  return out.sort((a, b) => b.groups.length - a.groups.length || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/** Whether the pairs (group, text) hold group `g`. */
function hasGroup(pairs: readonly number[], g: number): boolean {
  for (let p = 0; p < pairs.length; p += 2) if (pairs[p] === g) return true;
  return false;
}

/** Numbers the groups (committee / WG) in the order their first text comes, without a key string per text. */
class GroupNumbers {
  private readonly byCommittee = new Map<string, Map<string | null, number>>();
  private readonly byKey = new Map<string, number>();

  /** The number of the text's group: one per key (groupKeyOf), so no WG and an empty WG are one group. */
  of(t: ThemeGroup): number {
    let own = this.byCommittee.get(t.committee);
    if (!own) this.byCommittee.set(t.committee, (own = new Map<string | null, number>()));
    let g = own.get(t.workingGroup);
    if (g === undefined) {
      const key = groupKeyOf(t);
      g = this.byKey.get(key) ?? this.byKey.size;
      this.byKey.set(key, g);
      own.set(t.workingGroup, g);
    }
    return g;
  }
}
