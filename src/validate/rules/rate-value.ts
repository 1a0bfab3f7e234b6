/** rate_not_number / rate_out_of_range: an achievement rate that is not a percentage. */
import type { Issue } from '../../domain/issue';
import type { SummaryKind } from '../../domain/status-sheet';
import { issue, type SheetRule } from '../rule';

const KINDS: readonly SummaryKind[] = ['firstHalf', 'secondHalf', 'annual'];

/** Errors at the rate cell: 「約半分」 is not a number; 120 is not within 0–100. */
export const rateValue: SheetRule = {
  codes: ['rate_not_number', 'rate_out_of_range'],
  check: (sheet) =>
    KINDS.flatMap((kind): Issue[] => {
      const rate = sheet.summaries[kind]?.rate;
      if (!rate) return [];
      if (rate.value === null) return [issue(sheet, 'rate_not_number', 'error', rate.cell, { period: kind, raw: rate.raw })];
      if (rate.value < 0 || rate.value > 100) return [issue(sheet, 'rate_out_of_range', 'error', rate.cell, { period: kind, value: rate.value })];
      return [];
    }),
};
