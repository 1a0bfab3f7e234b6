import { isSummaryCaption, matchHeaderWord, matchHeadingField, matchSummaryBlockHeader, matchSummaryPeriod } from '../../src/reader/form-vocabulary';

describe('matchHeaderWord', () => {
  it.each([
    ['実行実績(DO)', 'do'], ['実行実績（ＤＯ）', 'do'], ['実行実績 (DO)', 'do'], ['実行実績', 'do'], ['(DO)', 'do'], ['実施内容(DO)', 'do'], ['Done (DO)', 'do'],
    ['評価(CHECK)', 'check'], ['評価', 'check'], ['（CHECK）', 'check'], ['Evaluation (CHECK)', 'check'],
    ['改善(ACTION)', 'action'], ['改善', 'action'], ['改善点', 'action'],
    ['月', 'month'], ['四半期', 'quarter'],
    ['備考', 'extra'], ['担当', 'extra'], ['開催日', 'extra'], ['達成率(％)', 'extra'], ['達成率', 'extra'],
  ])('reads the header 「%s」 as %s', (text, kind) => {
    expect(matchHeaderWord(text)).toBe(kind);
  });

  it.each(['6/14 第1回WG', '取り組み計画(PLAN)', '活動の記録', '評価できた', '改善する必要がある'])('takes 「%s」 for no header', (text) => {
    expect(matchHeaderWord(text)).toBeNull();
  });
});

describe('the heading and summary tables', () => {
  it('names the labelled heading fields', () => {
    expect(['部会名', 'WG名', 'ワーキンググループ', '年度', '対象年度：', '部会長'].map(matchHeadingField)).toEqual(['committee', 'workingGroup', 'workingGroup', 'fiscalYear', 'fiscalYear', null]);
  });

  it('knows a summary block by its caption, its header cells and its period labels', () => {
    expect(['総評', '総　評', '総評を書く'].map(isSummaryCaption)).toEqual([true, true, false]);
    expect(['区分', '達成率', '総評', '備考'].map(matchSummaryBlockHeader)).toEqual(['label', 'rate', 'comment', null]);
    expect(['上半期', '下半期 総評', '年度', '年間', '上半期の予定'].map(matchSummaryPeriod)).toEqual(['firstHalf', 'secondHalf', 'annual', 'annual', null]);
  });
});
