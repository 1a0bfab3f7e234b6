/**
 * The body of a sheet: the twelve month blocks (one entry per row, texts taken through the header's
 * columns) and the three summaries, whether they stand between the quarters or as a block at the bottom.
 * The month rows end at a summary label, a caption (「総評」) or the header of a summary block.
 */
import { FISCAL_MONTHS, type FiscalMonth } from '../domain/fiscal-calendar';
import type { Entry, MonthBlock, ReadingNote, Summary, SummaryKind, TracedText } from '../domain/status-sheet';
import { shiftSpan, type ColumnSpan, type EntryKind, type FormLayout } from './find-form';
import { isHeaderCaption, isSummaryCaption, matchHeaderWord, matchSummaryBlockHeader } from './form-vocabulary';
import { addressOf, type GridView, type RowCell } from './grid-view';
import { matchMonthLabel, matchQuarterLabel, matchSummaryLabel } from './match-label';
import { entryPlanTags } from './parse-plan-numbers';
import { readBlockSummary, readSummary, type SummaryBlockColumns } from './read-summaries';

export interface Body {
  months: MonthBlock[];
  summaries: Record<SummaryKind, Summary | null>;
  /** Cells in no header's column (the reading is in doubt there), and hidden cells that hold text. */
  unheaded: string[];
  /** Texts under the entry headers that stand in no month (above the first month label, after a summary). */
  unplaced: string[];
  hidden: { columns: Map<number, string[]>; rows: Map<number, string[]> };
}

const ENTRY_KINDS: readonly EntryKind[] = ['do', 'check', 'action'];
const NONE: ReadonlySet<number> = new Set();

/** The columns the body is read through, after the export's header shift is undone. */
interface Columns {
  readonly entry: ReadonlyArray<readonly [EntryKind, ColumnSpan]>;
  readonly others: readonly ColumnSpan[];
  /** Labels (quarter, month, summary) stand left of this column. */
  readonly labelLimit: number;
  readonly monthCol: number | null;
}

function columnsOf(layout: FormLayout): Columns {
  const doSpan = layout.entry.do as ColumnSpan;
  // The seed export drops a header row's leading empty cells, so 「実行実績(DO)」 can stand on the month
  // labels' column; DO is always right of the month label, so the header row is put back there.
  const shift = layout.monthCol !== null && doSpan.left <= layout.monthCol ? layout.monthCol + 1 - doSpan.left : 0;
  const entry = ENTRY_KINDS.flatMap((k) => {
    const span = shiftSpan(layout.entry[k], shift);
    return span ? [[k, span] as const] : [];
  });
  return {
    entry,
    others: layout.others.map((o) => shiftSpan(o, shift) as ColumnSpan),
    labelLimit: doSpan.left + shift,
    monthCol: layout.monthCol,
  };
}

/** Reads month rows and summaries from the layout's body start down. */
export function readBody(view: GridView, layout: FormLayout): Body {
  const blocks = new Map<FiscalMonth, MonthBlock>(FISCAL_MONTHS.map((m) => [m, { month: m, label: null, entries: [] }]));
  const summaries: Record<SummaryKind, Summary | null> = { firstHalf: null, secondHalf: null, annual: null };
  const columns = columnsOf(layout);
  const body: Body = { months: [], summaries, unheaded: [], unplaced: [], hidden: { columns: new Map(), rows: new Map() } };
  const hiddenCols: ReadonlySet<number> = view.grid.hiddenColumns ? new Set(view.grid.hiddenColumns) : NONE;
  const hiddenRows: ReadonlySet<number> = view.grid.hiddenRows ? new Set(view.grid.hiddenRows) : NONE;
  let current: MonthBlock | null = null;
  let block: SummaryBlockColumns | null = null;
  const isSummaryLabel = (c: RowCell): boolean => c.col < columns.labelLimit && matchSummaryLabel(c.text) !== null;
  const isMonthLabel = (c: RowCell): boolean => c.col < columns.labelLimit && matchMonthLabel(c.text) !== null;

  for (let r = layout.bodyStart; r < view.height; r++) {
    const cells = view.cells(r);
    if (cells.length === 0) continue;
    // The header repeated further down (a form pasted twice, a second page) is no entry.
    if (cells.every(isHeaderText)) continue;
    if (hiddenCols.size > 0 || hiddenRows.size > 0) noteHidden(body, r, cells, hiddenCols, hiddenRows);
    const summaryLabel = cells.find(isSummaryLabel);
    if (summaryLabel) {
      const kind = matchSummaryLabel(summaryLabel.text) as SummaryKind;
      const read = readSummary(view, r, summaryLabel, kind, columns.labelLimit);
      summaries[kind] ??= read.summary;
      if (read.consumedNext) r += 1;
      current = null;
      continue;
    }
    const monthLabel = cells.find(isMonthLabel);
    if (monthLabel) {
      const month = matchMonthLabel(monthLabel.text) as FiscalMonth;
      current = blocks.get(month) ?? null;
      if (current && current.label === null) current.label = addressOf(r, monthLabel.col);
      block = null;
      // In the export a row that lost its quarter cell has its month label (and texts) one column left.
      const shift = columns.monthCol !== null && monthLabel.col < columns.monthCol ? columns.monthCol - monthLabel.col : 0;
      pushEntry(body, current, r, cells.filter((c) => c.col > monthLabel.col), shift, columns);
      continue;
    }
    if (block || startsSummaryBlock(cells)) {
      block = block && !startsSummaryBlock(cells) ? block : summaryBlockColumns(cells);
      current = null;
      const read = readBlockSummary(r, cells, block);
      if (read) summaries[read.kind] ??= read;
      continue;
    }
    if (matchQuarterLabel(cells[0]?.text ?? '') !== null) continue;
    if (!current) {
      // Texts under DO / CHECK / ACTION before the first month label or right after a summary belong to no month.
      for (const c of cells) if (columns.entry.some(([, span]) => c.col >= span.left && c.col <= span.right)) body.unplaced.push(addressOf(r, c.col));
      continue;
    }
    // 「every row between one month label and the next belongs to the first month」; the export drops a
    // continuation row's leading empty cells, so texts standing in the label columns start at DO.
    const first = cells[0] as RowCell;
    const shift = columns.monthCol !== null && first.col <= columns.monthCol ? columns.labelLimit - first.col : 0;
    pushEntry(body, current, r, cells, shift, columns);
  }
  body.months = [...blocks.values()];
  return body;
}

function isHeaderText(c: RowCell): boolean {
  return matchHeaderWord(c.text) !== null || isHeaderCaption(c.text);
}

/** A caption (「総評」) or the header of a summary block (「区分 | 達成率」) ends the month rows. */
function startsSummaryBlock(cells: readonly RowCell[]): boolean {
  if (cells.length === 1 && isSummaryCaption((cells[0] as RowCell).text)) return true;
  const roles = cells.map((c) => matchSummaryBlockHeader(c.text));
  return roles.filter((x) => x !== null).length >= 2 && roles.includes('rate');
}

function summaryBlockColumns(cells: readonly RowCell[]): SummaryBlockColumns {
  const col = (role: 'label' | 'rate' | 'comment'): number | null => cells.find((c) => matchSummaryBlockHeader(c.text) === role)?.col ?? null;
  return { rate: col('rate'), comment: col('comment') };
}

/** One row's texts through the columns; `shift` moves the export's shifted cells back to their columns. */
function pushEntry(body: Body, block: MonthBlock | null, row: number, cells: readonly RowCell[], shift: number, columns: Columns): void {
  if (!block) return;
  const entry: Entry = { row, do: null, check: null, action: null, planTags: [] };
  for (const c of cells) {
    const col = c.col + shift;
    const kind = columns.entry.find(([, s]) => col >= s.left && col <= s.right)?.[0];
    if (kind) {
      const text: TracedText = { value: c.text, cell: addressOf(row, c.col) };
      if (entry[kind] === null) entry[kind] = text;
      else body.unheaded.push(text.cell as string);
      continue;
    }
    if (columns.others.some((s) => col >= s.left && col <= s.right)) continue;
    if (col < columns.labelLimit && (columns.monthCol === null || col <= columns.monthCol)) continue;
    body.unheaded.push(addressOf(row, c.col));
  }
  if (!entry.do && !entry.check && !entry.action) return;
  entry.planTags = entryPlanTags([entry.do, entry.check, entry.action]);
  block.entries.push(entry);
}

function noteHidden(body: Body, row: number, cells: readonly RowCell[], hiddenCols: ReadonlySet<number>, hiddenRows: ReadonlySet<number>): void {
  for (const c of cells) {
    if (c.cell.kind !== 'text') continue;
    const at = addressOf(row, c.col);
    if (hiddenCols.has(c.col)) body.hidden.columns.set(c.col, [...(body.hidden.columns.get(c.col) ?? []), at]);
    else if (hiddenRows.has(row)) body.hidden.rows.set(row, [...(body.hidden.rows.get(row) ?? []), at]);
  }
}

/** Hidden cells holding text, one note per hidden column or row (they were read as their values). */
export function hiddenNotes(body: Body): ReadingNote[] {
  const notes: ReadingNote[] = [];
  for (const [col, cells] of body.hidden.columns) notes.push({ kind: 'hidden_text', reason: 'hidden_column', cells, values: [addressOf(0, col).replace(/\d+$/, '')] });
  for (const [row, cells] of body.hidden.rows) notes.push({ kind: 'hidden_text', reason: 'hidden_row', cells, values: [String(row + 1)] });
  return notes;
}
