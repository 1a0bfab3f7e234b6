/** Time as the users see it: dates and times in Asia/Tokyo, whatever the machine's or the browser's zone. */
import { fiscalYearOfDate } from './fiscal-calendar';

// Japan has kept UTC+9 without daylight saving since 1951, so a fixed offset is exact and needs no tz data.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The ISO date ("YYYY-MM-DD") of an instant in Asia/Tokyo. */
export function tokyoDate(now: Date): string {
  return new Date(now.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** The fiscal year (April → March) that an instant falls in, in Asia/Tokyo. */
export function tokyoFiscalYear(now: Date): number {
  return fiscalYearOfDate(tokyoDate(now));
}

/** "YYYY-MM-DD HH:mm" of an ISO instant (e.g. `new Date().toISOString()`) in Asia/Tokyo, as a dashboard shows it. */
export function tokyoMinute(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time + TOKYO_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
