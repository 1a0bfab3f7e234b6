/** plan_without_activity: the year has ended and a plan of the sheet never got a DO. */
import { FISCAL_MONTHS } from '../../domain/fiscal-calendar';
import { issue, type SheetRule } from '../rule';
import { hasDoIn, hasText, isYearEnded } from '../sheet-facts';

/** Warnings at the plan-number cell: a sheet with no DO at all, or on a tagged multi-plan sheet each plan no DO is tagged with. */
export const planWithoutActivity: SheetRule = {
  codes: ['plan_without_activity'],
  check: (sheet, { asOf }) => {
    if (!isYearEnded(sheet, asOf)) return [];
    if (!hasDoIn(sheet, FISCAL_MONTHS)) return [issue(sheet, 'plan_without_activity', 'warning', sheet.planNumbersCell, { plan: sheet.planNumbers.join('・') })];
    const doing = sheet.months.flatMap((b) => b.entries).filter((e) => hasText(e.do));
    // A sheet whose entries carry no tags at all counts every entry for every plan (most sheets never tag).
    if (sheet.planNumbers.length < 2 || !sheet.months.some((b) => b.entries.some((e) => e.planTags.length > 0))) return [];
    return sheet.planNumbers
      .filter((n) => !doing.some((e) => e.planTags.includes(n)))
      .map((n) => issue(sheet, 'plan_without_activity', 'warning', sheet.planNumbersCell, { plan: n }));
  },
};
