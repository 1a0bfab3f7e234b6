import { formatIssue } from '../../../src/messages/format-outcome';
import { checkActionWithoutDo } from '../../../src/validate/rules/check-action-without-do';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('check_without_do and action_without_do', () => {
  it('warns at the CHECK and ACTION cells of a month with no DO', () => {
    const issues = checkActionWithoutDo.check(sheetWith({ months: { 12: [{ check: '助成制度の周知ができた', action: '訪問先を選定' }] } }), { asOf: null });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['check_without_do', 'warning', 'D33'],
      ['action_without_do', 'warning', 'E33'],
    ]);
    expect(formatIssue(issues[0]!)).toContain('12月に評価（CHECK）がありますが、実行実績（DO）がありません');
  });

  it('accepts a CHECK on another row of a month that has a DO', () => {
    const sheet = sheetWith({ months: { 6: [{ do: '6/14 第1回WG' }, { check: '役割分担ができた' }] } });
    expect(checkActionWithoutDo.check(sheet, { asOf: null })).toEqual([]);
  });

  it('treats a blank DO as no DO', () => {
    const issues = checkActionWithoutDo.check(sheetWith({ months: { 7: [{ do: '  ', check: '振り返り' }] } }), { asOf: null });
    expect(issues.map((i) => i.code)).toEqual(['check_without_do']);
  });
});
