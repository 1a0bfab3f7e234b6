/** Every label the standard sheet shows, per locale: one table, so the renderer holds no strings. */
import type { FiscalMonth } from '../domain/fiscal-calendar';
import type { SummaryKind } from '../domain/status-sheet';

export interface TemplateLabels {
  /** The year line after the fiscal year, with and without a working group. */
  readonly sheetTitleWithWg: string;
  readonly sheetTitle: string;
  readonly philosophy: string;
  readonly goal: string;
  readonly plan: string;
  readonly quarterHeader: string;
  readonly monthHeader: string;
  readonly do: string;
  readonly check: string;
  readonly action: string;
  readonly rate: string;
  readonly comment: string;
  readonly summary: Readonly<Record<SummaryKind, string>>;
  readonly month: (month: FiscalMonth) => string;
  readonly quarter: (quarter: number) => string;
  readonly ratePrompt: { readonly title: string; readonly message: string };
  readonly rateError: { readonly title: string; readonly message: string };
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const TEMPLATE_LABELS: Readonly<Record<'ja' | 'en', TemplateLabels>> = {
  ja: {
    sheetTitleWithWg: '部会WG状況把握表',
    sheetTitle: '部会状況把握表',
    philosophy: '活動理念',
    goal: '活動目標',
    plan: '取り組み計画(PLAN)',
    quarterHeader: '四半期',
    monthHeader: '月',
    do: '実行実績(DO)',
    check: '評価(CHECK)',
    action: '改善(ACTION)',
    rate: '達成率',
    comment: '総評（コメント）',
    summary: { firstHalf: '上半期\n総評', secondHalf: '下半期\n総評', annual: '年度\n総評' },
    month: (m) => `${m}月`,
    quarter: (q) => `第${q}四半期`,
    ratePrompt: { title: '達成率', message: '0%〜100%の数値を入力してください（例: 80%）' },
    rateError: { title: '達成率', message: '0%〜100%の数値を入力してください' },
  },
  en: {
    sheetTitleWithWg: 'Committee / WG status sheet',
    sheetTitle: 'Committee status sheet',
    philosophy: 'Philosophy',
    goal: 'Goal',
    plan: 'Plan (PLAN)',
    quarterHeader: 'Qtr',
    monthHeader: 'Month',
    do: 'Done (DO)',
    check: 'Evaluation (CHECK)',
    action: 'Improvement (ACTION)',
    rate: 'Rate',
    comment: 'Review (comment)',
    summary: { firstHalf: 'First half\nreview', secondHalf: 'Second half\nreview', annual: 'Annual\nreview' },
    month: (m) => EN_MONTHS[m - 1] ?? String(m),
    quarter: (q) => `Q${q}`,
    ratePrompt: { title: 'Rate', message: 'Enter a number from 0% to 100% (e.g. 80%)' },
    rateError: { title: 'Rate', message: 'Enter a number from 0% to 100%' },
  },
};
