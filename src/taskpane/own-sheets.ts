/** Which worksheets are this product's own dashboard (集約_…), so 検証 does not list them as skipped. */
import { DASHBOARD_SHEETS } from '../consolidate/dashboard-sheets';
import { dashboardSheetNames as namesOf } from '../consolidate/render-dashboard';

const NAMES = new Set([...namesOf('ja'), ...namesOf('en')].map((n) => n.toLowerCase()));

/** Whether a sheet name is one of the dashboard's (in either language, also as a freed 「…(2)」 variant). */
export function isDashboardSheetName(name: string): boolean {
  const lower = name.toLowerCase();
  return NAMES.has(lower) || NAMES.has(lower.replace(/\(\d+\)$/, ''));
}

/** The dashboard sheet names 集約 writes in a language, in the order it writes them. */
export function dashboardSheetNames(locale: 'ja' | 'en'): string[] {
  return namesOf(locale);
}

/** The name a dashboard sheet was written under (a freed 「…(2)」 too), from the names written in registry order. */
export function writtenDashboardSheet(written: readonly string[], key: (typeof DASHBOARD_SHEETS)[number]['key']): string | undefined {
  return written[DASHBOARD_SHEETS.findIndex((s) => s.key === key)];
}
