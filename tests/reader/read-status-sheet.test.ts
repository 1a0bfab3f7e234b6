import type { Grid, GridCell } from '../../src/domain/grid';
import { encodeStamp, STAMP_MARKER, STAMP_NAME } from '../../src/domain/stamp';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { renderStatusSheet } from '../../src/template/render-status-sheet';
import { templateLayout } from '../../src/domain/template-layout';
import { seedGrids } from '../helpers/seed-grids';
import { grid, gridFromSpec, monthTexts, readSheet } from './grid-helpers';
import { formatOutcome } from '../../src/messages/format-outcome';

const REQUEST = { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', plans: ['①', '④', '⑤'], createdAt: '2022-04-01T00:00:00.000Z' };

/** Types a value into a grid cell, as a user fills the template. */
function type(g: Grid, row: number, col: number, value: GridCell): Grid {
  const rows = g.rows.map((r) => (r ? [...r] : []));
  const target = (rows[row] ??= []);
  target[col] = value;
  return { ...g, rows };
}
const text = (t: string): GridCell => ({ kind: 'text', text: t });

/** The standard sheet for REQUEST, filled with a few entries and rates. */
function filledTemplate(locale: 'ja' | 'en' = 'ja'): Grid {
  const layout = templateLayout(3);
  let g = gridFromSpec(renderStatusSheet({ ...REQUEST, locale }));
  const nov = layout.months.find((m) => m.month === 11)!;
  g = type(g, nov.firstRow, 2, text('11/4WG 伊賀マルシェの詳細について。'));
  g = type(g, nov.firstRow + 1, 2, text('11/15 伊賀市マルシェ打ち合わせ'));
  g = type(g, nov.firstRow + 1, 3, text('当日の流れを共有した。'));
  g = type(g, nov.firstRow + 2, 4, text('メンバー間で周知する。'));
  g = type(g, layout.plans[1]!.input.row, 2, text('マルシェの開催'));
  g = type(g, layout.summaries.firstHalf.rate.row, 2, { kind: 'number', value: 0.2, percent: true });
  g = type(g, layout.summaries.firstHalf.comment.row, 3, text('事業所訪問は見送った。'));
  g = type(g, layout.summaries.annual.rate.row, 2, text('約半分'));
  return g;
}

describe('a sheet our template wrote', () => {
  const layout = templateLayout(3);

  it.each(['ja', 'en'] as const)('is read exactly by its stamp and layout (%s labels)', (locale) => {
    const sheet = readSheet(filledTemplate(locale));
    expect(sheet.origin).toBe('template');
    expect(sheet.committee).toEqual({ value: '就労部会', cell: 'A1' });
    expect(sheet.workingGroup?.value).toBe('事業所連絡会WG');
    expect(sheet.planNumbers).toEqual(['①', '④', '⑤']);
    expect(sheet.plans).toEqual([{ number: '④', text: { value: 'マルシェの開催', cell: `C${layout.plans[1]!.input.row + 1}` }, quarter: null }]);
    expect(monthTexts(sheet, 11)).toEqual([
      ['11/4WG 伊賀マルシェの詳細について。', null, null],
      ['11/15 伊賀市マルシェ打ち合わせ', '当日の流れを共有した。', null],
      [null, null, 'メンバー間で周知する。'],
    ]);
    const first = layout.summaries.firstHalf;
    expect(sheet.summaries.firstHalf).toEqual({
      kind: 'firstHalf',
      label: `A${first.firstRow + 1}`,
      rate: { value: 20, raw: '20%', cell: `C${first.firstRow + 2}` },
      comment: { value: '事業所訪問は見送った。', cell: `D${first.firstRow + 2}` },
      extra: [],
    });
    expect(sheet.summaries.secondHalf?.rate).toBeNull();
    expect(sheet.summaries.annual?.rate).toMatchObject({ value: null, raw: '約半分' });
  });

  it('reads the same content through the tolerant path when the stamp is gone', () => {
    const g = filledTemplate();
    const unstamped: Grid = { ...g, rows: g.rows.map((r) => r?.map((c) => (c?.kind === 'text' && c.text.startsWith(STAMP_MARKER) ? null : c))) };
    const exact = readSheet(g);
    const tolerant = readSheet(unstamped);
    expect(tolerant.origin).toBe('legacy');
    expect(tolerant.committee?.value).toBe('就労部会');
    expect(tolerant.workingGroup?.value).toBe('事業所連絡会WG');
    expect(tolerant.fiscalYear?.value).toBe(2022);
    expect(tolerant.planNumbers).toEqual(['①', '④', '⑤']);
    expect(tolerant.months).toEqual(exact.months);
    expect(tolerant.summaries.firstHalf).toEqual(exact.summaries.firstHalf);
    expect(tolerant.summaries.annual?.rate).toEqual(exact.summaries.annual?.rate);
    expect(tolerant.readingNotes).toEqual([]);
  });

  it('finds the stamp where the sheet-scoped name points, and ignores the name of another sheet', () => {
    const stamp = encodeStamp({ schemaVersion: 1, committee: '相談部会', workingGroup: null, plans: ['①'], fiscalYear: 2022 });
    const seed = seedGrids()[0]!;
    const g = type(seed, 30, 9, text(stamp));
    const names = [{ name: STAMP_NAME, ref: `'${g.name}'!$J$31`, sheet: g.name }];
    const sheet = readSheet(g, { names });
    expect(sheet.origin).toBe('template');
    expect(sheet.stamp?.committee).toBe('相談部会');
    // A legacy layout under a stamp still reads through the tolerant path.
    expect(sheet.summaries.firstHalf?.rate?.value).toBe(100);
    expect(readSheet(g, { names: [{ name: STAMP_NAME, ref: "'他のシート'!$J$31", sheet: '他のシート' }] }).origin).toBe('legacy');
  });

  it('reads a sheet whose stamp does not parse as a legacy sheet', () => {
    const g = type(seedGrids()[0]!, 0, 6, text(`${STAMP_MARKER}{"broken":`));
    const sheet = readSheet(g);
    expect(sheet.origin).toBe('legacy');
    expect(sheet.committee?.value).toBe('相談部会');
  });
});

describe('grids that are not status sheets', () => {
  it.each([
    ['an empty sheet', grid([])],
    ['a memo', grid([['メモ'], ['提出期限は4月末'], ['担当: 障がい福祉課']])],
    ['a pivot of months without DO texts', grid([['月', '件数'], ['4月', 3], ['5月', 1], ['6月', 0], ['7月', 2]])],
    ['a sheet with only two month labels', grid([['', '', '実行実績(DO)'], ['', '4月', '会議'], ['', '5月']])],
  ])('skips %s with a reason in Japanese', (_what, g) => {
    const outcome = readStatusSheet(g);
    expect(outcome.kind).toBe('not-status-sheet');
    if (outcome.kind === 'not-status-sheet') expect(formatOutcome(outcome.skip)).toMatch(/状況把握表ではないと判断しました。$/);
  });
});
