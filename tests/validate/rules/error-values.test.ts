import { formatIssue } from '../../../src/messages/format-outcome';
import { errorValueRule } from '../../../src/validate/rules/error-values';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('cell_error_value', () => {
  it('warns at a DO cell that shows 「#REF!」 in place of its text', () => {
    const issues = errorValueRule(sheetWith({ months: { 6: [{ do: '#REF!' }, { do: '#REF!の修正について' }] } }), { asOf: null });
    expect(issues).toEqual([expect.objectContaining({ code: 'cell_error_value', severity: 'warning', cell: 'C15', params: { value: '#REF!' } })]);
    expect(formatIssue(issues[0]!)).toContain('エラー値（#REF!）');
  });
});
