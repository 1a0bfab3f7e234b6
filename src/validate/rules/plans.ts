/** Plans: tags the sheet covers, activity per plan by year end, and per quarter once it has ended. */
import { hasMonthEnded, monthsOfQuarter, type Quarter } from '../../domain/fiscal-calendar';
import type { Issue } from '../../domain/issue';
import type { StatusSheet } from '../../domain/status-sheet';
import { issue, type Rule } from '../rule';
import { isYearEnded } from './rates';

const hasDo = (sheet: StatusSheet, months: readonly number[]): boolean =>
  sheet.months.some((b) => months.includes(b.month) && b.entries.some((e) => e.do && e.do.value.trim() !== ''));

/** unknown_plan_tag: 「⑧…」 on a ⑥・⑦ sheet (only sheets covering several plans tag their entries). */
export const unknownTagRule: Rule = (sheet) => {
  if (sheet.planNumbers.length < 2) return [];
  return sheet.months.flatMap((b) =>
    b.entries.flatMap((e) =>
      e.planTags
        .filter((tag) => !sheet.planNumbers.includes(tag))
        .map((tag) => issue(sheet, 'unknown_plan_tag', 'warning', (e.do ?? e.check ?? e.action)?.cell ?? null, { tag, plans: sheet.planNumbers.join('・'), month: b.month })),
    ),
  );
};

/** plan_without_activity: at year end, no DO at all, or a tagged plan with no entry. */
export const planActivityRule: Rule = (sheet, { asOf }) => {
  if (!isYearEnded(sheet, asOf)) return [];
  const all = sheet.months.map((b) => b.month);
  if (!hasDo(sheet, all)) return [issue(sheet, 'plan_without_activity', 'warning', sheet.planNumbersCell, { plan: sheet.planNumbers.join('・') || '-' })];
  const entries = sheet.months.flatMap((b) => b.entries);
  if (sheet.planNumbers.length < 2 || !entries.some((e) => e.planTags.length > 0)) return [];
  return sheet.planNumbers
    .filter((n) => !entries.some((e) => e.planTags.includes(n)))
    .map((n) => issue(sheet, 'plan_without_activity', 'warning', sheet.planNumbersCell, { plan: n }));
};

/** quarter_without_do: an ended quarter with no DO; a warning when the plan names that quarter. */
export const quarterRule: Rule = (sheet, { asOf }) => {
  const year = sheet.fiscalYear?.value;
  if (!asOf || year === undefined) return [];
  const quarters: Quarter[] = [1, 2, 3, 4];
  const active = quarters.filter((q) => hasDo(sheet, monthsOfQuarter(q)));
  return quarters.flatMap((q): Issue[] => {
    const months = monthsOfQuarter(q);
    const last = months[months.length - 1];
    if (last === undefined || !hasMonthEnded(year, last, asOf) || active.includes(q)) return [];
    const planned = sheet.plans.find((p) => p.quarter === q);
    if (planned) return [issue(sheet, 'quarter_without_do', 'warning', planned.text.cell, { quarter: q })];
    // Many groups meet every other month: a silent quarter is only worth a note when others had activity.
    if (active.length === 0) return [];
    const label = sheet.months.find((b) => b.month === months[0])?.label ?? null;
    return [issue(sheet, 'quarter_without_do', 'info', label, { quarter: q })];
  });
};
