/** Which worksheets are this product's own dashboard (集約_…), so 検証 does not list them as skipped. */
import { DASHBOARD_LABELS } from '../consolidate/dashboard-labels';
import type { DashboardSheetDecl } from '../consolidate/dashboard-table';
import { dashboardSheetNames as namesOf } from '../consolidate/render-dashboard';

type DashboardSheetKey = DashboardSheetDecl['key'];

const keysOf = (locale: 'ja' | 'en'): Set<string> => new Set(namesOf(locale, { years: true }).map((n) => n.toLowerCase()));
const JA = keysOf('ja');
const EN = keysOf('en');

/** Whether the name, or the name without a freed 「(2)」 suffix, is in `names`. */
const named = (names: ReadonlySet<string>, name: string): boolean => {
  const lower = name.toLowerCase();
  return names.has(lower) || names.has(lower.replace(/\(\d+\)$/, ''));
};

/** Whether a sheet name is one of the dashboard's (in either language, also as a freed 「…(2)」 variant). */
export function isDashboardSheetName(name: string): boolean {
  return named(JA, name) || named(EN, name);
}

/** Whether a sheet name is one a dashboard in this language can have (also as a freed 「…(2)」 variant). */
export function isDashboardSheetNameIn(locale: 'ja' | 'en', name: string): boolean {
  return named(locale === 'ja' ? JA : EN, name);
}

/** The name a dashboard sheet was written under (a freed 「…(2)」 too), found among the names written. */
export function writtenDashboardSheet(written: readonly string[], key: DashboardSheetKey): string | undefined {
  const names = new Set([DASHBOARD_LABELS.ja.sheets[key], DASHBOARD_LABELS.en.sheets[key]].map((n) => n.toLowerCase()));
  return written.find((n) => named(names, n));
}
