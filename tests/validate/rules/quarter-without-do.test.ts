import { formatIssue } from '../../../src/messages/format-outcome';
import { quarterWithoutDo } from '../../../src/validate/rules/quarter-without-do';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('quarter_without_do', () => {
  it('notes an ended silent quarter when other quarters had activity, at the label of its first month', () => {
    const issues = quarterWithoutDo.check(sheetWith({ months: { 6: [{ do: '6/14 第1回WG' }] } }), { asOf: '2022-10-01' });
    expect(issues).toEqual([expect.objectContaining({ code: 'quarter_without_do', severity: 'info', cell: 'B18', params: { quarter: 2 } })]);
    expect(formatIssue(issues[0]!)).toContain('第2四半期が終わりましたが');
  });

  it('accepts the ヘルパー人材育成WG rhythm (6, 9, 11, 1月): every quarter has a meeting', () => {
    const sheet = sheetWith({ months: { 6: [{ do: '6/9 WG' }], 9: [{ do: '9/8 WG' }], 11: [{ do: '11/10 WG' }], 1: [{ do: '1/12 WG' }] } });
    expect(quarterWithoutDo.check(sheet, { asOf: '2023-04-30' })).toEqual([]);
  });

  it('warns at the quarter plan when the plan is split per quarter and that quarter had no DO', () => {
    const sheet = sheetWith({
      plans: [1, 2].map((q) => ({ number: null, text: { value: `【第${q}期四半期計画】`, cell: `B${q + 5}` }, quarter: q as 1 | 2 })),
      months: { 6: [{ do: '6/14 WG' }] },
    });
    expect(quarterWithoutDo.check(sheet, { asOf: '2022-10-05' })).toEqual([expect.objectContaining({ severity: 'warning', cell: 'B7', params: { quarter: 2 } })]);
  });

  it('says nothing for a quarter still running, or for a sheet silent all year (plan_without_activity covers it)', () => {
    expect(quarterWithoutDo.check(sheetWith({ months: { 4: [{ do: '4/20 WG' }] } }), { asOf: '2022-09-30' })).toEqual([]);
    expect(quarterWithoutDo.check(sheetWith(), { asOf: '2023-04-30' })).toEqual([]);
  });
});
