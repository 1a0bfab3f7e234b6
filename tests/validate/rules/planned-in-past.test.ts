import { formatIssue } from '../../../src/messages/format-outcome';
import { plannedInPast } from '../../../src/validate/rules/planned-in-past';
import { sheetWith } from '../../helpers/status-sheet-builder';
import { param } from '../../helpers/issue-param';

// The ⑥・⑦ sheet of FY2022: 「(予定)」 in 1月 and 2月.
const sheet = sheetWith({ planNumbers: ['⑥', '⑦'], months: { 1: [{ do: '1/24 第5回WG(予定)' }], 2: [{ do: '2/28 第6回WG（予定）' }] } });
const codesAsOf = (asOf: string | null) => plannedInPast.check(sheet, { asOf }).map((i) => param(i, 'month'));

describe('planned_in_past', () => {
  it('warns at a 「(予定)」 text once its month has ended', () => {
    const issues = plannedInPast.check(sheet, { asOf: '2023-02-01' });
    expect(issues).toEqual([expect.objectContaining({ code: 'planned_in_past', severity: 'warning', cell: 'C36', params: { month: 1 } })]);
    expect(formatIssue(issues[0]!)).toContain('1月は終わっていますが「(予定)」のまま');
  });

  it('reads full-width brackets 「（予定）」 as well', () => {
    expect(codesAsOf('2023-03-01')).toEqual([1, 2]);
  });

  it('says nothing while the month is still running, or without an as-of date', () => {
    expect(codesAsOf('2023-01-31')).toEqual([]);
    expect(codesAsOf(null)).toEqual([]);
  });

  it('looks at CHECK and ACTION texts too', () => {
    const s = sheetWith({ months: { 5: [{ do: '5/10 WG', action: '次回 6/14 (予定)' }] } });
    expect(plannedInPast.check(s, { asOf: '2022-07-01' }).map((i) => i.cell)).toEqual(['E12']);
  });
});
