/**
 * The words a status sheet's form is made of, as data: column headers, heading labels, captions of a
 * summary block and the periods of its rows. Generic code (find-form.ts, read-heading.ts, read-months.ts)
 * reads these tables; a new spelling met in a real sheet is one more line here, never a new `if`.
 * Every pattern is tested against the compact label (NFKC, no spaces, upper case).
 */
import type { SummaryKind } from '../domain/status-sheet';
import { compactLabel } from './match-label';

/** What a column of the month table holds. */
export type ColumnKind = 'do' | 'check' | 'action' | 'month' | 'quarter' | 'extra';

/** One header spelling and the column kind it names. */
export interface HeaderWord {
  readonly kind: ColumnKind;
  readonly pattern: RegExp;
}

/**
 * Column headers, first match wins. 「実行実績(DO)」「実行実績（DO）」「実行実績」「(DO)」 on a second header
 * row; 「評価(CHECK)」「評価」; 「改善(ACTION)」「改善」; 「月」「実施月」; 「四半期」「期」; and the extra columns
 * clerks add (備考, 担当, 開催日, 達成率(％) at the right) which are never DO / CHECK / ACTION.
 */
export const HEADER_WORDS: readonly HeaderWord[] = [
  { kind: 'do', pattern: /^(実行実績|実施実績|実績|実施内容|活動内容)(\(DO\))?$|^\(?DO\)?$|^.{1,10}\(DO\)$/ },
  { kind: 'check', pattern: /^(評価)(\(CHECK\))?$|^\(?CHECK\)?$|^.{1,10}\(CHECK\)$/ },
  { kind: 'action', pattern: /^(改善|改善策|改善点)(\(ACTION\))?$|^\(?ACTION\)?$|^.{1,10}\(ACTION\)$/ },
  { kind: 'month', pattern: /^(月|実施月|月別|MONTH)$/ },
  { kind: 'quarter', pattern: /^(四半期|期|QTR)$/ },
  { kind: 'extra', pattern: /^(備考|担当|担当者|開催日|実施日|日付|日時|場所|会場|達成率(\(%\))?|進捗|参加者|出席者|メモ)$/ },
];

/**
 * Texts that may stand in a header row above or below the DO / CHECK / ACTION headers without being
 * content: a group caption over the three columns (「活動の記録」「PDCA」) in a two-row header.
 */
export const HEADER_CAPTIONS: readonly RegExp[] = [/^(活動の?記録|活動状況|活動実績|実施状況|取組状況|PDCA|内容|項目|区分|月別実績)$/];

/** Labelled heading cells (「部会名 | 就労部会」, 「WG名 | ヘルパー人材育成WG」, 「年度 | 2022年度」) and what they name. */
export const HEADING_LABELS: ReadonlyArray<{ readonly field: 'committee' | 'workingGroup' | 'fiscalYear'; readonly pattern: RegExp }> = [
  { field: 'committee', pattern: /^(部会名|部会|部会名称|所属部会)[:：]?$/ },
  { field: 'workingGroup', pattern: /^(WG名|WG|ワーキンググループ|ワーキンググループ名|ワーキング名|WG名称)[:：]?$/ },
  { field: 'fiscalYear', pattern: /^(年度|対象年度|実施年度)[:：]?$/ },
];

/** A single caption that ends the month rows and starts a summary block at the bottom: 「総評」. */
export const SUMMARY_CAPTIONS: readonly RegExp[] = [/^(総評|総括|評価|まとめ|振り返り|年間総評|年度総評|評価・総評|半期総評)$/];

/** The headers of a summary block at the bottom (「区分 | 達成率 | 総評」): the label, rate and comment columns. */
export const SUMMARY_BLOCK_HEADERS: ReadonlyArray<{ readonly role: 'label' | 'rate' | 'comment'; readonly pattern: RegExp }> = [
  { role: 'label', pattern: /^(区分|期間|時期|評価期間|期)$/ },
  { role: 'rate', pattern: /^達成率(\(%\))?$/ },
  { role: 'comment', pattern: /^(総評|コメント|所見|評価|総評\(コメント\)|内容)$/ },
];

/** The period of a row inside a summary block: 「上半期」「下半期」「年度」「年間」 (with or without 総評). */
export const SUMMARY_PERIODS: ReadonlyArray<{ readonly kind: SummaryKind; readonly pattern: RegExp }> = [
  { kind: 'firstHalf', pattern: /^上半期(総評|評価)?$|^前期(総評)?$/ },
  { kind: 'secondHalf', pattern: /^下半期(総評|評価)?$|^後期(総評)?$/ },
  { kind: 'annual', pattern: /^(年度|年間|通年|年度全体)(総評|評価)?$/ },
];

/** NFKC, no whitespace, upper case: the form every pattern above is written against. */
export function compactUpper(text: string): string {
  return compactLabel(text).toUpperCase();
}

/** The column kind a header text names, or null when it names none. */
export function matchHeaderWord(text: string): ColumnKind | null {
  if (text.length > 24) return null;
  const s = compactUpper(text);
  return HEADER_WORDS.find((w) => w.pattern.test(s))?.kind ?? null;
}

/** Whether a text is a header caption (「活動の記録」 over DO:ACTION). */
export function isHeaderCaption(text: string): boolean {
  if (text.length > 16) return false;
  const s = compactUpper(text);
  return HEADER_CAPTIONS.some((p) => p.test(s));
}

/** The heading field a label cell names (「WG名」 → workingGroup), or null. */
export function matchHeadingField(text: string): 'committee' | 'workingGroup' | 'fiscalYear' | null {
  if (text.length > 16) return null;
  const s = compactUpper(text);
  return HEADING_LABELS.find((l) => l.pattern.test(s))?.field ?? null;
}

/** Whether a text is a caption that starts a summary block (「総評」). */
export function isSummaryCaption(text: string): boolean {
  if (text.length > 12) return false;
  const s = compactUpper(text);
  return SUMMARY_CAPTIONS.some((p) => p.test(s));
}

/** The role of a summary-block header cell, or null. */
export function matchSummaryBlockHeader(text: string): 'label' | 'rate' | 'comment' | null {
  if (text.length > 16) return null;
  const s = compactUpper(text);
  return SUMMARY_BLOCK_HEADERS.find((h) => h.pattern.test(s))?.role ?? null;
}

/** The period a summary-block row names (「上半期」 → firstHalf), or null. */
export function matchSummaryPeriod(text: string): SummaryKind | null {
  if (text.length > 12) return null;
  const s = compactUpper(text);
  return SUMMARY_PERIODS.find((p) => p.pattern.test(s))?.kind ?? null;
}
