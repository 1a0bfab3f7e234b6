/** Small facts about a sheet that several rules ask: is there a DO in these months, has the year ended. */
import { endOfMonth, hasMonthEnded, hasMonthStarted, type FiscalMonth } from '../domain/fiscal-calendar';
import type { Entry, MonthBlock, StatusSheet, TracedText } from '../domain/status-sheet';

/** Whether a traced text holds something other than blanks. */
export function hasText(text: TracedText | null): text is TracedText {
  return text !== null && text.value.trim() !== '';
}

/** The non-blank DO / CHECK / ACTION texts of an entry, in that order. */
export function entryTexts(entry: Entry): TracedText[] {
  return [entry.do, entry.check, entry.action].filter(hasText);
}

/** Whether any row of the month has a DO text. */
export function monthHasDo(block: MonthBlock): boolean {
  return block.entries.some((e) => hasText(e.do));
}

/** Whether any of the given months has a DO text. */
export function hasDoIn(sheet: StatusSheet, months: readonly FiscalMonth[]): boolean {
  return sheet.months.some((b) => months.includes(b.month) && monthHasDo(b));
}

/** Whether the fiscal year of the sheet has ended on the as-of date (false without a date or a year). */
export function isYearEnded(sheet: StatusSheet, asOf: string | null): boolean {
  const year = sheet.fiscalYear?.value;
  return asOf !== null && year !== undefined && asOf > endOfMonth(year, 3);
}

/** Whether a month of the sheet's year has fully ended on the as-of date. */
export function isMonthOver(sheet: StatusSheet, month: FiscalMonth, asOf: string | null): boolean {
  const year = sheet.fiscalYear?.value;
  return asOf !== null && year !== undefined && hasMonthEnded(year, month, asOf);
}

/** Whether a month of the sheet's year has not begun yet on the as-of date. */
export function isMonthAhead(sheet: StatusSheet, month: FiscalMonth, asOf: string | null): boolean {
  const year = sheet.fiscalYear?.value;
  return asOf !== null && year !== undefined && !hasMonthStarted(year, month, asOf);
}
