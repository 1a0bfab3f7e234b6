/** Every label the dashboard writes, in Japanese and English. */
import type { SubmissionStatus } from './dashboard';

export type DashboardLocale = 'ja' | 'en';

export const DASHBOARD_LABELS = {
  ja: {
    sheets: { submissions: '集約_提出状況', rates: '集約_達成率', activity: '集約_活動状況', comments: '集約_評価改善', issues: '集約_検証結果' },
    title: (year: string) => `${year} 地域自立支援協議会 部会状況 集約`,
    sections: { submissions: '提出状況', rates: '達成率（計画別）', rollup: '部会別の達成率', activity: '活動状況（DOの記載がある月）', comments: '評価（CHECK）・改善（ACTION）一覧', issues: '検証結果' },
    subtitle: (generated: string, asOf: string, files: number, sheets: number) => `作成 ${generated} ／ 基準日 ${asOf} ／ ファイル ${files} 件 ／ シート ${sheets} 枚`,
    none: '（なし）',
    ratesCaption: (threshold: number) => `達成率（計画別）（${threshold}%未満は要確認）`,
    headers: {
      submissions: ['部会', 'WG', '計画', '状況', 'ファイル', 'シート', 'エラー', '警告', '備考'],
      rates: ['部会', 'WG', '計画', '上半期', '下半期', '年度', '判定', '活動月数', 'ファイル', 'シート', '達成率のセル'],
      rollup: ['部会', 'シート数', '上半期平均', '下半期平均', '年度平均', '年度最低', '要確認'],
      activity: ['部会', 'WG', '計画', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '活動月数'],
      comments: ['部会', 'WG', '計画', '月', '種別', '内容', 'ファイル', 'シート', 'セル'],
      issues: ['重要度', 'ファイル', 'シート', 'セル', '内容', 'コード'],
    },
    status: { submitted: '提出済', missing: '未提出', unreadable: '読込不可', no_sheet: '対象シートなし', duplicate: '重複', other_year: '年度違い', unexpected: '名簿外' } satisfies Record<SubmissionStatus, string>,
    flag: '要確認',
    active: '●',
    monthCount: '月別の報告数',
    kind: { check: '評価', action: '改善' },
    severity: { error: 'エラー', warning: '警告', info: '情報' },
  },
  en: {
    sheets: { submissions: 'Summary_Submissions', rates: 'Summary_Rates', activity: 'Summary_Activity', comments: 'Summary_CheckAction', issues: 'Summary_Issues' },
    title: (year: string) => `${year} Council status sheets — consolidated`,
    sections: { submissions: 'Submissions', rates: 'Achievement rates by plan', rollup: 'Rates by committee', activity: 'Activity (months with a DO entry)', comments: 'CHECK / ACTION texts', issues: 'Validation results' },
    subtitle: (generated: string, asOf: string, files: number, sheets: number) => `Generated ${generated} / as of ${asOf} / ${files} files / ${sheets} sheets`,
    none: '(none)',
    ratesCaption: (threshold: number) => `Achievement rates by plan (under ${threshold}% flagged)`,
    headers: {
      submissions: ['Committee', 'WG', 'Plans', 'Status', 'File', 'Sheet', 'Errors', 'Warnings', 'Note'],
      rates: ['Committee', 'WG', 'Plans', 'First half', 'Second half', 'Annual', 'Flag', 'Active months', 'File', 'Sheet', 'Rate cells'],
      rollup: ['Committee', 'Sheets', 'First half avg', 'Second half avg', 'Annual avg', 'Lowest annual', 'Flagged'],
      activity: ['Committee', 'WG', 'Plans', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Active months'],
      comments: ['Committee', 'WG', 'Plans', 'Month', 'Kind', 'Text', 'File', 'Sheet', 'Cell'],
      issues: ['Severity', 'File', 'Sheet', 'Cell', 'Message', 'Code'],
    },
    status: { submitted: 'Submitted', missing: 'Missing', unreadable: 'Unreadable', no_sheet: 'No status sheet', duplicate: 'Duplicate', other_year: 'Other year', unexpected: 'Not in roster' } satisfies Record<SubmissionStatus, string>,
    flag: 'Check',
    active: '●',
    monthCount: 'Reports per month',
    kind: { check: 'CHECK', action: 'ACTION' },
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  },
} as const;
