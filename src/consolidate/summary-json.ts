/**
 * The machine-readable summary (the CLI's --json contract). Its per-sheet, submission and issue lists come
 * from the dashboard tables that show those rows (dashboard-sheets.ts), so a table and its JSON list are
 * declared once, side by side; the entries and the failures have no table of their own.
 */
import { failureOutcome } from '../domain/outcomes';
import { formatOutcome, type Locale } from '../messages/format-outcome';
import type { Dashboard } from './dashboard';
import { DASHBOARD_SHEETS } from './dashboard-sheets';
import { isRequested, requestOf, type SummaryRows } from './dashboard-table';
import type { SummaryJson, SummaryRowKey } from './summary-json-schema';

export { SummaryJsonSchema, type SummaryJson } from './summary-json-schema';

const TABLE_LISTS: readonly SummaryRowKey[] = ['sheets', 'submissions', 'issues'];

/** The summary lists the dashboard tables declare, each by exactly one table. */
function summaryLists(d: Dashboard, locale: Locale): Required<Omit<SummaryRows, 'trend'>> & Pick<SummaryRows, 'trend'> {
  const lists: SummaryRows = {};
  const declared: SummaryRowKey[] = [];
  const request = requestOf(d);
  for (const sheet of DASHBOARD_SHEETS) {
    for (const t of sheet.tables) {
      if (!t.summary) continue;
      // Two tables filling one list would silently drop one of them.
      if (declared.includes(t.summary.key)) throw new Error(`SUMMARY.json list "${t.summary.key}" is declared by two dashboard tables`);
      declared.push(t.summary.key);
      // A sheet the run did not ask for (集約_経年 without --years) leaves its list out of the summary.
      if (isRequested(sheet, request)) Object.assign(lists, t.summary.collect(d, locale));
    }
  }
  const { sheets, submissions, issues, trend } = lists;
  if (!sheets || !submissions || !issues) throw new Error(`SUMMARY.json lists not declared by any dashboard table: ${TABLE_LISTS.filter((k) => !declared.includes(k)).join(', ')}`);
  return { sheets, submissions, issues, ...(trend ? { trend } : {}) };
}

/** The dashboard as the JSON summary in the run's language; each issue keeps its code and params beside its message. */
export function toSummaryJson(d: Dashboard, locale: Locale = 'ja'): SummaryJson {
  const lists = summaryLists(d, locale);
  return {
    generatedAt: d.generatedAt,
    asOf: d.asOf,
    fiscalYear: d.fiscalYear,
    threshold: d.threshold,
    sheets: lists.sheets,
    // The rows themselves, not copies: at 5,000 plan sheets 152,000 copies were 12 MB more at the peak of the run.
    entries: d.entries,
    submissions: lists.submissions,
    failures: d.failures.map((f) => ({ file: f.file, message: formatOutcome(failureOutcome(f.code, f.sheet, f.error), locale) })),
    themes: d.themes.summary.map(({ en, ...t }) => ({ ...t, theme: locale === 'en' ? en : t.theme, groups: t.groups.map((g) => ({ ...g })), entries: t.entries.map((e) => ({ ...e })) })),
    issues: lists.issues,
    ...(lists.trend ? { trend: lists.trend } : {}),
  };
}
