import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { findRecurringWords } from '../../../src/consolidate/themes/recurring-words';
import { segmentWords } from '../../../src/consolidate/themes/segment-words';
import { parseThemesCsv } from '../../../src/consolidate/themes/themes-csv';
import type { ThemeText } from '../../../src/consolidate/themes/theme-text';
import { fy2022Comments } from '../../helpers/fy2022-texts';

const row = (text: string, committee: string, workingGroup: string | null = null): ThemeText => ({ committee, workingGroup, plans: '①', month: 6, kind: 'check', text, file: 'a.xlsx', sheet: '①', cell: 'D9' });

describe('cutting a text into candidate words', () => {
  it('drops particles, auxiliaries, numbers, dates and stop words', () => {
    expect(segmentWords('令和4年度の面接会参加者32人について、アンケートを実施することができた。')).toEqual(['面接', 'アンケート']);
  });

  it('reads half-width katakana as its full-width word', () => {
    expect(segmentWords('ｱﾝｹｰﾄ調査')).toEqual(segmentWords('アンケート調査'));
  });
});

describe('finding recurring words no theme covers', () => {
  it('reports a word of two groups and not a word of one group only', () => {
    const texts = [row('アンケートを配る', '相談部会'), row('アンケートの結果', 'くらし部会', '地域包括ケアWG'), row('ガイドマップを作る', '相談部会'), row('ガイドマップの改訂', '相談部会')];
    expect(findRecurringWords(texts, DEFAULT_THEMES)).toEqual([
      { word: 'アンケート', groups: [{ committee: '相談部会', workingGroup: null }, { committee: 'くらし部会', workingGroup: '地域包括ケアWG' }], count: 2 },
    ]);
  });

  it('leaves out a word a theme covers', () => {
    const texts = [row('研修を行う', '相談部会'), row('研修の準備', '就労部会')];
    expect(findRecurringWords(texts, DEFAULT_THEMES)).toEqual([]);
  });

  describe('on the FY2022 texts', () => {
    const comments = fy2022Comments();
    const words = findRecurringWords(comments, DEFAULT_THEMES);
    const byWord = new Map(words.map((w) => [w.word, w]));

    it('finds アンケート in three groups, 訪問 and ニーズ in two', () => {
      expect(byWord.get('アンケート')?.groups.map((g) => g.workingGroup ?? g.committee)).toEqual(['ヘルパー人材育成WG', '精神障がい地域包括ケアシステムWG', '雇用啓発WG']);
      expect(byWord.get('訪問')?.groups.map((g) => g.workingGroup)).toEqual(['雇用啓発WG', '事業所連絡会WG']);
      expect(byWord.get('ニーズ')?.groups.map((g) => g.workingGroup ?? g.committee)).toEqual(['雇用啓発WG', '相談部会']);
    });

    it('puts the word of most groups first, then the most frequent', () => {
      expect(words[0]?.word).toBe('アンケート');
      for (let i = 1; i < words.length; i++) {
        const [a, b] = [words[i - 1], words[i]];
        if (!a || !b) continue;
        expect(a.groups.length > b.groups.length || (a.groups.length === b.groups.length && a.count >= b.count)).toBe(true);
      }
    });

    it('reports no stop word, no theme keyword and no word of a single group', () => {
      const found = words.map((w) => w.word);
      for (const w of ['実施', '開催', '予定', '今後', '必要', '検討', '研修', 'コロナ', '連携', 'について']) expect(found).not.toContain(w);
      expect(words.every((w) => w.groups.length >= 2)).toBe(true);
    });

    it('gives the same list every time', () => {
      expect(findRecurringWords(fy2022Comments(), DEFAULT_THEMES)).toEqual(words);
    });

    it('drops a word once a custom theme takes it as a keyword', () => {
      const { table } = parseThemesCsv('テーマ,キーワード,モード\n調査,アンケート,追加\n', DEFAULT_THEMES);
      const after = findRecurringWords(comments, table ?? []).map((w) => w.word);
      expect(after).not.toContain('アンケート');
      expect(after).toContain('訪問');
    });
  });
});
