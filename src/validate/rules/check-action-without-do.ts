/** check_without_do / action_without_do: an evaluation or improvement in a month where nothing was done. */
import type { Issue } from '../../domain/issue';
import { issue, type SheetRule } from '../rule';
import { hasText, monthHasDo } from '../sheet-facts';

/** Warnings at the CHECK / ACTION cell when no row of that month has a DO (often typed one row off). */
export const checkActionWithoutDo: SheetRule = {
  codes: ['check_without_do', 'action_without_do'],
  check: (sheet) =>
    sheet.months.flatMap((block): Issue[] => {
      if (monthHasDo(block)) return [];
      return block.entries.flatMap((e) => [
        ...(hasText(e.check) ? [issue(sheet, 'check_without_do', 'warning', e.check.cell, { month: block.month })] : []),
        ...(hasText(e.action) ? [issue(sheet, 'action_without_do', 'warning', e.action.cell, { month: block.month })] : []),
      ]);
    }),
};
