/** date_in_other_month: a DO that starts with a date of another month than its row. */
import type { Issue } from '../../domain/issue';
import { parseLeadingDateMonths } from '../parse-leading-dates';
import { issue, type SheetRule } from '../rule';

const QUOTE_LENGTH = 20;

/** A warning at the DO cell: 「11/29、30 伊賀市マルシェ開催」 typed in the 12月 row of the FY2022 ①・④・⑤ sheet. */
export const dateInOtherMonth: SheetRule = {
  codes: ['date_in_other_month'],
  check: (sheet) =>
    sheet.months.flatMap((block) =>
      block.entries.flatMap((e): Issue[] => {
        if (!e.do) return [];
        const months = parseLeadingDateMonths(e.do.value);
        // 「9/30〜10/1 …」 in the 10月 row is in its month: only a list of dates all elsewhere is misplaced.
        const other = months[0];
        if (other === undefined || months.includes(block.month)) return [];
        const text = e.do.value.trim().split('\n')[0]?.slice(0, QUOTE_LENGTH) ?? '';
        return [issue(sheet, 'date_in_other_month', 'warning', e.do.cell, { month: block.month, dateMonth: other, text })];
      }),
    ),
};
