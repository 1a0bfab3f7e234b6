/** Month rows: CHECK/ACTION need a DO, dates belong to their month, (予定) and future text by the date. */
import { hasMonthEnded, hasMonthStarted, isFiscalMonth } from '../../domain/fiscal-calendar';
import type { Issue } from '../../domain/issue';
import { issue, type Rule } from '../rule';

/** check_without_do / action_without_do: an evaluation with nothing done in that month. */
export const withoutDoRule: Rule = (sheet) =>
  sheet.months.flatMap((block): Issue[] => {
    if (block.entries.some((e) => e.do && e.do.value.trim() !== '')) return [];
    return block.entries.flatMap((e) => [
      ...(e.check ? [issue(sheet, 'check_without_do', 'warning', e.check.cell, { month: block.month })] : []),
      ...(e.action ? [issue(sheet, 'action_without_do', 'warning', e.action.cell, { month: block.month })] : []),
    ]);
  });

// 「11/29、30 …」 as typed, or an Excel date in a DO cell (the grid gives it as 2022-11-29).
const LEADING_DATE = /^\s*(?:\d{4}-(\d{2})-\d{2}|(\d{1,2})\s*[/／]\s*\d{1,2})/;

/** date_in_other_month: 「11/29、30 伊賀市マルシェ開催」 typed in the 12月 row. */
export const dateInOtherMonthRule: Rule = (sheet) =>
  sheet.months.flatMap((block) =>
    block.entries.flatMap((e): Issue[] => {
      // Only the head of the text can hold the leading date: normalising whole texts was the rule's cost.
      const text = e.do?.value.slice(0, 24).normalize('NFKC') ?? '';
      const m = LEADING_DATE.exec(text);
      const month = m ? Number(m[1] ?? m[2]) : NaN;
      if (!m || !isFiscalMonth(month) || month === block.month) return [];
      return [issue(sheet, 'date_in_other_month', 'warning', e.do?.cell ?? null, { month: block.month, dateMonth: month, text: text.slice(0, 20) })];
    }),
  );

const PLANNED = /[(（]\s*予定\s*[)）]/;

/** planned_in_past, text_after_as_of: texts that the as-of date contradicts. */
export const asOfRule: Rule = (sheet, { asOf }) => {
  const year = sheet.fiscalYear?.value;
  if (!asOf || year === undefined) return [];
  return sheet.months.flatMap((block) =>
    block.entries.flatMap((e): Issue[] => {
      const texts = [e.do, e.check, e.action].filter((t) => t !== null);
      if (!hasMonthStarted(year, block.month, asOf)) {
        const first = texts[0];
        return first ? [issue(sheet, 'text_after_as_of', 'warning', first.cell, { month: block.month, asOf })] : [];
      }
      if (!hasMonthEnded(year, block.month, asOf)) return [];
      return texts.filter((t) => PLANNED.test(t.value)).map((t) => issue(sheet, 'planned_in_past', 'warning', t.cell, { month: block.month }));
    }),
  );
};
