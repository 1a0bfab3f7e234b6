/** quarter_without_do: a quarter has ended with no DO in any of its months. */
import { monthsOfQuarter, type Quarter } from '../../domain/fiscal-calendar';
import type { Issue } from '../../domain/issue';
import { issue, type SheetRule } from '../rule';
import { hasDoIn, isMonthOver } from '../sheet-facts';

const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** A warning when the plan names that quarter (【第2期四半期計画】); otherwise a note, and only when other quarters had activity. */
export const quarterWithoutDo: SheetRule = {
  codes: ['quarter_without_do'],
  check: (sheet, { asOf }) => {
    const active = QUARTERS.filter((q) => hasDoIn(sheet, monthsOfQuarter(q)));
    return QUARTERS.flatMap((q): Issue[] => {
      const months = monthsOfQuarter(q);
      const last = months[months.length - 1];
      if (last === undefined || !isMonthOver(sheet, last, asOf) || active.includes(q)) return [];
      const planned = sheet.plans.find((p) => p.quarter === q);
      if (planned) return [issue(sheet, 'quarter_without_do', 'warning', planned.text.cell, { quarter: q })];
      // Many groups meet every other month (ヘルパー人材育成WG: 6, 9, 11, 1月): a silent quarter is only a note,
      // and a sheet silent all year is plan_without_activity's to report.
      if (active.length === 0) return [];
      const label = sheet.months.find((b) => b.month === months[0])?.label ?? null;
      return [issue(sheet, 'quarter_without_do', 'info', label, { quarter: q })];
    });
  },
};
