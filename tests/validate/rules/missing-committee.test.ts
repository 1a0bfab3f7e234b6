import { formatIssue } from '../../../src/messages/format-outcome';
import { missingCommittee } from '../../../src/validate/rules/missing-committee';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('missing_committee', () => {
  it('is an error at A1 when the sheet names no committee', () => {
    const [issue, ...rest] = missingCommittee.check(sheetWith({ committee: null }), { asOf: null });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'missing_committee', severity: 'error', cell: 'A1', sheet: '①' });
    expect(formatIssue(issue!)).toContain('部会名');
  });

  it('says nothing when the committee is there', () => {
    expect(missingCommittee.check(sheetWith(), { asOf: null })).toEqual([]);
  });
});
