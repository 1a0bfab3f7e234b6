import { formatIssue } from '../../../src/messages/format-outcome';
import { missingFiscalYear } from '../../../src/validate/rules/missing-fiscal-year';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('missing_fiscal_year', () => {
  it('is an error at the title cell when the sheet has no year', () => {
    const issues = missingFiscalYear.check(sheetWith({ fiscalYear: null }), { asOf: '2023-01-10' });
    expect(issues).toEqual([expect.objectContaining({ code: 'missing_fiscal_year', severity: 'error', cell: 'A1' })]);
    expect(formatIssue(issues[0]!)).toContain('令和4年度');
  });

  it('says nothing when the year is there', () => {
    expect(missingFiscalYear.check(sheetWith(), { asOf: null })).toEqual([]);
  });
});
