/** missing_committee: the sheet does not say whose it is. */
import { issue, type SheetRule } from '../rule';

/** An error: without a committee the sheet cannot be placed in the dashboard. */
export const missingCommittee: SheetRule = {
  codes: ['missing_committee'],
  check: (sheet) => (sheet.committee ? [] : [issue(sheet, 'missing_committee', 'error', 'A1')]),
};
