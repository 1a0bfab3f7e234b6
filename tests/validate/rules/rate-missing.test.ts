import { formatIssue } from '../../../src/messages/format-outcome';
import { rateMissing } from '../../../src/validate/rules/rate-missing';
import { sheetWith, summary } from '../../helpers/status-sheet-builder';
import { param } from '../../helpers/issue-param';

const emptyRates = sheetWith({ summaries: { firstHalf: summary('firstHalf', null), secondHalf: summary('secondHalf', null), annual: summary('annual', null) } });
const codesAsOf = (asOf: string | null) => rateMissing.check(emptyRates, { asOf }).map((i) => `${i.code}:${String(param(i, 'period'))}`);

describe('rate_missing_after_half and annual_rate_missing', () => {
  it('asks for the first-half rate from 1 October, not on 30 September', () => {
    expect(codesAsOf('2022-09-30')).toEqual([]);
    const issues = rateMissing.check(emptyRates, { asOf: '2022-10-01' });
    expect(issues).toEqual([expect.objectContaining({ code: 'rate_missing_after_half', severity: 'warning', cell: 'A45' })]);
    expect(formatIssue(issues[0]!)).toBe('9月までの上半期が終わっています。上半期の達成率（0〜100%）を入力してください。');
  });

  it('asks for the second-half and annual rates once March of the next calendar year has ended', () => {
    expect(codesAsOf('2023-03-31')).toEqual(['rate_missing_after_half:firstHalf']);
    expect(codesAsOf('2023-04-01')).toEqual(['rate_missing_after_half:firstHalf', 'rate_missing_after_half:secondHalf', 'annual_rate_missing:annual']);
  });

  it('counts an absent annual summary block as a missing rate, pointing at no cell', () => {
    const issues = rateMissing.check(sheetWith({ summaries: { annual: null } }), { asOf: '2023-05-01' });
    expect(issues).toEqual([expect.objectContaining({ code: 'annual_rate_missing', severity: 'warning', cell: null })]);
    expect(formatIssue(issues[0]!)).toContain('年度総評の達成率');
  });

  it('checks nothing without an as-of date or a fiscal year', () => {
    expect(codesAsOf(null)).toEqual([]);
    expect(rateMissing.check({ ...emptyRates, fiscalYear: null }, { asOf: '2024-01-01' })).toEqual([]);
  });
});

describe('where an empty rate is pointed', () => {
  it('points at the input cell the model carries (our template), not the summary label', () => {
    const stamped = { ...emptyRates, rateInputs: { firstHalf: 'D45', secondHalf: 'D69', annual: 'D73' } };
    expect(rateMissing.check(stamped, { asOf: '2023-04-01' }).map((i) => i.cell)).toEqual(['D45', 'D69', 'D73']);
  });
});
