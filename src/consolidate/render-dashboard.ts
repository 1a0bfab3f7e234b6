/** The dashboard model → its sheets described as data, one per declaration in dashboard-sheets.ts. */
import { formatFiscalYear } from '../domain/fiscal-calendar';
import { tokyoMinute } from '../domain/tokyo-time';
import type { SheetSpec } from '../domain/sheet-spec';
import type { Dashboard } from './dashboard';
import { DASHBOARD_LABELS, type DashboardLocale } from './dashboard-labels';
import { DASHBOARD_SHEETS } from './dashboard-sheets';
import { isRequested, requestOf, type DashboardRequest, type RenderContext } from './dashboard-table';
import { renderTableSheetLazily } from './table-sheet';

/** Renders every dashboard sheet in the given language. */
export function renderDashboard(dashboard: Dashboard, locale: DashboardLocale = 'ja'): SheetSpec[] {
  const L = DASHBOARD_LABELS[locale];
  const year = dashboard.fiscalYear === null ? '' : formatFiscalYear(dashboard.fiscalYear, locale);
  const files = new Set([...dashboard.submissions.flatMap((s) => (s.file ? [s.file] : []))]).size;
  const subtitle = L.subtitle(tokyoMinute(dashboard.generatedAt), dashboard.asOf ?? '—', files, dashboard.rates.length);
  const context: RenderContext = { locale, labels: L, threshold: dashboard.threshold };
  const request = requestOf(dashboard);
  // Each sheet's cells are laid out when a host reads them, not kept (table-sheet.ts): only the sheet
  // being written has its cells alive.
  return DASHBOARD_SHEETS.filter((sheet) => isRequested(sheet, request)).map((sheet) =>
    renderTableSheetLazily(
      L.sheets[sheet.key],
      `${L.title(year).trim()} — ${L.sections[sheet.key]}`,
      subtitle,
      () => sheet.tables.map((t) => t.render(dashboard, context)),
      sheet.titleTable,
    ),
  );
}

/** The dashboard sheet names in a language that a run asking for `request` writes, in order (by default the usual ones). */
export function dashboardSheetNames(locale: DashboardLocale, request: DashboardRequest = {}): string[] {
  return DASHBOARD_SHEETS.filter((s) => isRequested(s, request)).map((s) => DASHBOARD_LABELS[locale].sheets[s.key]);
}
