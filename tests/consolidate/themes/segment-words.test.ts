import fc from 'fast-check';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { findRecurringWords, tableCoverage } from '../../../src/consolidate/themes/recurring-words';
import { segmentTexts, segmentWords } from '../../../src/consolidate/themes/segment-words';
import { themeTextsOf } from '../../../src/consolidate/themes/sheet-texts';
import { matchThemes } from '../../../src/consolidate/themes/tag-themes';
import { toMatchers } from '../../../src/consolidate/themes/theme-table';
import { groupKeyOf, type ThemeGroup, type ThemeText } from '../../../src/consolidate/themes/theme-text';
import { fy2022Comments, fy2022Sheets } from '../../helpers/fy2022-texts';

const row = (text: string, committee: string, workingGroup: string | null = null): ThemeText => ({ committee, workingGroup, plans: '①', month: 6, kind: 'check', text, file: 'a.xlsx', sheet: '①', cell: 'D9' });

/** The recurring words as first written (every text in turn, each word of it counted): what the faster one must equal. */
function referenceRecurringWords(texts: readonly ThemeText[]): Array<{ word: string; groups: ThemeGroup[]; count: number }> {
  const matchers = toMatchers(DEFAULT_THEMES);
  const keywords = matchers.flatMap((m) => m.keywords.map((k) => k.folded));
  const found = new Map<string, { groups: Map<string, ThemeGroup>; count: number }>();
  for (const t of texts) {
    for (const w of segmentWords(t.text)) {
      if (matchThemes(w, matchers).length > 0 || keywords.some((k) => k.includes(w))) continue;
      const e = found.get(w) ?? { groups: new Map<string, ThemeGroup>(), count: 0 };
      e.count += 1;
      if (!e.groups.has(groupKeyOf(t))) e.groups.set(groupKeyOf(t), { committee: t.committee, workingGroup: t.workingGroup });
      found.set(w, e);
    }
  }
  return [...found]
    .filter(([, e]) => e.groups.size >= 2)
    .map(([word, e]) => ({ word, groups: [...e.groups.values()], count: e.count }))
    .sort((a, b) => b.groups.length - a.groups.length || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

describe('texts cut into words ahead of the consolidation', () => {
  it('gives every distinct text the words segmentWords gives it', () => {
    const texts = fy2022Comments().map((c) => c.text);
    const words = segmentTexts(texts);
    expect(words.size).toBe(new Set(texts).size);
    for (const text of texts) expect(words.get(text)).toEqual(segmentWords(text));
  });

  it('are used in place of segmenting: a word only the given words hold comes out', () => {
    const texts = [row('会議を開いた', '相談部会'), row('会議を開いた', '就労部会')];
    expect(findRecurringWords(texts, DEFAULT_THEMES).map((w) => w.word)).toEqual([]);
    const segmented = new Map([['会議を開いた', ['合同会議']]]);
    expect(findRecurringWords(texts, DEFAULT_THEMES, { segmented }).map((w) => w.word)).toEqual(['合同会議']);
  });

  it('give the FY2022 recurring words whether cut ahead or not', () => {
    const comments = fy2022Comments();
    expect(findRecurringWords(comments, DEFAULT_THEMES, { segmented: segmentTexts(comments.map((c) => c.text)) })).toEqual(findRecurringWords(comments, DEFAULT_THEMES));
  });

  it('are a sheet’s CHECK and ACTION texts, the same the dashboard lists for it', () => {
    const comments = fy2022Comments();
    for (const { file, sheet } of fy2022Sheets()) {
      const listed = comments.filter((c) => c.file === file && c.sheet === sheet.sheetName).map((c) => c.text);
      expect(themeTextsOf(sheet)).toEqual(listed);
    }
  });
});

describe('whether the table covers a word', () => {
  const matchers = toMatchers(DEFAULT_THEMES);
  const keywords = matchers.flatMap((m) => m.keywords.map((k) => k.folded));
  /** As first written: a theme tags the word alone, or the word is part of a keyword. */
  const reference = (w: string): boolean => matchThemes(w, matchers).length > 0 || keywords.some((k) => k.includes(w));
  const covers = tableCoverage(matchers);

  it('agrees with matchThemes and the keywords on every word of the FY2022 texts', () => {
    const words = new Set(fy2022Comments().flatMap((c) => segmentWords(c.text)));
    let coveredWords = 0;
    for (const w of words) {
      expect(covers(w)).toBe(reference(w));
      if (covers(w)) coveredWords += 1;
    }
    expect(coveredWords).toBeGreaterThan(10);
  });

  it('agrees on any word made of keyword pieces, pattern words and others', () => {
    const pieces = [...new Set(DEFAULT_THEMES.flatMap((t) => t.keywords.flatMap((k) => [k, k.slice(0, 2), k.slice(1), k.slice(-1)])))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, 'ﾍﾙﾊﾟｰ', 'ML', 'html', '障がい', '不足', 'x', '母', '分母'), { minLength: 1, maxLength: 3 }), (parts) => {
        const w = parts.join('');
        expect(covers(w)).toBe(reference(w));
      }),
      { seed: 17, numRuns: 500 },
    );
  });
});

describe('the recurring words counted once per distinct text of a group', () => {
  it('equal the words counted text by text, groups in the order their first text came', () => {
    const vocabulary = ['アンケート', 'ガイドマップ', 'ピアサポート', '面接会', '訪問', 'ニーズ', '研修', '実施', 'を行った', 'について', '、'];
    const groups: Array<[string, string | null]> = [
      ['相談部会', null],
      ['くらし部会', '地域包括ケアWG'],
      ['就労部会', '雇用啓発WG'],
    ];
    const text = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    let withWords = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom(...groups)), { maxLength: 30 }), (rows) => {
        const texts = rows.map(([t, [committee, wg]]) => row(t, committee, wg));
        const words = findRecurringWords(texts, DEFAULT_THEMES);
        expect(words).toEqual(referenceRecurringWords(texts));
        if (words.length > 1) withWords += 1;
      }),
      { seed: 17, numRuns: 150 },
    );
    // The property ran on texts that have recurring words to order, not only on empty lists.
    expect(withWords).toBeGreaterThan(50);
  });
});
