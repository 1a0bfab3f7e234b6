/** rate_missing_after_half / annual_rate_missing: a period has ended and its rate is still empty. */
import { LAST_MONTH } from '../../domain/fiscal-calendar';
import type { Issue } from '../../domain/issue';
import type { SummaryKind } from '../../domain/status-sheet';
import { issue, type SheetRule } from '../rule';
import { isMonthOver } from '../sheet-facts';

const KINDS: readonly SummaryKind[] = ['firstHalf', 'secondHalf', 'annual'];

/** Warnings once 9月 (上半期) or 3月 (下半期, 年度) has ended, at the rate's input cell when the model knows it; an absent summary block counts as missing. */
export const rateMissing: SheetRule = {
  codes: ['rate_missing_after_half', 'annual_rate_missing'],
  check: (sheet, { asOf }) =>
    KINDS.flatMap((kind): Issue[] => {
      if (!isMonthOver(sheet, LAST_MONTH[kind], asOf)) return [];
      const summary = sheet.summaries[kind];
      if (summary?.rate) return [];
      const code = kind === 'annual' ? 'annual_rate_missing' : 'rate_missing_after_half';
      return [issue(sheet, code, 'warning', sheet.rateInputs?.[kind] ?? summary?.label ?? null, { period: kind })];
    }),
};
