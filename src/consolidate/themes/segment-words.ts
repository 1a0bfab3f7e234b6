/**
 * Texts cut into the candidate words of 集約_課題's recurring words: `Intl.Segmenter('ja', { granularity:
 * 'word' })` over the folded text, filtered (see recurring-words.ts). No zod and no table here: the CLI's
 * segmenting worker thread loads this file alone.
 */
import { foldText } from './fold-text';
import { STOP_WORDS } from './stop-words';

/** Texts → their candidate words (segmentWords), as cut ahead elsewhere (a worker that read the file). */
export type SegmentedWords = ReadonlyMap<string, readonly string[]>;

// Digits with the counters and date units the sheets write: 「32人」「11社」「R5」「1週間」「令和4」.
const NUMBERISH = /^(r|h)?[\d.,:/~-]+(年度?|月|日|時|分|人|名|社|回|件|例|円|代|歳|週間?|か月|ヶ月|%|団体|事業所|班)?$/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const HAS_LETTER = /[\p{L}]/u;

let shared: Intl.Segmenter | undefined;
/**
 * The one Japanese word segmenter (it keeps no state between texts): made when first asked, not at start-up,
 * and not once per call (~13 µs each, once per workbook in the CLI's thread).
 */
export const wordSegmenter = (): Intl.Segmenter => (shared ??= new Intl.Segmenter('ja', { granularity: 'word' }));

/** Cuts one text into the candidate words (folded, filtered; repeats kept). */
export function segmentWords(text: string, segmenter: Intl.Segmenter = wordSegmenter()): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(foldText(text))) {
    const w = s.segment;
    if (s.isWordLike !== true || [...w].length < 2 || !HAS_LETTER.test(w) || HIRAGANA_ONLY.test(w) || NUMBERISH.test(w) || STOP_WORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

/**
 * Segments each distinct text once, for a thread other than the consolidation's: `Intl.Segmenter` costs
 * ~0.5 µs per segment whatever the script (bench/README.md), the largest single item of the theme work.
 */
export function segmentTexts(texts: Iterable<string>, into: Map<string, readonly string[]> = new Map()): Map<string, readonly string[]> {
  const segmenter = wordSegmenter();
  for (const text of texts) if (!into.has(text)) into.set(text, segmentWords(text, segmenter));
  return into;
}
