/** missing_fiscal_year: the sheet does not say which fiscal year it reports. */
import { issue, type SheetRule } from '../rule';

/** An error at the title (the committee cell, where 「令和4年度」 belongs), or A1 when there is none. */
export const missingFiscalYear: SheetRule = {
  codes: ['missing_fiscal_year'],
  check: (sheet) => (sheet.fiscalYear ? [] : [issue(sheet, 'missing_fiscal_year', 'error', sheet.committee?.cell ?? 'A1')]),
};
