/**
 * The reader finds the form from what it says: header cells and merges, month labels left of DO, heading
 * fields by meaning, the end of the month rows; and says so, once, where the form does not add up.
 */
import type { ReadingNote } from '../../src/domain/status-sheet';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { grid, monthTexts, readSheet, type InlineValue } from './grid-helpers';
import { formatOutcome } from '../../src/messages/format-outcome';

const TITLE: InlineValue[][] = [
  ['就労部会 【 雇用啓発 WG 】'],
  ['令和4年度 部会WG状況把握表'],
  ['活動理念', '障がい者の雇用を広げる'],
  ['①', '取り組み計画(PLAN)'],
  ['', '企業向け啓発'],
];

/** Twelve month rows with DO / CHECK / ACTION in `cols`; `texts` fills some months. */
function months(monthCol: number, cols: readonly [number, number, number], texts: Partial<Record<number, [string, string, string]>> = {}): InlineValue[][] {
  return [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => {
    const row: InlineValue[] = [];
    row[monthCol] = `${m}月`;
    const t = texts[m];
    if (t) cols.forEach((c, i) => (row[c] = t[i]));
    return row;
  });
}

const JUNE: [string, string, string] = ['6/14 第1回WG', '選任できた', '継続する'];
const SEPT: [string, string, string] = ['9/13 第2回WG', '課題を整理できた', '次回に提案する'];
const reasons = (notes: readonly ReadingNote[] | undefined): string[] => (notes ?? []).map((n) => n.reason);

describe('columns from the header', () => {
  it('reads DO / CHECK / ACTION under their headers when 担当 stands between the month and DO', () => {
    const rows = [...TITLE, ['', '月', '担当', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [3, 4, 5])];
    rows[8] = ['', '6月', '事務局', ...JUNE];
    const sheet = readSheet(grid(rows));
    expect(monthTexts(sheet, 6)).toEqual([JUNE]);
    expect(sheet.months.find((m) => m.month === 6)?.entries[0]?.do?.cell).toBe('D9');
    expect(sheet.readingNotes).toEqual([]);
  });

  it('reads a month label merged across B:C and a form three columns to the right', () => {
    const rows = [...TITLE.map((r) => ['', '', '', ...r]), ['', '', '', '', '月', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(4, [6, 7, 8], { 9: SEPT })];
    const merges = Array.from({ length: 13 }, (_, i) => `E${6 + i}:F${6 + i}`);
    const sheet = readSheet(grid(rows, merges));
    expect(monthTexts(sheet, 9)).toEqual([SEPT]);
    expect(sheet.committee?.value).toBe('就労部会');
    expect(sheet.workingGroup?.value).toBe('雇用啓発WG');
  });

  it('does not add the first row of a two-row header to the plan text', () => {
    const rows = [...TITLE, ['', '月', '活動の記録'], ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4], { 6: JUNE })];
    const sheet = readSheet(grid(rows, ['C6:E6', 'B6:B7']));
    expect(sheet.plans.map((p) => p.text.value)).toEqual(['企業向け啓発']);
    expect(monthTexts(sheet, 6)).toEqual([JUNE]);
  });
});

describe('heading fields by meaning', () => {
  it('takes the year from the 年度 line, never from a 提出日 date above the title', () => {
    const sheet = readSheet(grid([['', '', '', '提出日：令和5年4月14日'], ...TITLE, ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4])]));
    expect(sheet.fiscalYear).toEqual({ value: 2022, cell: 'A3' });
  });

  it('reads committee, WG and year from labelled cells', () => {
    const rows: InlineValue[][] = [['部会WG状況把握表'], ['年度', '2022年度'], ['部会名', '就労部会'], ['WG名', 'ヘルパー人材育成WG'], ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4])];
    const sheet = readSheet(grid(rows));
    expect([sheet.committee?.value, sheet.workingGroup?.value, sheet.fiscalYear?.value]).toEqual(['就労部会', 'ヘルパー人材育成WG', 2022]);
    expect(sheet.workingGroup?.cell).toBe('B4');
  });

  it('says when the title and a labelled cell name different WGs', () => {
    const rows: InlineValue[][] = [['就労部会 【雇用啓発WG】'], ['令和4年度 部会WG状況把握表'], ['WG名', '事業所連絡会WG'], ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4])];
    const sheet = readSheet(grid(rows));
    expect(sheet.workingGroup?.value).toBe('雇用啓発WG');
    expect(sheet.readingNotes).toEqual([{ kind: 'identity_conflict', reason: 'working_group', cells: ['A1', 'B3'], values: ['雇用啓発WG', '事業所連絡会WG'] }]);
  });
});

describe('where the body ends', () => {
  it('ends the month rows at a 「総評」 caption and reads the 「区分 | 達成率」 block below', () => {
    const rows = [
      ...TITLE,
      ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'],
      ...months(1, [2, 3, 4], { 3: ['3/14 第6回WG', '振り返った', '次年度へ'] }),
      ['総評'],
      ['区分', '', '達成率', '総評'],
      ['上半期', '', { pct: 0.3 }, '啓発が進まなかった'],
      ['下半期', '', '50%', '企業訪問ができた'],
      ['年度', '', 90, '目標を達成した'],
    ];
    const sheet = readSheet(grid(rows));
    expect(monthTexts(sheet, 3)).toEqual([['3/14 第6回WG', '振り返った', '次年度へ']]);
    expect([sheet.summaries.firstHalf?.rate?.value, sheet.summaries.secondHalf?.rate?.value, sheet.summaries.annual?.rate?.value]).toEqual([30, 50, 90]);
    expect(sheet.summaries.annual?.comment).toEqual({ value: '目標を達成した', cell: 'D23' });
  });
});

describe('honest about doubt', () => {
  it('reports text in a column no header names (a hidden column), reads DO from its header, and says the column is hidden', () => {
    const rows = [...TITLE, ['', '月', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [3, 4, 5])];
    rows[8] = ['', '6月', '旧メモ', ...JUNE];
    const g = { ...grid(rows), hiddenColumns: [2] };
    const outcome = readStatusSheet(g);
    if (outcome.kind !== 'status-sheet') throw new Error(formatOutcome(outcome.skip));
    expect(monthTexts(outcome.sheet, 6)).toEqual([JUNE]);
    expect(reasons(outcome.sheet.readingNotes)).toEqual(['text_without_header', 'hidden_column']);
  });

  it('doubts a DO column of dates only and gives one form warning instead of month-by-month ones', () => {
    const texts = Object.fromEntries([6, 7, 9, 11].map((m) => [m, [`${m}/14`, '確認できた', '継続する'] as [string, string, string]]));
    const sheet = readSheet(grid([...TITLE, ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4], texts)]));
    expect(reasons(sheet.readingNotes)).toEqual(['do_only_dates']);
  });

  it('doubts a reading where most CHECK / ACTION texts stand in months without DO', () => {
    const texts = Object.fromEntries([6, 7, 9, 11].map((m) => [m, ['', '確認できた', '継続する'] as [string, string, string]]));
    const rows = [...TITLE, ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4], texts)];
    const report = validateGrids([grid(rows)], { asOf: '2023-04-30' });
    const codes = report.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'form_unreadable')).toHaveLength(1);
    expect(codes).not.toContain('check_without_do');
    expect(codes).not.toContain('action_without_do');
  });

  it('says where CHECK was assumed when its header is missing', () => {
    const sheet = readSheet(grid([...TITLE, ['', '', '実行実績(DO)', '', '改善(ACTION)'], ...months(1, [2, 3, 4], { 6: JUNE })]));
    expect(monthTexts(sheet, 6)).toEqual([JUNE]);
    expect(sheet.readingNotes?.[0]).toMatchObject({ kind: 'layout_doubt', reason: 'check_header_missing', values: ['D'] });
  });

  it('says in words why a sheet with DO header but no months is skipped', () => {
    const outcome = readStatusSheet(grid([['実行実績(DO)', '評価(CHECK)'], ['会議', '良かった']]));
    expect(outcome.kind === 'not-status-sheet' && formatOutcome(outcome.skip)).toContain('月（4月〜3月）の見出しが見つからない');
  });
});

describe('headers twice', () => {
  it('reads the visible DO column when last year’s DO column is hidden beside it, and says so', () => {
    const rows = [...TITLE, ['', '月', '実行実績(DO)', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [3, 4, 5])];
    rows[8] = ['', '6月', '昨年度の記録', ...JUNE];
    const outcome = readStatusSheet({ ...grid(rows), hiddenColumns: [2] });
    if (outcome.kind !== 'status-sheet') throw new Error(formatOutcome(outcome.skip));
    expect(monthTexts(outcome.sheet, 6)).toEqual([JUNE]);
    expect(reasons(outcome.sheet.readingNotes)).toEqual(['header_twice', 'hidden_column']);
  });

  it('takes a header repeated further down for no entry', () => {
    const rows = [...TITLE, ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4], { 6: JUNE })];
    rows.splice(9, 0, ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)']);
    const sheet = readSheet(grid(rows));
    expect(monthTexts(sheet, 6)).toEqual([JUNE]);
    expect(sheet.readingNotes).toEqual([]);
  });
});

describe('identity sources that disagree', () => {
  it('keeps the title’s year and reports the labelled year that differs', () => {
    const rows: InlineValue[][] = [['相談部会 令和4年度 部会状況把握表'], ['年度', '令和5年度'], ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4])];
    const sheet = readSheet(grid(rows));
    expect(sheet.fiscalYear).toEqual({ value: 2022, cell: 'A1' });
    expect(sheet.readingNotes).toEqual([{ kind: 'identity_conflict', reason: 'fiscal_year', cells: ['A1', 'B2'], values: ['2022', '2023'] }]);
  });

  it('takes 暮らし部会 in the title and くらし部会 in a labelled cell for the same committee', () => {
    const rows: InlineValue[][] = [['暮らし部会 【精神障がい地域包括ケアシステムWG】'], ['部会名：くらし部会'], ['令和4年度 部会WG状況把握表'], ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ...months(1, [2, 3, 4])];
    const sheet = readSheet(grid(rows));
    expect([sheet.committee?.value, sheet.committeeCanonical, sheet.readingNotes]).toEqual(['暮らし部会', 'くらし部会', []]);
  });
});

describe('texts in no month', () => {
  it('doubts a text under DO above the first month label instead of dropping it silently', () => {
    const rows = [...TITLE, ['', '', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'], ['', '', '年度当初の打ち合わせ'], ...months(1, [2, 3, 4], { 6: JUNE })];
    const sheet = readSheet(grid(rows));
    expect(sheet.readingNotes).toEqual([{ kind: 'layout_doubt', reason: 'text_outside_month', cells: ['C7'], values: [] }]);
    expect(monthTexts(sheet, 6)).toEqual([JUNE]);
  });
});
