/** The body of a sheet: the twelve month blocks (one entry per row) and the three summaries. */
import { FISCAL_MONTHS, type FiscalMonth } from '../domain/fiscal-calendar';
import type { Entry, MonthBlock, Rate, Summary, SummaryKind, TracedText } from '../domain/status-sheet';
import { addressOf, type GridView, type RowCell } from './grid-view';
import { isTemplateCaption, matchMonthLabel, matchQuarterLabel, matchSummaryLabel, startsWithRateLabel } from './match-label';
import { looksLikeRateAttempt, parseRateCell, parseRateText } from './parse-rate';
import { splitLeadingPlanNumbers } from './parse-plan-numbers';

/** Labels stand in the first columns; further right the same words are content. */
const LABEL_COLUMNS = 3;

export interface Body {
  months: MonthBlock[];
  summaries: Record<SummaryKind, Summary | null>;
  monthLabelCount: number;
}

function labelIn(cells: readonly RowCell[], match: (text: string) => unknown): RowCell | undefined {
  return cells.find((c) => c.col < LABEL_COLUMNS && match(c.text) !== null);
}

/** Whether a row holds any month, quarter or summary label (so it starts something new). */
function hasLabel(cells: readonly RowCell[]): boolean {
  return cells.some((c) => c.col < LABEL_COLUMNS && (matchMonthLabel(c.text) !== null || matchQuarterLabel(c.text) !== null || matchSummaryLabel(c.text) !== null));
}

/** Reads month rows and summaries from `startRow` down. */
export function readBody(view: GridView, startRow: number): Body {
  const blocks = new Map<FiscalMonth, MonthBlock>(FISCAL_MONTHS.map((m) => [m, { month: m, label: null, entries: [] }]));
  const summaries: Record<SummaryKind, Summary | null> = { firstHalf: null, secondHalf: null, annual: null };
  let current: MonthBlock | null = null;
  // The DO column of a regular month row: the month label's column + 1 (2 in every real sheet).
  let regularDoCol: number | null = null;
  let monthLabelCount = 0;

  for (let r = startRow; r < view.height; r++) {
    const cells = view.cells(r);
    if (cells.length === 0) continue;
    const summaryLabel = labelIn(cells, matchSummaryLabel);
    if (summaryLabel) {
      const kind = matchSummaryLabel(summaryLabel.text) as SummaryKind;
      const read = readSummary(view, r, summaryLabel, kind);
      summaries[kind] ??= read.summary;
      if (read.consumedNext) r += 1;
      current = null;
      continue;
    }
    const monthLabel = labelIn(cells, matchMonthLabel);
    if (monthLabel) {
      const month = matchMonthLabel(monthLabel.text) as FiscalMonth;
      current = blocks.get(month) ?? null;
      if (current && current.label === null) current.label = addressOf(r, monthLabel.col);
      monthLabelCount += 1;
      const doCol = monthLabel.col + 1;
      // In the export a row that lost its quarter cell has its month label one column left.
      if (regularDoCol === null || doCol > regularDoCol) regularDoCol = doCol;
      pushEntry(current, r, cells.filter((c) => c.col >= doCol), doCol);
      continue;
    }
    if (!current || matchQuarterLabel(cells[0]?.text ?? '') !== null) continue;
    // 「every row between one month label and the next belongs to the first month」; the export drops a
    // continuation row's leading empty cells, so its texts may start one or two columns left.
    const first = cells[0]?.col ?? 0;
    const doCol = regularDoCol === null ? first : Math.min(first, regularDoCol);
    pushEntry(current, r, cells.filter((c) => c.col >= doCol), doCol);
  }
  return { months: [...blocks.values()], summaries, monthLabelCount };
}

function pushEntry(block: MonthBlock | null, row: number, cells: readonly RowCell[], doCol: number): void {
  if (!block) return;
  const at = (offset: number): TracedText | null => {
    const cell = cells.find((c) => c.col === doCol + offset);
    return cell ? { value: cell.text, cell: addressOf(row, cell.col) } : null;
  };
  const entry: Entry = { row, do: at(0), check: at(1), action: at(2), planTags: [] };
  if (!entry.do && !entry.check && !entry.action) return;
  const tags = new Set<string>();
  for (const t of [entry.do, entry.check, entry.action]) if (t) for (const n of splitLeadingPlanNumbers(t.value).numbers) tags.add(n);
  entry.planTags = [...tags];
  block.entries.push(entry);
}

/** One summary block; the rate may sit beside 「達成率」, inside it, or on the row below. */
function readSummary(view: GridView, row: number, label: RowCell, kind: SummaryKind): { summary: Summary; consumedNext: boolean } {
  let rate: Rate | null = null;
  let sawRateLabel = false;
  const texts: TracedText[] = [];
  const take = (r: number, cells: readonly RowCell[]): void => {
    for (const c of cells) {
      const at = addressOf(r, c.col);
      if (isTemplateCaption(c.text)) continue;
      if (startsWithRateLabel(c.text)) {
        sawRateLabel = true;
        const inLabel = parseRateText(c.text);
        if (inLabel && !rate) rate = { value: inLabel.value, raw: inLabel.raw, cell: at };
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
  if (!rate && sawRateLabel && next.length > 0 && !hasLabel(next)) {
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
