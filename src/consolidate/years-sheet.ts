/**
 * 集約_経年 declared like every dashboard sheet: one row per plan, the three rates of each year side by
 * side (data bars), after each later year its change from the year before (↑ +20 / ↓ -10, a fall in red),
 * then last year's ACTIONs beside this year's PLAN, the notes and the sources. Three columns per year
 * found, so the columns come from the dashboard.
 */
import { joinPlanNumbers } from '../domain/plan-number';
import { formatOutcome } from '../messages/format-outcome';
import type { Dashboard } from './dashboard';
import { DASHBOARD_LABELS } from './dashboard-labels';
import { summaryRows, table, type ColumnDecl, type DashboardSheetDecl, type Localized, type RenderContext } from './dashboard-table';
import type { TrendRow } from './trend-row';

const RED = 'F8CBAD';
const PERIODS = [
  { key: 'firstHalf', ja: '上半期', en: '1st half' },
  { key: 'secondHalf', ja: '下半期', en: '2nd half' },
  { key: 'annual', ja: '年度', en: 'Annual' },
] as const;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (month: number | null, locale: 'ja' | 'en'): string => (month === null ? '' : locale === 'ja' ? `${month}月` : (EN_MONTHS[month - 1] ?? ''));

/** The years the rows hold, oldest first. */
export function yearsOf(d: Dashboard): number[] {
  return [...new Set((d.trend ?? []).flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
}

const rateOf = (r: TrendRow, year: number, period: (typeof PERIODS)[number]['key']): number | null => r.years.find((y) => y.year === year)?.[period] ?? null;

/** Both languages' text for one year, from the labels catalog. */
const yearText = (year: number | undefined, f: (y: string, locale: 'ja' | 'en') => string): Localized => ({
  ja: f(year === undefined ? '前年度' : DASHBOARD_LABELS.ja.years.year(year), 'ja'),
  en: f(year === undefined ? 'Last year' : DASHBOARD_LABELS.en.years.year(year), 'en'),
});

function yearColumns(year: number, previous: number | undefined): Array<ColumnDecl<TrendRow>> {
  const rates = PERIODS.map(
    (p): ColumnDecl<TrendRow> => ({
      header: yearText(year, (y, l) => `${y}\n${p[l]}`),
      width: 11,
      kind: 'rate',
      value: (r) => rateOf(r, year, p.key),
      highlight: [() => ({ type: 'dataBar', color: '5B9BD5', min: 0, max: 100 }), (c: RenderContext) => ({ type: 'lessThan', value: c.threshold, fill: RED })],
    }),
  );
  if (previous === undefined) return rates;
  const changes = PERIODS.map(
    (p): ColumnDecl<TrendRow> => ({
      header: { ja: `${DASHBOARD_LABELS.ja.years.change}\n${p.ja}`, en: `${DASHBOARD_LABELS.en.years.change}\n${p.en}` },
      width: 10,
      kind: 'change',
      value: (r) => {
        const now = rateOf(r, year, p.key);
        const before = rateOf(r, previous, p.key);
        return now === null || before === null ? null : now - before;
      },
      highlight: [() => ({ type: 'lessThan', value: 0, fill: RED, fontColor: '9C0006' })],
    }),
  );
  return [...rates, ...changes];
}

/** The columns for the years found: group, rates (and changes) per year, then the texts. */
function columnsOf(d: Dashboard): Array<ColumnDecl<TrendRow>> {
  const years = yearsOf(d);
  const latest = years[years.length - 1];
  const previous = years[years.length - 2];
  return [
    { header: { ja: '部会', en: 'Committee' }, width: 14, kind: 'text', value: (r) => r.committeeCanonical },
    { header: { ja: 'WG', en: 'WG' }, width: 22, kind: 'text', value: (r) => r.workingGroup ?? '' },
    { header: { ja: '計画', en: 'Plans' }, width: 10, kind: 'center', value: (r) => joinPlanNumbers(r.plans) },
    ...years.flatMap((y, i) => yearColumns(y, years[i - 1])),
    {
      header: yearText(previous, (y, l) => DASHBOARD_LABELS[l].years.previousActions(y)),
      width: 48,
      kind: 'wrap',
      value: (r, c) => r.previousActions.map((a) => `${monthLabel(a.month, c.locale)}: ${a.text}`).join('\n'),
    },
    { header: yearText(latest, (y, l) => DASHBOARD_LABELS[l].years.plan(y)), width: 40, kind: 'wrap', value: (r) => r.plan.map((p) => `${p.label}${p.label ? ' ' : ''}${p.text}`).join('\n') },
    { header: { ja: DASHBOARD_LABELS.ja.years.note, en: DASHBOARD_LABELS.en.years.note }, width: 36, kind: 'wrap', value: (r, c) => r.notes.map((n) => formatOutcome(n, c.locale)).join('\n') },
    { header: { ja: DASHBOARD_LABELS.ja.years.sources, en: DASHBOARD_LABELS.en.years.sources }, width: 40, kind: 'wrap', value: (r, c) => r.years.map((y) => `${DASHBOARD_LABELS[c.locale].years.year(y.year)}: ${y.file} / ${y.sheet}`).join('\n') },
  ];
}

const caption = (c: RenderContext, d: Dashboard): string => {
  const years = yearsOf(d);
  const first = years[0];
  const last = years[years.length - 1];
  const span = first === undefined || last === undefined ? c.labels.none : first === last ? c.labels.years.year(first) : `${c.labels.years.year(first)}${c.locale === 'ja' ? '〜' : '–'}${c.labels.years.year(last)}`;
  return c.labels.years.caption(span);
};

export const yearsSheet: DashboardSheetDecl = {
  key: 'years',
  only: 'years',
  tables: [
    table<TrendRow>({
      tableName: 'BukaiYears',
      caption,
      rows: (d) => d.trend ?? [],
      columns: columnsOf,
      summary: summaryRows<TrendRow, 'trend'>('trend', (r, locale) => ({
        committee: r.committee,
        committeeCanonical: r.committeeCanonical,
        workingGroup: r.workingGroup,
        plans: r.plans,
        years: Object.fromEntries(r.years.map((y) => [String(y.year), { firstHalf: y.firstHalf, secondHalf: y.secondHalf, annual: y.annual }])),
        notes: r.notes.map((n) => ({ code: n.code, message: formatOutcome(n, locale) })),
      })),
    }),
  ],
};
