/** The Japanese fiscal year (April → March): 令和 ⇄ Gregorian, months, quarters and halves. */

/** Fiscal months in order: 4, 5, …, 12, 1, 2, 3. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;
export type FiscalMonth = (typeof FISCAL_MONTHS)[number];

export type Quarter = 1 | 2 | 3 | 4;
export type Half = 'first' | 'second';

/** 令和1年 = 2019; 令和N年度 starts in April of 2018 + N. */
const REIWA_OFFSET = 2018;

/** 令和N → Gregorian start year of that fiscal year (令和4 → 2022). */
export function reiwaToGregorian(reiwa: number): number {
  return reiwa + REIWA_OFFSET;
}

/** Gregorian start year → 令和N (2022 → 4). */
export function gregorianToReiwa(year: number): number {
  return year - REIWA_OFFSET;
}

/** "令和4年度" (or "2022年度") for a Gregorian start year; 令和元年度 for 2019. */
export function formatFiscalYear(year: number, locale: 'ja' | 'en' = 'ja'): string {
  if (locale === 'en') return `FY${year} (Apr ${year} – Mar ${year + 1})`;
  const reiwa = gregorianToReiwa(year);
  if (reiwa < 1) return `${year}年度`;
  return `令和${reiwa === 1 ? '元' : reiwa}年度`;
}

/** The index 0…11 of a fiscal month (4月 → 0, 3月 → 11). */
export function fiscalMonthIndex(month: FiscalMonth): number {
  return month >= 4 ? month - 4 : month + 8;
}

/** Whether n is a calendar month 1…12. */
export function isFiscalMonth(n: number): n is FiscalMonth {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

/** The quarter a month belongs to (4–6月 → 1, …, 1–3月 → 4). */
export function quarterOf(month: FiscalMonth): Quarter {
  return (Math.floor(fiscalMonthIndex(month) / 3) + 1) as Quarter;
}

/** The half a month belongs to (上半期 = 4–9月). */
export function halfOf(month: FiscalMonth): Half {
  return fiscalMonthIndex(month) < 6 ? 'first' : 'second';
}

/** The three months of a quarter, in order. */
export function monthsOfQuarter(quarter: Quarter): readonly FiscalMonth[] {
  return FISCAL_MONTHS.slice((quarter - 1) * 3, quarter * 3);
}

/** Label of a quarter: 第1四半期. */
export function quarterLabel(quarter: Quarter, locale: 'ja' | 'en' = 'ja'): string {
  return locale === 'ja' ? `第${quarter}四半期` : `Q${quarter}`;
}

/** Label of a half: 上半期 / 下半期. */
export function halfLabel(half: Half, locale: 'ja' | 'en' = 'ja'): string {
  if (locale === 'en') return half === 'first' ? 'First half' : 'Second half';
  return half === 'first' ? '上半期' : '下半期';
}

/** The calendar year a fiscal month falls in (FY2022: 4月 → 2022, 1月 → 2023). */
export function calendarYearOf(fiscalYear: number, month: FiscalMonth): number {
  return month >= 4 ? fiscalYear : fiscalYear + 1;
}

/** ISO date "YYYY-MM-DD" of the last day of a fiscal month. */
export function endOfMonth(fiscalYear: number, month: FiscalMonth): string {
  const year = calendarYearOf(fiscalYear, month);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** Whether a fiscal month has fully ended on the given ISO date. */
export function hasMonthEnded(fiscalYear: number, month: FiscalMonth, asOfIso: string): boolean {
  return asOfIso > endOfMonth(fiscalYear, month);
}

/** Whether a fiscal month has begun on the given ISO date. */
export function hasMonthStarted(fiscalYear: number, month: FiscalMonth, asOfIso: string): boolean {
  const year = calendarYearOf(fiscalYear, month);
  return asOfIso >= `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The last fiscal month of a half / quarter / the year. */
export const LAST_MONTH = { firstHalf: 9, secondHalf: 3, annual: 3 } as const satisfies Record<string, FiscalMonth>;

/** The fiscal year (Gregorian start year) that contains an ISO date. */
export function fiscalYearOfDate(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/**
 * Reads a fiscal year as users write it: "2022", "令和4年度", "令和４年度", "R4", "令和元年度", "2022年度".
 * Returns the Gregorian start year or null.
 */
export function parseFiscalYear(text: string): number | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const reiwa = /(?:令和|R)(元|\d{1,2})(?:年度?)?/i.exec(s);
  if (reiwa?.[1]) return reiwaToGregorian(reiwa[1] === '元' ? 1 : Number(reiwa[1]));
  const greg = /(?:^|[^\d])((?:19|20)\d{2})(?:年度?)?(?:$|[^\d])/.exec(s) ?? /^((?:19|20)\d{2})$/.exec(s);
  if (greg?.[1]) return Number(greg[1]);
  return null;
}
