/**
 * One 総評 block (上半期 / 下半期 / 年度): the rate and the comment, wherever the sheet put them —
 * 「達成率 | 100%」 side by side, 「達成率 50%」 in one cell, 「達成率」 with the rate on the line below (our
 * template: rate in C, comment in D of the second row) — and any DO / CHECK text on the same row as `extra`.
 */
import type { Rate, Summary, SummaryKind, TracedText } from '../domain/status-sheet';
import { addressOf, type GridView, type RowCell } from './grid-view';
import { matchSummaryPeriod } from './form-vocabulary';
import { isTemplateCaption, matchMonthLabel, matchQuarterLabel, matchSummaryLabel, startsWithRateLabel } from './match-label';
import { looksLikeRateAttempt, parseRateCell, parseRateText } from './parse-rate';

/** Whether a row holds any month, quarter or summary label (so it starts something new). */
function hasLabel(cells: readonly RowCell[], labelLimit: number): boolean {
  return cells.some((c) => c.col < labelLimit && (matchMonthLabel(c.text) !== null || matchQuarterLabel(c.text) !== null || matchSummaryLabel(c.text) !== null));
}

/** One summary block; the rate may sit beside 「達成率」, inside it, or on the row below. */
export function readSummary(view: GridView, row: number, label: RowCell, kind: SummaryKind, labelLimit: number): { summary: Summary; consumedNext: boolean } {
  let rate: Rate | null = null;
  let sawRateLabel = false;
  const texts: TracedText[] = [];
  const take = (r: number, cells: readonly RowCell[]): void => {
    for (const c of cells) {
      const at = addressOf(r, c.col);
      if (isTemplateCaption(c.text)) continue;
      if (startsWithRateLabel(c.text)) {
        sawRateLabel = true;
        if (!rate) rate = rateInLabel(c.text, at);
        continue;
      }
      if (!rate) {
        const parsed = parseRateCell(c.cell);
        if (parsed) {
          rate = { value: parsed.value, raw: parsed.raw, cell: at };
          continue;
        }
        if (sawRateLabel && texts.length === 0 && looksLikeRateAttempt(c.text)) {
          rate = { value: null, raw: c.text, cell: at };
          continue;
        }
      }
      texts.push({ value: c.text, cell: at });
    }
  };
  take(row, view.cells(row).filter((c) => c.col > label.col));
  let consumedNext = false;
  const next = view.cells(row + 1);
  if (!rate && sawRateLabel && next.length > 0 && !hasLabel(next, labelLimit)) {
    // 「達成率」 with the rate on the line below (and, in our template, the comment beside it).
    take(row + 1, next);
    consumedNext = true;
  }
  const comment = texts.length > 0 ? (texts[texts.length - 1] ?? null) : null;
  return {
    summary: { kind, label: addressOf(row, label.col), rate, comment, extra: texts.slice(0, -1) },
    consumedNext,
  };
}

/** 「達成率 50%」 → 50; 「達成率 約半分」 → a rate that is not a number (kept raw for the message); 「達成率」 → null. */
function rateInLabel(text: string, cell: string): Rate | null {
  const parsed = parseRateText(text);
  if (parsed) return { value: parsed.value, raw: parsed.raw, cell };
  const rest = text.replace(/^[\s\u3000]*達成率[\s\u3000:：]*/, '').trim();
  return rest !== '' && looksLikeRateAttempt(rest) ? { value: null, raw: rest, cell } : null;
}

/** The columns of a summary block at the bottom, from its header row (「区分 | 達成率 | 総評」); null when it has none. */
export interface SummaryBlockColumns {
  readonly rate: number | null;
  readonly comment: number | null;
}

/**
 * One row of a summary block at the bottom: 「上半期 | 50% | コメント」. The rate is the cell under 「達成率」
 * (or the first rate-like cell), the comment the cell under 「総評」 (or the last text). Null for other rows.
 */
export function readBlockSummary(row: number, cells: readonly RowCell[], columns: SummaryBlockColumns): Summary | null {
  const label = cells[0];
  if (!label) return null;
  const kind = matchSummaryPeriod(label.text) ?? matchSummaryLabel(label.text);
  if (!kind) return null;
  const rest = cells.slice(1);
  const rateCell = columns.rate !== null ? rest.find((c) => c.col === columns.rate) : rest.find((c) => parseRateCell(c.cell) !== null);
  let rate: Rate | null = null;
  if (rateCell) {
    const parsed = parseRateCell(rateCell.cell);
    rate = { value: parsed?.value ?? null, raw: parsed?.raw ?? rateCell.text, cell: addressOf(row, rateCell.col) };
  }
  const texts = rest.filter((c) => c !== rateCell);
  const commentCell = columns.comment !== null ? texts.find((c) => c.col === columns.comment) : texts[texts.length - 1];
  return {
    kind,
    label: addressOf(row, label.col),
    rate,
    comment: commentCell ? { value: commentCell.text, cell: addressOf(row, commentCell.col) } : null,
    extra: texts.filter((c) => c !== commentCell).map((c): TracedText => ({ value: c.text, cell: addressOf(row, c.col) })),
  };
}
