import { formatIssue } from '../../../src/messages/format-outcome';
import { dateInOtherMonth } from '../../../src/validate/rules/date-in-other-month';
import { sheetWith } from '../../helpers/status-sheet-builder';
import { param } from '../../helpers/issue-param';

const check = (month: 4 | 6 | 10 | 12 | 1, text: string) => dateInOtherMonth.check(sheetWith({ months: { [month]: [{ do: text }] } }), { asOf: null });

describe('date_in_other_month', () => {
  it('warns when the 12月 row holds 「11/29、30 伊賀市マルシェ開催」, at the DO cell', () => {
    const sheet = sheetWith({ months: { 12: [{ do: '11/29、30 伊賀市マルシェ開催' }, { do: '12/5WG、研修グループ打ち合わせ' }] } });
    const issues = dateInOtherMonth.check(sheet, { asOf: null });
    expect(issues).toEqual([expect.objectContaining({ code: 'date_in_other_month', severity: 'warning', cell: 'C33', params: { month: 12, dateMonth: 11, text: '11/29、30 伊賀市マルシェ開催' } })]);
    expect(formatIssue(issues[0]!)).toBe('12月の行に 11月の日付（「11/29、30 伊賀市マルシェ開催」）があります。11月の行に移すか、日付を確認してください。');
  });

  it('accepts a date of the row month, in half- or full-width digits', () => {
    expect(check(6, '6/14 第1回WG')).toEqual([]);
    expect(check(6, '６／１４　第1回WG')).toEqual([]);
    expect(check(10, '10月20日 第3回WG')).toEqual([]);
  });

  it('reads full-width digits and 「月日」 dates too', () => {
    expect(check(4, '５／２０　打ち合わせ').map((i) => param(i, 'dateMonth'))).toEqual([5]);
    expect(check(1, '12月26日 連絡会').map((i) => param(i, 'dateMonth'))).toEqual([12]);
  });

  it('does not take 「R5.1.30」 or a date in the middle of the text as the leading date', () => {
    expect(check(12, 'R5.1.30 に報告書提出')).toEqual([]);
    expect(check(12, '研修会の振り返り（11/29実施分）')).toEqual([]);
  });

  it('keeps plan tags apart from the date: 「①1/24」 in the 1月 row is 1/24, not 11/24', () => {
    expect(check(1, '①1/24 第4回WG')).toEqual([]);
    expect(check(12, '⑥11/15 ML追加').map((i) => param(i, 'dateMonth'))).toEqual([11]);
  });

  it('accepts a list of dates that reaches into the row month', () => {
    expect(check(10, '9/30〜10/1 合同研修')).toEqual([]);
  });

  it('reads an Excel date the grid gives as ISO', () => {
    expect(check(4, '2022-05-20').map((i) => param(i, 'dateMonth'))).toEqual([5]);
  });
});
