/** planned_in_past: 「(予定)」 left in a month that has already ended. */
import type { Issue } from '../../domain/issue';
import { issue, type SheetRule } from '../rule';
import { entryTexts, isMonthOver } from '../sheet-facts';

/** Half- and full-width brackets: the FY2022 sheets write both 「(予定)」 and 「（予定）」. */
export const PLANNED = /[(（]\s*予定\s*[)）]/;

/** A warning at each text still marked 「(予定)」 after its month ended: the plan should now say what was done. */
export const plannedInPast: SheetRule = {
  codes: ['planned_in_past'],
  check: (sheet, { asOf }) =>
    sheet.months.flatMap((block): Issue[] => {
      if (!isMonthOver(sheet, block.month, asOf)) return [];
      return block.entries.flatMap((e) => entryTexts(e).filter((t) => PLANNED.test(t.value)).map((t) => issue(sheet, 'planned_in_past', 'warning', t.cell, { month: block.month })));
    }),
};
