import type { StatusSheet } from '../../src/domain/status-sheet';
import { grid, readSheet, type InlineValue } from './grid-helpers';

const HEAD: InlineValue[][] = [
  ['就労部会 【雇用啓発 WG】'],
  ['令和4年度 部会WG状況把握表'],
  ['②', '取り組み計画（PLAN）'],
  ['', '企業訪問の実施'],
  ['', '実行実績（DO）', '評価（CHECK）', '改善（ACTION）'],
];
const MONTHS: InlineValue[][] = [4, 5, 6, 7, 8, 9].map((m) => ['', `${m}月`]);
const LATER: InlineValue[][] = [10, 11, 12, 1, 2, 3].map((m) => ['', `${m}月`]);

/** A sheet whose 上半期 block is `block` (one or more rows) and whose other summaries are plain. */
function firstHalfOf(block: InlineValue[][], merges: string[] = []): StatusSheet {
  const rows = [...HEAD, ...MONTHS, ...block, ...LATER, ['下半期総評', '達成率', '20%'], ['総年評度', '達成率', '20%']];
  return readSheet(grid(rows, merges));
}

describe('reading a summary block', () => {
  it('reads the rate in its own cell beside 「達成率」', () => {
    const s = firstHalfOf([['上半期総評', '達成率', '20%', '新型コロナウイルス感染拡大の影響により…']]).summaries.firstHalf;
    expect(s).toMatchObject({ label: 'A12', rate: { value: 20, raw: '20%', cell: 'C12' }, comment: { value: '新型コロナウイルス感染拡大の影響により…', cell: 'D12' }, extra: [] });
  });

  it('reads the rate when it shares the label cell, and keeps a DO text of the row as extra', () => {
    const s = firstHalfOf([['総評 上半期', '達成率 30%', '面接会開催に向けた調整', '下半期の面接会開催に向けた調整・確認を行った。']]).summaries.firstHalf;
    expect(s?.rate).toEqual({ value: 30, raw: '達成率 30%', cell: 'B12' });
    expect(s?.comment?.value).toBe('下半期の面接会開催に向けた調整・確認を行った。');
    expect(s?.extra).toEqual([{ value: '面接会開催に向けた調整', cell: 'C12' }]);
  });

  it('reads the rate on the line below 「達成率」, with the comment beside the label', () => {
    const s = firstHalfOf([['上半期 総評', '達成率', '', 'WGの事業に関して、随時MLを活用した。'], ['', '30%']], ['A12:A13']).summaries.firstHalf;
    expect(s?.rate).toEqual({ value: 30, raw: '30%', cell: 'B13' });
    expect(s?.comment).toEqual({ value: 'WGの事業に関して、随時MLを活用した。', cell: 'D12' });
  });

  it('reads a rate typed as 0.8 in a percent format', () => {
    const s = firstHalfOf([['上半期 総評', '達成率', { pct: 0.8 }, 'よくできた']]).summaries.firstHalf;
    expect(s?.rate).toEqual({ value: 80, raw: '80%', cell: 'C12' });
  });

  it('keeps a rate that is not a number as raw text with a null value', () => {
    expect(firstHalfOf([['上半期 総評', '達成率', '約半分', 'まずまず']]).summaries.firstHalf?.rate).toEqual({ value: null, raw: '約半分', cell: 'C12' });
    expect(firstHalfOf([['上半期 総評', '達成率 約半分', 'まずまず']]).summaries.firstHalf?.rate).toEqual({ value: null, raw: '約半分', cell: 'B12' });
  });

  it('gives a summary without any rate a null rate and keeps its comment', () => {
    const s = firstHalfOf([['総 上 半 期 評 価', '研修会については、次年度は年内に2回実施できるよう早めに準備を始める。']]).summaries.firstHalf;
    expect(s?.rate).toBeNull();
    expect(s?.comment?.cell).toBe('B12');
  });

  it('does not take the next month row for a rate on the line below', () => {
    const rows = [...HEAD, ...MONTHS, ['上半期 総評', '達成率'], ['第3四半期', '10月', '10/20 WG会議'], ...LATER.slice(1)];
    const sheet = readSheet(grid(rows));
    expect(sheet.summaries.firstHalf?.rate).toBeNull();
    expect(sheet.months.find((m) => m.month === 10)?.entries[0]?.do?.value).toBe('10/20 WG会議');
  });

  it('reads the template block: label over two rows, rate in C and comment in D of the second row', () => {
    const block: InlineValue[][] = [['上半期\n総評', '', '達成率', '総評（コメント）'], ['', '', { pct: 0.5 }, '半分ほど進んだ']];
    const s = firstHalfOf(block, ['A12:B13', 'D12:E12', 'D13:E13']).summaries.firstHalf;
    expect(s).toEqual({ kind: 'firstHalf', label: 'A12', rate: { value: 50, raw: '50%', cell: 'C13' }, comment: { value: '半分ほど進んだ', cell: 'D13' }, extra: [] });
  });
});
