import { grid, monthTexts, readSheet, type InlineValue } from './grid-helpers';

const HEAD: InlineValue[][] = [
  ['就労部会 【 事業所連絡会WG 】'],
  ['令和4年度 部会WG状況把握表'],
  ['活動理念', '福祉と労働が連携し…'],
  ['活動目標', '事業所間コミュニケーションを図り…'],
  ['取り組み計画 (PLAN)'],
  ['①・④・⑤ ①組織づくり ④マルシェの開催 ⑤研修会の開催'],
  ['', '', '実行実績 (DO)', '評価 (CHECK)', '改善 (ACTION)'],
];

/** The twelve month rows (quarter label on each quarter's first month), with extra rows after some months. */
function body(extra: Partial<Record<number, InlineValue[][]>> = {}, withSummaries = true): InlineValue[][] {
  const rows: InlineValue[][] = [];
  [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].forEach((m, i) => {
    rows.push([i % 3 === 0 ? `第${i / 3 + 1} 四半期` : '', `${m}月`]);
    rows.push(...(extra[m] ?? []));
    if (m === 9 && withSummaries) rows.push(['上半期 総評', '達成率', '20%', 'コメント上']);
  });
  if (withSummaries) rows.push(['下半期 総評', '達成率', '70%', 'コメント下'], ['総年評度', '達成率', '80%', 'コメント年']);
  return rows;
}

describe('reading the month rows', () => {
  it('always gives the twelve fiscal months in order, empty months included', () => {
    const sheet = readSheet(grid([...HEAD, ...body()]));
    expect(sheet.months.map((m) => m.month)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
    expect(sheet.months.every((m) => m.entries.length === 0)).toBe(true);
    expect(sheet.months[0]?.label).toBe('B8');
  });

  it('gives every row between one month label and the next to the first month', () => {
    const rows = [...HEAD, ...body()];
    const nov = rows.findIndex((r) => r[1] === '11月');
    rows[nov] = ['', '11月', '11/4WG', '説明した', '周知する'];
    rows.splice(nov + 1, 0, ['', '', '11/15 マルシェ打ち合わせ', '共有した'], ['', '', '11/18 研修グループ打ち合わせ']);
    const sheet = readSheet(grid(rows));
    expect(monthTexts(sheet, 11)).toEqual([
      ['11/4WG', '説明した', '周知する'],
      ['11/15 マルシェ打ち合わせ', '共有した', null],
      ['11/18 研修グループ打ち合わせ', null, null],
    ]);
    expect(monthTexts(sheet, 12)).toEqual([]);
  });

  it('realigns continuation rows the export shifted one or two columns left', () => {
    const rows = [...HEAD, ...body()];
    const nov = rows.findIndex((r) => r[1] === '11月');
    rows[nov] = ['', '11月', '11/4WG', '説明した', '周知する'];
    // 「11/18 研修グループ打ち合わせ」 lost both leading cells; the 12月 row lost its quarter cell.
    rows.splice(nov + 1, 0, ['11/18 研修グループ打ち合わせ', '', '研修当日の進行等について協議した。']);
    rows.splice(nov + 2, 1, ['12月', '11/29、30 伊賀市マルシェ開催', '11事業所が参加', '開催を1日に'], ['', '12/5WG', 'シミュレーションをした']);
    const sheet = readSheet(grid(rows));
    expect(monthTexts(sheet, 11)[1]).toEqual(['11/18 研修グループ打ち合わせ', null, '研修当日の進行等について協議した。']);
    expect(monthTexts(sheet, 12)).toEqual([
      ['11/29、30 伊賀市マルシェ開催', '11事業所が参加', '開催を1日に'],
      ['12/5WG', 'シミュレーションをした', null],
    ]);
    expect(sheet.months.find((m) => m.month === 12)?.entries[0]?.do?.cell).toBe(`B${nov + 3}`);
  });

  it('reads the rows under a month label merged down over them', () => {
    const rows = [...HEAD, ...body({ 6: [['', '', '6/30WG 計画確認'], ['', '', '6/30 追記']] })];
    const june = rows.findIndex((r) => r[1] === '6月');
    const sheet = readSheet(grid(rows, [`B${june + 1}:B${june + 3}`, `A${june - 1}:A${june + 3}`]));
    expect(monthTexts(sheet, 6)).toEqual([['6/30WG 計画確認', null, null], ['6/30 追記', null, null]]);
  });

  it('counts a lone 「↓」 as a DO text that continues the row above', () => {
    const rows = [...HEAD, ...body()];
    const apr = rows.findIndex((r) => r[1] === '4月');
    rows[apr] = ['第1 四半期', '4月', '↓', '⑦ガイドブック完成にむけて検討'];
    const sheet = readSheet(grid(rows));
    expect(sheet.months[0]?.entries[0]).toMatchObject({ do: { value: '↓', cell: `C${apr + 1}` }, planTags: ['⑦'] });
  });

  it('reads three texts per row when the ACTION header is missing', () => {
    const head = HEAD.map((r) => (r[2] === '実行実績 (DO)' ? ['', '実行実績(DO)', '評価(CHECK)'] : r));
    const rows = [...head, ...body({})];
    const jun = rows.findIndex((r) => r[1] === '6月');
    rows[jun] = ['', '6月', '・部会長の選任', '・選任できた', '・テーマを決める'];
    expect(monthTexts(readSheet(grid(rows)), 6)).toEqual([['・部会長の選任', '・選任できた', '・テーマを決める']]);
  });

  it('does not give 9月 the rows after the 上半期 summary', () => {
    const rows = [...HEAD, ...body()];
    const sep = rows.findIndex((r) => r[1] === '9月');
    rows[sep] = ['', '9月', '9/27WG'];
    const sheet = readSheet(grid(rows));
    expect(monthTexts(sheet, 9)).toEqual([['9/27WG', null, null]]);
    expect(sheet.summaries.firstHalf?.comment?.value).toBe('コメント上');
  });

  it('reads month labels written full-width', () => {
    const rows = [...HEAD, ...body()].map((r) => (typeof r[1] === 'string' && r[1].endsWith('月') ? [r[0], r[1].replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), ...r.slice(2)] : r));
    const sheet = readSheet(grid(rows));
    expect(sheet.months.filter((m) => m.label !== null)).toHaveLength(12);
  });
});
