import { formatIssue } from '../../../src/messages/format-outcome';
import { planWithoutActivity } from '../../../src/validate/rules/plan-without-activity';
import { sheetWith } from '../../helpers/status-sheet-builder';

const yearEnd = { asOf: '2023-04-30' };

describe('plan_without_activity', () => {
  it('warns at year end about a plan of a tagged sheet that no DO is tagged with', () => {
    const sheet = sheetWith({ planNumbers: ['⑥', '⑦'], months: { 7: [{ do: '⑥MLに追加', tags: ['⑥'] }], 4: [{ check: '⑦ガイドブック完成にむけて', tags: ['⑦'] }] } });
    const issues = planWithoutActivity.check(sheet, yearEnd);
    expect(issues).toEqual([expect.objectContaining({ code: 'plan_without_activity', severity: 'warning', cell: 'A5', params: { plan: '⑦' } })]);
    expect(formatIssue(issues[0]!)).toContain('計画⑦の実行実績（DO）が1件もありません');
  });

  it('counts every entry for every plan when the sheet tags nothing', () => {
    const sheet = sheetWith({ planNumbers: ['①', '④', '⑤'], months: { 6: [{ do: '6/14 第1回WG' }] } });
    expect(planWithoutActivity.check(sheet, yearEnd)).toEqual([]);
  });

  it('warns once for a sheet with no DO at all at year end', () => {
    const issues = planWithoutActivity.check(sheetWith({ planNumbers: ['②', '③'] }), yearEnd);
    expect(issues).toEqual([expect.objectContaining({ code: 'plan_without_activity', params: { plan: '②・③' } })]);
  });

  it('speaks of the sheet when a silent sheet has no plan number', () => {
    const plans = [{ number: null, text: { value: '事例検討', cell: 'B5' }, quarter: null }];
    const issues = planWithoutActivity.check(sheetWith({ planNumbers: [], plans }), yearEnd);
    expect(formatIssue(issues[0]!)).toBe('年度が終わりましたが、実行実績（DO）が1件もありません。実施内容を入力してください。');
  });

  it('waits until the year has ended', () => {
    expect(planWithoutActivity.check(sheetWith(), { asOf: '2023-03-31' })).toEqual([]);
    expect(planWithoutActivity.check(sheetWith(), { asOf: null })).toEqual([]);
  });
});
