import { matchEntryHeader, matchHeadingLabel, matchMonthLabel, matchPlanLabel, matchQuarterLabel, matchSummaryLabel, startsWithRateLabel } from '../../src/reader/match-label';

describe('matchSummaryLabel', () => {
  it.each([
    ['上半期 総評', 'firstHalf'],
    ['上半期総評', 'firstHalf'],
    ['総評 上半期', 'firstHalf'],
    ['上半期\n総評', 'firstHalf'],
    ['総 上 半 期 評 価', 'firstHalf'],
    ['下半 期 総 評', 'secondHalf'],
    ['総 下 半 期 評 価', 'secondHalf'],
    ['下半期総評', 'secondHalf'],
    ['総年評度', 'annual'],
    ['総年 評度', 'annual'],
    ['総 年 評 価', 'annual'],
    ['総 年度 評 定', 'annual'],
    ['総評 年度', 'annual'],
    ['年度\n総評', 'annual'],
  ])('reads the label scrambled by a vertical merge 「%s」 as %s', (text, kind) => {
    expect(matchSummaryLabel(text)).toBe(kind);
  });

  it.each(['総評（コメント）', '達成率', '上半期の訪問に向けて総合的に評価した', '総合評価'])('does not take 「%s」 for a summary label', (text) => {
    expect(matchSummaryLabel(text)).toBeNull();
  });
});

describe('matchEntryHeader', () => {
  it.each(['実行実績(DO)', '実行実績 (DO)', '実行実績（DO）', '実行実績（ＤＯ）'])('reads 「%s」 as the DO header', (text) => {
    expect(matchEntryHeader(text)).toBe('do');
  });

  it('reads CHECK and ACTION headers with either bracket width', () => {
    expect(matchEntryHeader('評価 (CHECK)')).toBe('check');
    expect(matchEntryHeader('評価（CHECK）')).toBe('check');
    expect(matchEntryHeader('改善(ACTION)')).toBe('action');
    expect(matchEntryHeader('改善（ACTION）')).toBe('action');
  });

  it('leaves a DO text that merely mentions 実行 alone', () => {
    expect(matchEntryHeader('6/30 WG会議 今年度活動計画の確認 開催日、開催方法について確認')).toBeNull();
  });
});

describe('month and quarter labels', () => {
  it('reads months written half- or full-width, with stray spaces', () => {
    expect(matchMonthLabel('4月')).toBe(4);
    expect(matchMonthLabel('１２月')).toBe(12);
    expect(matchMonthLabel(' 3 月 ')).toBe(3);
  });

  it('takes no month from text that only contains one', () => {
    expect(matchMonthLabel('13月')).toBeNull();
    expect(matchMonthLabel('4月の予定')).toBeNull();
    expect(matchMonthLabel('11/29、30 伊賀市マルシェ開催')).toBeNull();
  });

  it('reads quarter labels split by the export', () => {
    expect(matchQuarterLabel('第1 四半期')).toBe(1);
    expect(matchQuarterLabel('第3 四半 期')).toBe(3);
    expect(matchQuarterLabel('第４四半期')).toBe(4);
    expect(matchQuarterLabel('第5四半期')).toBeNull();
  });
});

describe('heading labels', () => {
  it('finds the plan label with or without a space or full-width brackets', () => {
    expect(matchPlanLabel('取り組み計画(PLAN)')).toBe(true);
    expect(matchPlanLabel('取り組み計画 (PLAN)')).toBe(true);
    expect(matchPlanLabel('取り組み計画（PLAN）')).toBe(true);
    expect(matchPlanLabel('取り組み計画 (PLAN)\n【第1期四半期計画】')).toBe(true);
    expect(matchPlanLabel('来年度の計画について協議')).toBe(false);
  });

  it('knows 活動理念, 活動目標 and 達成率', () => {
    expect(matchHeadingLabel('活動理念')).toBe('philosophy');
    expect(matchHeadingLabel('活動 目標')).toBe('goal');
    expect(startsWithRateLabel('達成率 50%')).toBe(true);
    expect(startsWithRateLabel('50%')).toBe(false);
  });
});
