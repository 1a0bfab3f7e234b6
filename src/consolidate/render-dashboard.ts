/** The dashboard model → five sheets described as data (tables, filters, frozen headers, formats). */
import { FISCAL_MONTHS, formatFiscalYear } from '../domain/fiscal-calendar';
import type { SheetSpec } from '../domain/sheet-spec';
import { joinPlanNumbers } from '../domain/plan-number';
import { formatIssue, formatOutcome } from '../messages/format-outcome';
import type { Dashboard } from './dashboard';
import { DASHBOARD_LABELS, type DashboardLocale } from './dashboard-labels';
import { renderTableSheet, type ColumnKind, type TableColumn } from './table-sheet';

const RED = 'F8CBAD';
const YELLOW = 'FFF2CC';
const GREEN = 'C6EFCE';

const columns = (headers: readonly string[], spec: ReadonlyArray<readonly [number, ColumnKind]>): TableColumn[] =>
  headers.map((header, i) => ({ header, width: spec[i]?.[0] ?? 12, kind: spec[i]?.[1] ?? 'text' }));

/** Renders the five dashboard sheets in the given language. */
export function renderDashboard(dashboard: Dashboard, locale: DashboardLocale = 'ja'): SheetSpec[] {
  const L = DASHBOARD_LABELS[locale];
  const year = dashboard.fiscalYear === null ? '' : formatFiscalYear(dashboard.fiscalYear, locale);
  const files = new Set([...dashboard.submissions.flatMap((s) => (s.file ? [s.file] : []))]).size;
  const subtitle = L.subtitle(dashboard.generatedAt.slice(0, 16).replace('T', ' '), dashboard.asOf ?? '—', files, dashboard.rates.length);
  const title = (section: string): string => `${L.title(year).trim()} — ${section}`;
  const wg = (v: string | null): string => v ?? '';

  const submissions = renderTableSheet(L.sheets.submissions, title(L.sections.submissions), subtitle, [
    {
      caption: L.sections.submissions,
      tableName: 'BukaiSubmissions',
      columns: columns(L.headers.submissions, [[14, 'text'], [26, 'text'], [12, 'center'], [12, 'center'], [34, 'wrap'], [12, 'text'], [8, 'count'], [8, 'count'], [48, 'wrap']]),
      rows: dashboard.submissions.map((s) => [s.committee, wg(s.workingGroup), s.plans, L.status[s.status], s.file, s.sheet, s.errors, s.warnings, s.note ? formatOutcome(s.note, locale) : '']),
      formats: [
        { columns: [3, 3], rule: { type: 'textEquals', values: [L.status.missing, L.status.unreadable, L.status.no_sheet], fill: RED } },
        { columns: [3, 3], rule: { type: 'textEquals', values: [L.status.duplicate, L.status.other_year, L.status.unexpected], fill: YELLOW } },
      ],
    },
  ]);

  const rateRows = dashboard.rates.map((r) => [
    r.committeeCanonical,
    wg(r.workingGroup),
    joinPlanNumbers(r.plans),
    r.firstHalf,
    r.secondHalf,
    r.annual,
    r.flagged ? L.flag : '',
    r.activeMonths.length,
    r.file,
    r.sheet,
    [r.cells.firstHalf, r.cells.secondHalf, r.cells.annual].map((c) => c ?? '-').join(' / '),
  ]);
  const rates = renderTableSheet(L.sheets.rates, title(L.sections.rates), subtitle, [
    {
      caption: L.ratesCaption(dashboard.threshold),
      tableName: 'BukaiRates',
      columns: columns(L.headers.rates, [[14, 'text'], [26, 'text'], [12, 'center'], [10, 'rate'], [10, 'rate'], [10, 'rate'], [10, 'center'], [10, 'count'], [34, 'wrap'], [12, 'text'], [20, 'text']]),
      rows: rateRows,
      formats: [
        { columns: [3, 5], rule: { type: 'dataBar', color: '5B9BD5', min: 0, max: 100 } },
        { columns: [3, 5], rule: { type: 'lessThan', value: dashboard.threshold, fill: RED } },
        { columns: [6, 6], rule: { type: 'textEquals', values: [L.flag], fill: RED, fontColor: '9C0006' } },
      ],
    },
    {
      caption: L.sections.rollup,
      tableName: 'BukaiCommittees',
      columns: columns(L.headers.rollup, [[14, 'text'], [26, 'count'], [12, 'rate'], [10, 'rate'], [10, 'rate'], [10, 'rate'], [10, 'count']]),
      rows: dashboard.committees.map((c) => [c.committee, c.sheets, c.firstHalf, c.secondHalf, c.annual, c.lowestAnnual, c.flagged]),
      formats: [{ columns: [2, 5], rule: { type: 'colorScale', min: 'F8696B', mid: 'FFEB84', max: '63BE7B' } }],
    },
  ]);

  const monthCounts = FISCAL_MONTHS.map((m) => dashboard.rates.filter((r) => r.activeMonths.includes(m)).length);
  const activity = renderTableSheet(L.sheets.activity, title(L.sections.activity), subtitle, [
    {
      caption: L.sections.activity,
      tableName: 'BukaiActivity',
      columns: columns(L.headers.activity, [[14, 'text'], [26, 'text'], [12, 'center'], ...FISCAL_MONTHS.map(() => [6, 'center'] as const), [10, 'count']]),
      rows: dashboard.rates.map((r) => [r.committeeCanonical, wg(r.workingGroup), joinPlanNumbers(r.plans), ...FISCAL_MONTHS.map((m) => (r.activeMonths.includes(m) ? L.active : '')), r.activeMonths.length]),
      formats: [{ columns: [3, 14], rule: { type: 'textEquals', values: [L.active], fill: GREEN } }],
      footer: [L.monthCount, '', '', ...monthCounts, null],
    },
  ]);

  const comments = renderTableSheet(L.sheets.comments, title(L.sections.comments), subtitle, [
    {
      caption: L.sections.comments,
      tableName: 'BukaiCheckAction',
      columns: columns(L.headers.comments, [[14, 'text'], [22, 'text'], [10, 'center'], [6, 'center'], [8, 'center'], [70, 'wrap'], [30, 'wrap'], [10, 'text'], [8, 'center']]),
      rows: dashboard.comments.map((c) => [c.committee, wg(c.workingGroup), c.plans, c.month, L.kind[c.kind], c.text, c.file, c.sheet, c.cell]),
    },
  ]);

  const issues = renderTableSheet(L.sheets.issues, title(L.sections.issues), subtitle, [
    {
      caption: L.sections.issues,
      tableName: 'BukaiIssues',
      columns: columns(L.headers.issues, [[10, 'center'], [30, 'wrap'], [12, 'text'], [8, 'center'], [80, 'wrap'], [22, 'text']]),
      rows: dashboard.issues.map((i) => [L.severity[i.severity], i.file, i.sheet, i.cell, formatIssue(i, locale), i.code]),
      formats: [
        { columns: [0, 0], rule: { type: 'textEquals', values: [L.severity.error], fill: RED, fontColor: '9C0006' } },
        { columns: [0, 0], rule: { type: 'textEquals', values: [L.severity.warning], fill: YELLOW } },
      ],
    },
  ]);

  return [submissions, rates, activity, comments, issues];
}
