/** Achievement rates: numbers 0–100, present once their period has ended. */
import { endOfMonth } from '../../domain/fiscal-calendar';
import type { Issue } from '../../domain/issue';
import type { StatusSheet, Summary, SummaryKind } from '../../domain/status-sheet';
import { issue, type Rule } from '../rule';
import { toA1 } from '../../domain/cell-ref';
import { layoutForStamp } from '../../template/template-layout';

const KINDS: readonly SummaryKind[] = ['firstHalf', 'secondHalf', 'annual'];
/** The last day of each summary's period, as a fiscal month. */
const PERIOD_END = { firstHalf: 9, secondHalf: 3, annual: 3 } as const;

/** rate_not_number, rate_out_of_range. */
export const rateValueRule: Rule = (sheet) =>
  KINDS.flatMap((kind): Issue[] => {
    const rate = sheet.summaries[kind]?.rate;
    if (!rate) return [];
    if (rate.value === null) return [issue(sheet, 'rate_not_number', 'error', rate.cell, { period: kind, raw: rate.raw })];
    if (rate.value < 0 || rate.value > 100) return [issue(sheet, 'rate_out_of_range', 'error', rate.cell, { period: kind, value: rate.value })];
    return [];
  });

/** rate_missing_after_half, annual_rate_missing: the period has ended and its rate is empty. */
export const rateDueRule: Rule = (sheet, { asOf }) => {
  const year = sheet.fiscalYear?.value;
  if (!asOf || year === undefined) return [];
  return KINDS.flatMap((kind): Issue[] => {
    if (asOf <= endOfMonth(year, PERIOD_END[kind])) return [];
    const summary: Summary | null = sheet.summaries[kind];
    if (summary?.rate) return [];
    const code = kind === 'annual' ? 'annual_rate_missing' : 'rate_missing_after_half';
    return [issue(sheet, code, 'warning', rateInputCell(sheet, kind) ?? summary?.label ?? null, { period: kind })];
  });
};

/** On our template the empty rate cell itself is known, so a click lands where the rate is typed. */
function rateInputCell(sheet: StatusSheet, kind: SummaryKind): string | null {
  if (!sheet.stamp) return null;
  const at = layoutForStamp(sheet.stamp).summaries[kind].rate;
  return toA1(at.row, at.col);
}

/** Whether the fiscal year of the sheet has ended on the as-of date. */
export function isYearEnded(sheet: StatusSheet, asOf: string | null): boolean {
  const year = sheet.fiscalYear?.value;
  return asOf !== null && year !== undefined && asOf > endOfMonth(year, 3);
}
