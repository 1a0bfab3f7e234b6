import { formatIssue } from '../../../src/messages/format-outcome';
import { missingPlan } from '../../../src/validate/rules/missing-plan';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('missing_plan', () => {
  it('is an error when there is neither a plan number nor a plan text', () => {
    const issues = missingPlan.check(sheetWith({ planNumbers: [], plans: [] }), { asOf: null });
    expect(issues).toEqual([expect.objectContaining({ code: 'missing_plan', severity: 'error', cell: 'A5' })]);
    expect(formatIssue(issues[0]!)).toContain('取り組み計画');
  });

  it('is only a note at the plan text when the text has no number, as on the 精神障がい WG sheet', () => {
    const sheet = sheetWith({ planNumbers: [], plans: [{ number: null, text: { value: '精神障がいにも対応した地域包括ケアシステムの構築', cell: 'B5' }, quarter: null }] });
    expect(missingPlan.check(sheet, { asOf: null })).toEqual([expect.objectContaining({ code: 'plan_without_number', severity: 'info', cell: 'B5' })]);
  });

  it('says nothing when the sheet has plan numbers', () => {
    expect(missingPlan.check(sheetWith({ planNumbers: ['①', '④', '⑤'] }), { asOf: null })).toEqual([]);
  });
});
