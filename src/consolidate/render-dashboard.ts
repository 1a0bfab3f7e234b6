/** The dashboard model → its sheets described as data, one per declaration in dashboard-sheets.ts. */
import { formatFiscalYear } from '../domain/fiscal-calendar';
import { tokyoMinute } from '../domain/tokyo-time';
import type { ChartSpec, SheetSpec } from '../domain/sheet-spec';
import type { Dashboard } from './dashboard';
import { DASHBOARD_LABELS, type DashboardLocale } from './dashboard-labels';
import { DASHBOARD_SHEETS } from './dashboard-sheets';
import { isRequested, requestOf, type DashboardRequest, type DashboardSheetDecl, type RenderContext, type SheetHeading } from './dashboard-table';
import { renderTableSheetLazily } from './table-sheet';

/** Renders every dashboard sheet in the given language. */
export function renderDashboard(dashboard: Dashboard, locale: DashboardLocale = 'ja'): SheetSpec[] {
  const L = DASHBOARD_LABELS[locale];
  const year = dashboard.fiscalYear === null ? '' : formatFiscalYear(dashboard.fiscalYear, locale);
  const files = new Set([...dashboard.submissions.flatMap((s) => (s.file ? [s.file] : []))]).size;
  const subtitle = L.subtitle(tokyoMinute(dashboard.generatedAt), dashboard.asOf ?? '—', files, dashboard.rates.length);
  const context: RenderContext = { locale, labels: L, threshold: dashboard.threshold };
  const heading = (sheet: DashboardSheetDecl): SheetHeading => ({ name: L.sheets[sheet.key], title: `${L.title(year).trim()} — ${L.sections[sheet.key]}`, subtitle });
  const request = requestOf(dashboard);
  const sheets = DASHBOARD_SHEETS.filter((sheet) => isRequested(sheet, request));
  // Table sheets first: a sheet with its own layout may point its charts at where their tables landed.
  // Their cells are laid out when a host reads them, not kept (table-sheet.ts): only the sheet being
  // written has its cells alive.
  const tableSheets = new Map<DashboardSheetDecl['key'], SheetSpec>();
  for (const sheet of sheets) {
    if (sheet.layout) continue;
    const h = heading(sheet);
    const spec = renderTableSheetLazily(h.name, h.title, h.subtitle, () => sheet.tables.map((t) => t.render(dashboard, context)), sheet.titleTable);
    const charts = sheet.charts?.(spec, context) ?? [];
    if (charts.length > 0) addCharts(spec, charts);
    tableSheets.set(sheet.key, spec);
  }
  return sheets.map((sheet) => sheet.layout?.(dashboard, context, heading(sheet), (key) => tableSheets.get(key)) ?? (tableSheets.get(sheet.key) as SheetSpec));
}

/** The dashboard sheet names in a language that a run asking for `request` writes, in order (by default the usual ones). */
export function dashboardSheetNames(locale: DashboardLocale, request: DashboardRequest = {}): string[] {
  return DASHBOARD_SHEETS.filter((s) => isRequested(s, request)).map((s) => DASHBOARD_LABELS[locale].sheets[s.key]);
}

/**
 * Puts the charts on a table sheet; charts below every table start a printed page, so no page break cuts
 * them. The spec is changed in place: a copy (`{ ...spec }`) would read its lazily laid-out cells and keep them.
 */
function addCharts(spec: SheetSpec, charts: ChartSpec[]): void {
  const below = Math.max(...spec.tables.map((t) => t.range.bottom), 0);
  const tops = charts.map((c) => c.anchor.top).filter((top) => top > below + 1);
  Object.assign(spec, tops.length > 0 ? { charts, pageBreaks: [...(spec.pageBreaks ?? []), Math.min(...tops) - 1] } : { charts });
}
