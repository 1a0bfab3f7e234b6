/** Which worksheets are this product's own dashboard (集約_…), so 検証 does not list them as skipped. */
import { dashboardSheetNames as namesOf } from '../consolidate/render-dashboard';

const NAMES = new Set([...namesOf('ja', { years: true }), ...namesOf('en', { years: true })].map((n) => n.toLowerCase()));

/** Whether a sheet name is one of the dashboard's (in either language, also as a freed 「…(2)」 variant). */
export function isDashboardSheetName(name: string): boolean {
  const lower = name.toLowerCase();
  return NAMES.has(lower) || NAMES.has(lower.replace(/\(\d+\)$/, ''));
}

/** The dashboard sheet names 集約 writes in a language (with 集約_経年 when the years are compared), in order. */
export function dashboardSheetNames(locale: 'ja' | 'en', years = false): string[] {
  return namesOf(locale, { years });
}
