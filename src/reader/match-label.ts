/**
 * Tolerant label matching. Labels come out of real sheets with half/full-width brackets, stray spaces and
 * characters scrambled by vertical merges, so they are matched by their characters, not as strings.
 */
import type { FiscalMonth } from '../domain/fiscal-calendar';
import { isFiscalMonth } from '../domain/fiscal-calendar';
import type { SummaryKind } from '../domain/status-sheet';

/** Short texts (labels) repeat on every sheet — 「4月」, 「事務局」 — so their compact form is kept, boundedly. */
const COMPACT_CACHE = new Map<string, string>();
const COMPACT_CACHE_TEXT = 32;
const COMPACT_CACHE_SIZE = 4096;

/** NFKC, no whitespace: 「実行実績（DO）」 → 「実行実績(DO)」, 「第3 四半 期」 → 「第3四半期」. */
export function compactLabel(text: string): string {
  if (text.length > COMPACT_CACHE_TEXT) return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  const cached = COMPACT_CACHE.get(text);
  if (cached !== undefined) return cached;
  const compact = text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  if (COMPACT_CACHE.size >= COMPACT_CACHE_SIZE) COMPACT_CACHE.clear();
  COMPACT_CACHE.set(text, compact);
  return compact;
}

/** 「4月」, 「４月」, 「 12月 」 → the month; anything else → null. */
export function matchMonthLabel(text: string): FiscalMonth | null {
  // Labels are short; DO texts of hundreds of characters are skipped before any normalisation.
  if (text.length > 10 || !text.includes('月')) return null;
  // 「4 月」 in brackets and 「4月分」 are the same label.
  const m = /^[「『]?(\d{1,2})月分?[」』]?$/.exec(compactLabel(text));
  const n = m ? Number(m[1]) : NaN;
  return isFiscalMonth(n) ? n : null;
}

/** 「第1 四半期」, 「第3 四半 期」 → the quarter number. */
export function matchQuarterLabel(text: string): number | null {
  if (text.length > 14 || !text.includes('第')) return null;
  const m = /^第([1-4])(?:期)?四半期$/.exec(compactLabel(text));
  return m ? Number(m[1]) : null;
}

/**
 * Summary labels, scrambled by vertical merges: 「総年評度」「総 年 評 価」「総 年度 評 定」「総 上 半 期 評 価」
 * 「下半 期 総 評」「総評 上半期」「上半期\n総評」. A label holds 総 and 評 (or 総評価) and says which period.
 */
export function matchSummaryLabel(text: string): SummaryKind | null {
  if (text.length > 24 || !text.includes('総')) return null;
  const s = compactLabel(text);
  if (s.length === 0 || s.length > 12 || !s.includes('総') || !s.includes('評')) return null;
  if (s.includes('上')) return 'firstHalf';
  if (s.includes('下')) return 'secondHalf';
  if (s.includes('年')) return 'annual';
  return null;
}

/** The DO / CHECK / ACTION headers: 実行実績(DO), 評価（CHECK）, 改善 (ACTION). */
export function matchEntryHeader(text: string): 'do' | 'check' | 'action' | null {
  if (text.length > 24) return null;
  const s = compactLabel(text).toUpperCase();
  if (s.includes('実行実績') || s === '(DO)' || s.endsWith('(DO)')) return 'do';
  if (s.includes('(CHECK)') || s === '評価') return 'check';
  if (s.includes('(ACTION)') || s === '改善') return 'action';
  return null;
}

/** 「取り組み計画(PLAN)」, 「取組計画」, 「取り組み計画 (PLAN)」 at the start of a cell. */
export function matchPlanLabel(text: string): boolean {
  if (!text.includes('計画')) return false;
  const s = compactLabel(text).toUpperCase();
  return /^(取り?組み?計画|計画)(\(PLAN\))?/.test(s) && (s.includes('PLAN') || s.startsWith('取'));
}

/** The length of the plan label at the start of a cell's text (so the rest is plan text). */
export function planLabelLength(text: string): number {
  const m = /^\s*取り?組み?計画\s*[(（]\s*PLAN\s*[)）]|^\s*取り?組み?計画/i.exec(text);
  return m ? m[0].length : 0;
}

/** 活動理念 / 活動目標 labels. */
export function matchHeadingLabel(text: string): 'philosophy' | 'goal' | null {
  if (text.length > 12 || !text.includes('活動')) return null;
  const s = compactLabel(text);
  if (s === '活動理念') return 'philosophy';
  if (s === '活動目標') return 'goal';
  return null;
}

/** 「達成率」 at the start of a cell (the rate may follow in the same cell: 「達成率 50%」). */
export function startsWithRateLabel(text: string): boolean {
  if (!text.includes('達成率')) return false;
  return compactLabel(text).startsWith('達成率');
}

/** Labels our template writes inside summary blocks that are not content: 「総評（コメント）」. */
export function isTemplateCaption(text: string): boolean {
  if (text.length > 16) return false;
  return /^総評\(コメント\)$|^Comment$/i.test(compactLabel(text));
}
