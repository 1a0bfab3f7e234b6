/**
 * The dashboard's sheets, one declaration each, in the order they are written. A new sheet (集約_経年,
 * 集約_課題…) is one more declaration here and its name in dashboard-labels.ts.
 */
import { FISCAL_MONTHS } from '../domain/fiscal-calendar';
import { joinPlanNumbers } from '../domain/plan-number';
import { formatIssue, formatOutcome } from '../messages/format-outcome';
import type { CommentRow, CommitteeRollup, DashboardIssue, RateRow, SubmissionRow } from './dashboard';
import { summaryRows, table, type ColumnDecl, type DashboardSheetDecl, type RenderContext } from './dashboard-table';
import { yearsSheet } from './years-sheet';
import { themesSheet } from './dashboard-themes-sheet';
import { chartDataTable, rateCharts, ROLLUP_TABLE } from './dashboard-rate-charts';
import { overviewSheet } from './dashboard-overview-sheet';

const RED = 'F8CBAD';
const YELLOW = 'FFF2CC';
const GREEN = 'C6EFCE';

const wg = (v: string | null): string => v ?? '';
const EN_MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

/** Committee, WG and plans: the first three columns of most tables. */
function groupColumns<R>(get: (row: R) => { committee: string; workingGroup: string | null; plans: string }, widths: readonly [number, number, number]): Array<ColumnDecl<R>> {
  return [
    { header: { ja: '部会', en: 'Committee' }, width: widths[0], kind: 'text', value: (r) => get(r).committee },
    { header: { ja: 'WG', en: 'WG' }, width: widths[1], kind: 'text', value: (r) => wg(get(r).workingGroup) },
    { header: { ja: '計画', en: 'Plans' }, width: widths[2], kind: 'center', value: (r) => get(r).plans },
  ];
}

const rateGroup = (r: RateRow) => ({ committee: r.committeeCanonical, workingGroup: r.workingGroup, plans: joinPlanNumbers(r.plans) });

const submissions: DashboardSheetDecl = {
  key: 'submissions',
  tables: [
    table<SubmissionRow>({
      tableName: 'BukaiSubmissions',
      caption: (c) => c.labels.sections.submissions,
      rows: (d) => d.submissions,
      columns: [
        ...groupColumns<SubmissionRow>((s) => s, [14, 26, 12]),
        {
          header: { ja: '状況', en: 'Status' },
          width: 12,
          kind: 'center',
          value: (s, c) => c.labels.status[s.status],
          highlight: [
            (c) => ({ type: 'textEquals', values: [c.labels.status.missing, c.labels.status.unreadable, c.labels.status.no_sheet], fill: RED }),
            (c) => ({ type: 'textEquals', values: [c.labels.status.duplicate, c.labels.status.other_year, c.labels.status.unexpected], fill: YELLOW }),
          ],
        },
        { header: { ja: 'ファイル', en: 'File' }, width: 34, kind: 'wrap', value: (s) => s.file },
        { header: { ja: 'シート', en: 'Sheet' }, width: 12, kind: 'text', value: (s) => s.sheet },
        { header: { ja: 'エラー', en: 'Errors' }, width: 8, kind: 'count', value: (s) => s.errors },
        { header: { ja: '警告', en: 'Warnings' }, width: 8, kind: 'count', value: (s) => s.warnings },
        { header: { ja: '備考', en: 'Note' }, width: 48, kind: 'wrap', value: (s, c) => (s.note ? formatOutcome(s.note, c.locale) : '') },
      ],
      summary: summaryRows<SubmissionRow, 'submissions'>('submissions', (s) => ({ committee: s.committee, workingGroup: s.workingGroup, plans: s.plans, status: s.status, file: s.file, sheet: s.sheet })),
    }),
  ],
};

const rateColumn = (kind: 'firstHalf' | 'secondHalf' | 'annual', header: { ja: string; en: string }): ColumnDecl<RateRow> => ({
  header,
  width: 10,
  kind: 'rate',
  value: (r) => r[kind],
  highlight: [() => ({ type: 'dataBar', color: '5B9BD5', min: 0, max: 100 }), (c: RenderContext) => ({ type: 'lessThan', value: c.threshold, fill: RED })],
});

const rollupAverage = (kind: 'firstHalf' | 'secondHalf' | 'annual' | 'lowestAnnual', header: { ja: string; en: string }, width: number): ColumnDecl<CommitteeRollup> => ({
  header,
  width,
  kind: 'rate',
  value: (r) => r[kind],
  highlight: [() => ({ type: 'colorScale', min: 'F8696B', mid: 'FFEB84', max: '63BE7B' })],
});

const rates: DashboardSheetDecl = {
  key: 'rates',
  tables: [
    table<RateRow>({
      tableName: 'BukaiRates',
      caption: (c) => c.labels.ratesCaption(c.threshold),
      rows: (d) => d.rates,
      columns: [
        ...groupColumns(rateGroup, [14, 26, 12]),
        rateColumn('firstHalf', { ja: '上半期', en: 'First half' }),
        rateColumn('secondHalf', { ja: '下半期', en: 'Second half' }),
        rateColumn('annual', { ja: '年度', en: 'Annual' }),
        {
          header: { ja: '判定', en: 'Flag' },
          width: 10,
          kind: 'center',
          value: (r, c) => (r.flagged ? c.labels.flag : ''),
          highlight: [(c) => ({ type: 'textEquals', values: [c.labels.flag], fill: RED, fontColor: '9C0006' })],
        },
        { header: { ja: '活動月数', en: 'Active months' }, width: 10, kind: 'count', value: (r) => r.activeMonths.length },
        { header: { ja: 'ファイル', en: 'File' }, width: 34, kind: 'wrap', value: (r) => r.file },
        { header: { ja: 'シート', en: 'Sheet' }, width: 12, kind: 'text', value: (r) => r.sheet },
        { header: { ja: '達成率のセル', en: 'Rate cells' }, width: 20, kind: 'text', value: (r) => [r.cells.firstHalf, r.cells.secondHalf, r.cells.annual].map((c) => c ?? '-').join(' / ') },
      ],
      summary: summaryRows<RateRow, 'sheets'>('sheets', (r) => ({
        file: r.file,
        sheet: r.sheet,
        committee: r.committee,
        committeeCanonical: r.committeeCanonical,
        workingGroup: r.workingGroup,
        fiscalYear: r.fiscalYear,
        plans: r.plans,
        rates: { firstHalf: r.firstHalf, secondHalf: r.secondHalf, annual: r.annual },
        flagged: r.flagged,
        activeMonths: r.activeMonths,
      })),
    }),
    table<CommitteeRollup>({
      tableName: ROLLUP_TABLE,
      caption: (c) => c.labels.sections.rollup,
      rows: (d) => d.committees,
      columns: [
        { header: { ja: '部会', en: 'Committee' }, width: 14, kind: 'text', value: (r) => r.committee },
        { header: { ja: 'シート数', en: 'Sheets' }, width: 26, kind: 'count', value: (r) => r.sheets },
        rollupAverage('firstHalf', { ja: '上半期平均', en: 'First half avg' }, 12),
        rollupAverage('secondHalf', { ja: '下半期平均', en: 'Second half avg' }, 10),
        rollupAverage('annual', { ja: '年度平均', en: 'Annual avg' }, 10),
        rollupAverage('lowestAnnual', { ja: '年度最低', en: 'Lowest annual' }, 10),
        { header: { ja: '要確認', en: 'Flagged' }, width: 10, kind: 'count', value: (r) => r.flagged },
        // The committee chart's threshold line reads this column (a line of literal values is dropped by LibreOffice).
        { header: { ja: '基準', en: 'Threshold' }, width: 10, kind: 'rate', value: (_r, c) => c.threshold },
      ],
    }),
    chartDataTable,
  ],
  charts: rateCharts,
};

const activity: DashboardSheetDecl = {
  key: 'activity',
  tables: [
    table<RateRow>({
      tableName: 'BukaiActivity',
      caption: (c) => c.labels.sections.activity,
      rows: (d) => d.rates,
      columns: [
        ...groupColumns(rateGroup, [14, 26, 12]),
        ...FISCAL_MONTHS.map(
          (m, i): ColumnDecl<RateRow> => ({
            header: { ja: `${m}月`, en: EN_MONTHS[i] ?? '' },
            width: 6,
            kind: 'center',
            value: (r, c) => (r.activeMonths.includes(m) ? c.labels.active : ''),
            highlight: [(c) => ({ type: 'textEquals', values: [c.labels.active], fill: GREEN })],
          }),
        ),
        { header: { ja: '活動月数', en: 'Active months' }, width: 10, kind: 'count', value: (r) => r.activeMonths.length },
      ],
      footer: (d, c) => [c.labels.monthCount, '', '', ...FISCAL_MONTHS.map((m) => d.rates.filter((r) => r.activeMonths.includes(m)).length), null],
    }),
  ],
};

const comments: DashboardSheetDecl = {
  key: 'comments',
  tables: [
    table<CommentRow>({
      tableName: 'BukaiCheckAction',
      caption: (c) => c.labels.sections.comments,
      rows: (d) => d.comments,
      columns: [
        ...groupColumns<CommentRow>((r) => r, [14, 22, 10]),
        { header: { ja: '月', en: 'Month' }, width: 6, kind: 'center', value: (r) => r.month },
        { header: { ja: '種別', en: 'Kind' }, width: 8, kind: 'center', value: (r, c) => c.labels.kind[r.kind] },
        { header: { ja: '内容', en: 'Text' }, width: 70, kind: 'wrap', value: (r) => r.text },
        { header: { ja: 'ファイル', en: 'File' }, width: 30, kind: 'wrap', value: (r) => r.file },
        { header: { ja: 'シート', en: 'Sheet' }, width: 10, kind: 'text', value: (r) => r.sheet },
        { header: { ja: 'セル', en: 'Cell' }, width: 8, kind: 'center', value: (r) => r.cell },
      ],
    }),
  ],
};

const issues: DashboardSheetDecl = {
  key: 'issues',
  tables: [
    table<DashboardIssue>({
      tableName: 'BukaiIssues',
      caption: (c) => c.labels.sections.issues,
      rows: (d) => d.issues,
      columns: [
        {
          header: { ja: '重要度', en: 'Severity' },
          width: 10,
          kind: 'center',
          value: (i, c) => c.labels.severity[i.severity],
          highlight: [(c) => ({ type: 'textEquals', values: [c.labels.severity.error], fill: RED, fontColor: '9C0006' }), (c) => ({ type: 'textEquals', values: [c.labels.severity.warning], fill: YELLOW })],
        },
        { header: { ja: 'ファイル', en: 'File' }, width: 30, kind: 'wrap', value: (i) => i.file },
        { header: { ja: 'シート', en: 'Sheet' }, width: 12, kind: 'text', value: (i) => i.sheet },
        { header: { ja: 'セル', en: 'Cell' }, width: 8, kind: 'center', value: (i) => i.cell },
        { header: { ja: '内容', en: 'Message' }, width: 80, kind: 'wrap', value: (i, c) => formatIssue(i, c.locale) },
        { header: { ja: 'コード', en: 'Code' }, width: 22, kind: 'text', value: (i) => i.code },
      ],
      summary: summaryRows<DashboardIssue, 'issues'>('issues', (i, locale) => ({ file: i.file, sheet: i.sheet, cell: i.cell, severity: i.severity, code: i.code, params: { ...i.params }, message: formatIssue(i, locale) })),
    }),
  ],
};

/** Every dashboard sheet, in the order 集約 writes them. */
export const DASHBOARD_SHEETS: readonly DashboardSheetDecl[] = [overviewSheet, submissions, rates, yearsSheet, activity, comments, themesSheet, issues];
