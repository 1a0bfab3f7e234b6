/** The sheet says whose it is and for which year and plan. */
import { issue, type Rule } from '../rule';

/** missing_committee, missing_fiscal_year, missing_plan / plan_without_number. */
export const identityRule: Rule = (sheet) => {
  const out = [];
  if (!sheet.committee) out.push(issue(sheet, 'missing_committee', 'error', 'A1'));
  if (!sheet.fiscalYear) out.push(issue(sheet, 'missing_fiscal_year', 'error', sheet.committee?.cell ?? 'A1'));
  if (sheet.planNumbers.length === 0) {
    // The 精神障がい WG sheet of FY2022 has plan text but no number: worth a note, not an error.
    if (sheet.plans.length === 0) out.push(issue(sheet, 'missing_plan', 'error', null));
    else out.push(issue(sheet, 'plan_without_number', 'info', sheet.plans[0]?.text.cell ?? null));
  }
  return out;
};
