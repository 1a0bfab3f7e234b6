/** Which fiscal years a consolidation compares (--years 2021-2023, --all-years, the pane's 経年比較). */
import { parseFiscalYear } from '../domain/fiscal-calendar';

/** Every year the sources hold, or an inclusive range of start years. */
export type YearSelection = { readonly kind: 'all' } | { readonly kind: 'range'; readonly from: number; readonly to: number };

/** 「2021-2023」「令和3〜令和5年度」「R3~R5」 or one year 「2023」 → the range; null when unreadable or reversed. */
export function parseYearSelection(text: string): YearSelection | null {
  const parts = text.normalize('NFKC').split(/[-–—〜~]/).map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => p === '')) return null;
  const years = parts.map(parseFiscalYear);
  const from = years[0] ?? null;
  const to = years[years.length - 1] ?? null;
  if (from === null || to === null || from > to) return null;
  return { kind: 'range', from, to };
}

/** Whether a sheet of `year` is among the selected years. */
export function isSelectedYear(year: number, selection: YearSelection): boolean {
  return selection.kind === 'all' || (year >= selection.from && year <= selection.to);
}
