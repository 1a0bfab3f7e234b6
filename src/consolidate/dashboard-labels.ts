/** Every label the dashboard writes, in Japanese and English. */
import { formatFiscalYear } from '../domain/fiscal-calendar';
import type { SubmissionStatus } from './dashboard';

export type DashboardLocale = 'ja' | 'en';

export const DASHBOARD_LABELS = {
  ja: {
    sheets: { submissions: '集約_提出状況', rates: '集約_達成率', activity: '集約_活動状況', comments: '集約_評価改善', themes: '集約_課題', issues: '集約_検証結果', years: '集約_経年' },
    title: (year: string) => `${year} 地域自立支援協議会 部会状況 集約`,
    sections: { submissions: '提出状況', rates: '達成率（計画別）', rollup: '部会別の達成率', activity: '活動状況（DOの記載がある月）', comments: '評価（CHECK）・改善（ACTION）一覧', themes: '課題（テーマ別）', issues: '検証結果', years: '経年比較（計画別）' },
    themeMatrix: 'テーマ × 部会・WG（評価・改善の件数）',
    themeTexts: 'テーマ別の評価・改善（1件が複数のテーマに入ることがあります）',
    recurringWords: 'テーマ表にない、複数の部会・WGに出る語（新しいテーマの手がかり）',
    untagged: 'テーマなし',
    textCount: '評価・改善の件数',
    subtitle: (generated: string, asOf: string, files: number, sheets: number) => `作成 ${generated} ／ 基準日 ${asOf} ／ ファイル ${files} 件 ／ シート ${sheets} 枚`,
    none: '（なし）',
    ratesCaption: (threshold: number) => `達成率（計画別）（${threshold}%未満は要確認）`,
    status: { submitted: '提出済', missing: '未提出', unreadable: '読込不可', no_sheet: '対象シートなし', duplicate: '重複', other_year: '年度違い', unexpected: '名簿外', earlier_year: '経年のみ' } satisfies Record<SubmissionStatus, string>,
    flag: '要確認',
    active: '●',
    monthCount: '月別の報告数',
    kind: { check: '評価', action: '改善' },
    severity: { error: 'エラー', warning: '警告', info: '情報' },
    years: {
      caption: (years: string) => `経年比較（${years}）: 前年度比は達成率の差（ポイント）`,
      year: (year: number) => formatFiscalYear(year, 'ja'),
      change: '前年度比',
      previousActions: (year: string) => `${year}の改善(ACTION)`,
      plan: (year: string) => `${year}の取り組み計画(PLAN)`,
      note: '備考',
      sources: '出典',
    },
  },
  en: {
    sheets: { submissions: 'Summary_Submissions', rates: 'Summary_Rates', activity: 'Summary_Activity', comments: 'Summary_CheckAction', themes: 'Summary_Themes', issues: 'Summary_Issues', years: 'Summary_Years' },
    title: (year: string) => `${year} Council status sheets — consolidated`,
    sections: { submissions: 'Submissions', rates: 'Achievement rates by plan', rollup: 'Rates by committee', activity: 'Activity (months with a DO entry)', comments: 'CHECK / ACTION texts', themes: 'Issues by theme', issues: 'Validation results', years: 'Years side by side (by plan)' },
    themeMatrix: 'Theme × committee / WG (CHECK / ACTION texts)',
    themeTexts: 'CHECK / ACTION texts by theme (a text may be under several themes)',
    recurringWords: 'Words in several committees / WGs that no theme covers (hints for new themes)',
    untagged: 'No theme',
    textCount: 'CHECK / ACTION texts',
    subtitle: (generated: string, asOf: string, files: number, sheets: number) => `Generated ${generated} / as of ${asOf} / ${files} files / ${sheets} sheets`,
    none: '(none)',
    ratesCaption: (threshold: number) => `Achievement rates by plan (under ${threshold}% flagged)`,
    status: { submitted: 'Submitted', missing: 'Missing', unreadable: 'Unreadable', no_sheet: 'No status sheet', duplicate: 'Duplicate', other_year: 'Other year', unexpected: 'Not in roster', earlier_year: 'Years only' } satisfies Record<SubmissionStatus, string>,
    flag: 'Check',
    active: '●',
    monthCount: 'Reports per month',
    kind: { check: 'CHECK', action: 'ACTION' },
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    years: {
      caption: (years: string) => `Years side by side (${years}): change = difference of the rates (points)`,
      year: (year: number) => `FY${year}`,
      change: 'Change',
      previousActions: (year: string) => `${year} ACTION`,
      plan: (year: string) => `${year} PLAN`,
      note: 'Note',
      sources: 'Sources',
    },
  },
} as const;
