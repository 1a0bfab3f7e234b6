/** missing_plan / plan_without_number: the sheet has no plan, or a plan without its number. */
import { issue, type SheetRule } from '../rule';

/** An error when there is neither a plan number nor a plan text; only a note when the text has no number. */
export const missingPlan: SheetRule = {
  codes: ['missing_plan', 'plan_without_number'],
  check: (sheet) => {
    if (sheet.planNumbers.length > 0) return [];
    if (sheet.plans.length === 0) return [issue(sheet, 'missing_plan', 'error', sheet.planNumbersCell)];
    // The FY2022 精神障がい地域包括ケアシステムWG sheet has plan text but no number: worth a note, not an error.
    return [issue(sheet, 'plan_without_number', 'info', sheet.plans[0]?.text.cell ?? null)];
  },
};
