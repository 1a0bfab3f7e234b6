/** The body of a sheet: the twelve month blocks (one entry per row) and the three summaries. */
import { FISCAL_MONTHS, type FiscalMonth } from '../domain/fiscal-calendar';
import type { Entry, MonthBlock, Summary, SummaryKind, TracedText } from '../domain/status-sheet';
import { addressOf, type GridView, type RowCell } from './grid-view';
import { LABEL_COLUMNS, matchMonthLabel, matchQuarterLabel, matchSummaryLabel } from './match-label';
import { splitLeadingPlanNumbers } from './parse-plan-numbers';
import { readSummary } from './read-summaries';

export interface Body {
  months: MonthBlock[];
  summaries: Record<SummaryKind, Summary | null>;
  monthLabelCount: number;
}

function labelIn(cells: readonly RowCell[], match: (text: string) => unknown): RowCell | undefined {
  return cells.find((c) => c.col < LABEL_COLUMNS && match(c.text) !== null);
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
