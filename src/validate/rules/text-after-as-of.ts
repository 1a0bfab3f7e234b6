/** text_after_as_of: text in a month that has not started yet, usually typed one row off. */
import type { Issue } from '../../domain/issue';
import { issue, type SheetRule } from '../rule';
import { entryTexts, isMonthAhead } from '../sheet-facts';
import { PLANNED } from './planned-in-past';

/** A warning at the first text of each such row; 「2/28 第6回WG(予定)」 typed ahead is a plan, not a slip. */
export const textAfterAsOf: SheetRule = {
  codes: ['text_after_as_of'],
  check: (sheet, { asOf }) =>
    sheet.months.flatMap((block): Issue[] => {
      if (asOf === null || !isMonthAhead(sheet, block.month, asOf)) return [];
      return block.entries.flatMap((e) => {
        const texts = entryTexts(e);
        const first = texts[0];
        if (!first || texts.some((t) => PLANNED.test(t.value))) return [];
        return [issue(sheet, 'text_after_as_of', 'warning', first.cell, { month: block.month, asOf })];
      });
    }),
};
