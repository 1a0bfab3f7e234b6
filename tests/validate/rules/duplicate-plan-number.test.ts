import { formatIssue } from '../../../src/messages/format-outcome';
import { duplicatePlanNumber } from '../../../src/validate/rules/duplicate-plan-number';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('duplicate_plan_number', () => {
  it('is an error on the second sheet of a group that repeats a plan number', () => {
    const a = sheetWith({ sheetName: '①・②', planNumbers: ['①', '②'] });
    const b = sheetWith({ sheetName: '②', planNumbers: ['②'], workingGroup: '【 雇用啓発 WG 】' });
    const issues = duplicatePlanNumber.check([a, b]);
    expect(issues).toEqual([{ code: 'duplicate_plan_number', severity: 'error', sheet: '②', cell: 'A5', params: { plan: '②', other: '①・②' } }]);
    expect(formatIssue(issues[0]!)).toBe('計画番号②がシート「①・②」にもあります。どちらかの番号を直してください。');
  });

  it('takes 暮らし部会 and くらし部会 as one committee', () => {
    const a = { ...sheetWith({ sheetName: 'A', committee: '暮らし部会' }), committeeCanonical: 'くらし部会' };
    const b = sheetWith({ sheetName: 'B', committee: 'くらし部会' });
    expect(duplicatePlanNumber.check([a, b]).map((i) => i.sheet)).toEqual(['B']);
  });

  it('does not mix working groups or fiscal years', () => {
    expect(duplicatePlanNumber.check([sheetWith({ sheetName: 'A' }), sheetWith({ sheetName: 'B', workingGroup: '事業所連絡会WG' })])).toEqual([]);
    expect(duplicatePlanNumber.check([sheetWith({ sheetName: 'A' }), sheetWith({ sheetName: 'B', fiscalYear: 2023 })])).toEqual([]);
  });
});
