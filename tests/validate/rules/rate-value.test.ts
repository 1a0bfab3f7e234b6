import { formatIssue } from '../../../src/messages/format-outcome';
import { rateValue } from '../../../src/validate/rules/rate-value';
import { sheetWith, summary } from '../../helpers/status-sheet-builder';

describe('rate_not_number and rate_out_of_range', () => {
  it('reports 「約半分」 as a rate that is not a number, at its cell, quoting it', () => {
    const issues = rateValue.check(sheetWith({ summaries: { firstHalf: summary('firstHalf', null, '約半分') } }), { asOf: null });
    expect(issues).toEqual([expect.objectContaining({ code: 'rate_not_number', severity: 'error', cell: 'C45' })]);
    expect(formatIssue(issues[0]!)).toBe('上半期の達成率「約半分」を数値として読めません。0〜100%の数値で入力してください。');
  });

  it('reports rates above 100 and below 0 as out of range', () => {
    const sheet = sheetWith({ summaries: { secondHalf: summary('secondHalf', 120), annual: summary('annual', -5) } });
    const issues = rateValue.check(sheet, { asOf: null });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['rate_out_of_range', 'error', 'C46'],
      ['rate_out_of_range', 'error', 'C47'],
    ]);
    expect(formatIssue(issues[0]!)).toContain('下半期の達成率が 120%');
  });

  it('accepts 0 and 100 and an empty rate', () => {
    const sheet = sheetWith({ summaries: { firstHalf: summary('firstHalf', 0), secondHalf: summary('secondHalf', 100), annual: summary('annual', null) } });
    expect(rateValue.check(sheet, { asOf: null })).toEqual([]);
  });
});
