import { formatIssue } from '../../../src/messages/format-outcome';
import { textAfterAsOf } from '../../../src/validate/rules/text-after-as-of';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('text_after_as_of', () => {
  it('warns at text in a month that has not started yet', () => {
    const sheet = sheetWith({ months: { 11: [{ do: '11/16 第3回WG' }], 12: [{ check: '12月の評価' }] } });
    const issues = textAfterAsOf.check(sheet, { asOf: '2022-11-20' });
    expect(issues).toEqual([expect.objectContaining({ code: 'text_after_as_of', severity: 'warning', cell: 'D33', params: { month: 12, asOf: '2022-11-20' } })]);
    expect(formatIssue(issues[0]!)).toBe('12月はまだ始まっていません（2022-11-20時点）。入力した行が正しいか確認してください。');
  });

  it('accepts text in the month that started today', () => {
    expect(textAfterAsOf.check(sheetWith({ months: { 12: [{ do: '12/1 WG' }] } }), { asOf: '2022-12-01' })).toEqual([]);
  });

  it('accepts a future meeting marked 「(予定)」: that is a plan, not a slip', () => {
    expect(textAfterAsOf.check(sheetWith({ months: { 2: [{ do: '2/28 第6回WG(予定)' }] } }), { asOf: '2023-01-10' })).toEqual([]);
  });

  it('checks nothing without an as-of date', () => {
    expect(textAfterAsOf.check(sheetWith({ months: { 3: [{ do: '3/10 WG' }] } }), { asOf: null })).toEqual([]);
  });
});
