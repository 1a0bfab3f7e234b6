/**
 * Where the month table stands: its header block (one or two rows, merged or not, at any offset) and
 * the columns under its headers. DO / CHECK / ACTION are the spans under their header cells, whatever
 * stands to their left; the month labels are wherever they stand left of DO. Nothing is taken from a
 * fixed column: a form moved three columns right or with 担当 between the month and DO reads the same.
 */
import type { ReadingNote } from '../domain/status-sheet';
import { addressOf, type GridView, type RowCell } from './grid-view';
import { isHeaderCaption, matchHeaderWord, type ColumnKind } from './form-vocabulary';
import { matchMonthLabel, matchQuarterLabel } from './match-label';

/** Inclusive columns of one header cell (its merged span). */
export interface ColumnSpan {
  readonly left: number;
  readonly right: number;
}

export type EntryKind = 'do' | 'check' | 'action';

export interface FormLayout {
  /** First row of the header block: the heading (plan) ends above it. */
  readonly headerTop: number;
  /** First row after the header block. */
  readonly bodyStart: number;
  /** The DO / CHECK / ACTION spans; CHECK / ACTION assumed beside DO when their header is missing. */
  readonly entry: Readonly<Record<EntryKind, ColumnSpan | null>>;
  /** Spans headed by something else (月, 四半期, 備考, 担当, 開催日, 達成率(％), unknown words). */
  readonly others: ReadonlyArray<ColumnSpan & { readonly kind: ColumnKind }>;
  /** The column month labels stand in (the most common one), or null when no month label was found. */
  readonly monthCol: number | null;
  /** Doubts met while locating the form. */
  readonly notes: ReadingNote[];
}

/** How far below the DO header a second header row may stand, and above it a caption row. */
const HEADER_DEPTH = 2;

/** The first row with a DO header, or null when the grid has none (then it is not a status sheet). */
export function findDoHeaderRow(view: GridView): number | null {
  for (let r = 0; r < view.height; r++) if (view.cells(r).some((c) => matchHeaderWord(c.text) === 'do')) return r;
  return null;
}

/** Locates the header block and the columns of the month table around the DO header in `doRow`. */
export function findForm(view: GridView, doRow: number): FormLayout {
  const notes: ReadingNote[] = [];
  const headerCols = view.cells(doRow).filter((c) => matchHeaderWord(c.text) !== null).map((c) => c.col);
  let top = doRow;
  while (top > 0 && doRow - top < HEADER_DEPTH - 1 && isHeaderRow(view, top - 1, top, headerCols)) top -= 1;
  let bottom = doRow;
  for (const c of view.cells(doRow)) bottom = Math.max(bottom, view.mergeAt(doRow, c.col)?.bottom ?? doRow);
  while (bottom + 1 < view.height && bottom - doRow < HEADER_DEPTH - 1 && isHeaderRow(view, bottom + 1, bottom, headerCols)) bottom += 1;

  const candidates: Record<EntryKind, Array<ColumnSpan & { at: string }>> = { do: [], check: [], action: [] };
  const others: Array<ColumnSpan & { kind: ColumnKind }> = [];
  for (let r = top; r <= bottom; r++) {
    for (const c of view.cells(r)) {
      const span = spanOf(view, r, c);
      const kind = matchHeaderWord(c.text) ?? 'extra';
      // 「実行実績」 over 「(DO)」 in a split header is one header, not two.
      if (kind === 'do' || kind === 'check' || kind === 'action') {
        if (!candidates[kind].some((x) => x.left === span.left)) candidates[kind].push({ ...span, at: addressOf(r, c.col) });
      } else if (!isWideCaption(c.text, span, headerCols)) others.push({ ...span, kind });
    }
  }
  const hidden = new Set(view.grid.hiddenColumns);
  const found: Partial<Record<EntryKind, ColumnSpan & { at: string }>> = {};
  for (const kind of ['do', 'check', 'action'] as const) {
    const list = candidates[kind];
    // A header twice (last year's column hidden beside this year's): the visible one is read, and the sheet says so.
    const visible = list.find((x) => !isHiddenSpan(x, hidden)) ?? list[0];
    if (visible) found[kind] = visible;
    for (const other of list) if (other !== visible) others.push({ left: other.left, right: other.right, kind: 'extra' });
    if (list.length > 1) notes.push({ kind: 'layout_doubt', reason: 'header_twice', cells: list.map((x) => x.at), values: [kind.toUpperCase()] });
  }
  const doSpan = found.do ?? { left: 0, right: 0, at: 'A1' };
  const taken = (col: number): boolean => others.some((o) => col >= o.left && col <= o.right);
  let check: ColumnSpan | null = found.check ?? null;
  if (!check && !taken(doSpan.right + 1)) {
    // No CHECK header: the column right of DO is taken for it, and the sheet says so.
    check = { left: doSpan.right + 1, right: doSpan.right + 1 };
    notes.push({ kind: 'layout_doubt', reason: 'check_header_missing', cells: [doSpan.at], values: [addressOf(doRow, check.left).replace(/\d+$/, '')] });
  }
  let action: ColumnSpan | null = found.action ?? null;
  // 「改善(ACTION)」 is missing on the 相談部会 sheet although its rows have three texts (spec): the column
  // right of CHECK is ACTION when nothing else heads it.
  if (!action && check && !taken(check.right + 1)) action = { left: check.right + 1, right: check.right + 1 };
  return {
    headerTop: top,
    bodyStart: bottom + 1,
    entry: { do: doSpan, check, action },
    others,
    monthCol: findMonthColumn(view, bottom + 1, doSpan.left),
    notes,
  };
}

function isHiddenSpan(span: ColumnSpan, hidden: ReadonlySet<number>): boolean {
  for (let c = span.left; c <= span.right; c++) if (!hidden.has(c)) return false;
  return true;
}

/** A header cell's columns: its merged span, or the cell alone. */
function spanOf(view: GridView, row: number, cell: RowCell): ColumnSpan {
  const merge = view.mergeAt(row, cell.col);
  return merge ? { left: merge.left, right: merge.right } : { left: cell.col, right: cell.col };
}

/**
 * 「活動の記録」 merged over DO:ACTION in a two-row header heads no column of its own: a known caption, or any
 * short text merged over two or more of the header cells below it.
 */
function isWideCaption(text: string, span: ColumnSpan, headerCols: readonly number[]): boolean {
  if (span.right <= span.left) return false;
  return isHeaderCaption(text) || (text.length <= 16 && !/[\u2460-\u2473]/.test(text) && headerCols.filter((c) => c >= span.left && c <= span.right).length >= 2);
}

/**
 * Whether `row` belongs to the header block next to `anchor`: every cell is a header word or caption,
 * or is merged into the anchor row (「月」 merged over both header rows). A plan text is never one.
 */
function isHeaderRow(view: GridView, row: number, anchor: number, headerCols: readonly number[]): boolean {
  const cells = view.cells(row);
  if (cells.length === 0) return false;
  return cells.every((c) => {
    if (matchMonthLabel(c.text) !== null || matchQuarterLabel(c.text) !== null) return false;
    if (matchHeaderWord(c.text) !== null || isHeaderCaption(c.text)) return true;
    const merge = view.mergeAt(row, c.col);
    if (merge !== null && isWideCaption(c.text, merge, headerCols)) return true;
    return merge !== null && merge.top <= Math.min(row, anchor) && merge.bottom >= Math.max(row, anchor) && c.text.length <= 12;
  });
}

/** The most common column of month labels below the header, left of (or, in the export, on) the DO column. */
function findMonthColumn(view: GridView, from: number, doLeft: number): number | null {
  const counts = new Map<number, number>();
  const isLabel = (c: RowCell): boolean => c.col <= doLeft && matchMonthLabel(c.text) !== null;
  for (let r = from; r < view.height; r++) {
    const label = view.cells(r).find(isLabel);
    if (label) counts.set(label.col, (counts.get(label.col) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [col, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && col > best)) best = col;
  return best;
}

/** The span of `kind`, shifted right by `shift` columns (the export's header row lost its leading cells). */
export function shiftSpan(span: ColumnSpan | null, shift: number): ColumnSpan | null {
  return span && shift !== 0 ? { left: span.left + shift, right: span.right + shift } : span;
}
