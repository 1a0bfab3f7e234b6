/**
 * Which rows and columns of each sheet's used range are hidden, as the xlsx host reports them (the reader
 * notes a text that stands there, and prefers a visible header to a hidden one). The used range's own
 * rowHidden / columnHidden, loaded with the outline, answer most sheets at no cost: false (nothing hidden)
 * or true (all). Only where Excel answers null (some hidden) is each row or column asked, in syncs of at
 * most the byte budget.
 */
import type { CellRange } from '../../domain/cell-ref';
import { toColumnLetters } from '../../domain/cell-ref';
import { SYNC_BUDGET_BYTES } from './office-batch';

/** What a sheet's used range says of its rows and columns: false none hidden, true all, null some. */
export interface HiddenSummary {
  readonly range: CellRange;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
}

export interface HiddenLines {
  readonly rows: readonly number[];
  readonly columns: readonly number[];
}

/** One row or column of one sheet to ask about. */
interface Probe {
  readonly sheet: number;
  readonly axis: 'row' | 'column';
  readonly index: number;
}

const NONE: HiddenLines = { rows: [], columns: [] };
/**
 * A probe is a range path and its load: four actions, ~450 bytes of request measured on the library
 * (rounded up; a row number up to 1,048,576 adds a few); its answer is ~45 bytes.
 */
const PROBE_BYTES = 500;
const PROBES_PER_SYNC = Math.floor(SYNC_BUDGET_BYTES / PROBE_BYTES);

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Asks which lines are hidden, riding along the value syncs where it can (`queue` before a sync, settle
 * after it) and in syncs of its own for what is left (`finish`).
 */
export class HiddenLineReader {
  private readonly rows: number[][];
  private readonly columns: number[][];
  private pending: Probe[] = [];

  constructor(
    private readonly sheets: readonly Excel.Worksheet[],
    summaries: ReadonlyArray<HiddenSummary | null>,
  ) {
    this.rows = summaries.map(() => []);
    this.columns = summaries.map(() => []);
    summaries.forEach((s, sheet) => {
      if (!s) return;
      const { top, bottom, left, right } = s.range;
      if (s.rowHidden === true) this.rows[sheet]?.push(...span(top, bottom));
      else if (s.rowHidden === null) for (const index of span(top, bottom)) this.pending.push({ sheet, axis: 'row', index });
      if (s.columnHidden === true) this.columns[sheet]?.push(...span(left, right));
      else if (s.columnHidden === null) for (const index of span(left, right)) this.pending.push({ sheet, axis: 'column', index });
    });
  }

  /**
   * Queues up to `max` pending probes into the coming sync; the returned function takes their answers after
   * it (`ok`), or puts them back when the sync failed.
   */
  queue(max: number = PROBES_PER_SYNC): (ok: boolean) => void {
    const chunk = this.pending.splice(0, Math.max(0, max));
    const ranges = chunk.map((p) => {
      const sheet = this.sheets[p.sheet] as Excel.Worksheet;
      if (p.axis === 'row') return sheet.getRange(`${p.index + 1}:${p.index + 1}`).load('rowHidden');
      const letters = toColumnLetters(p.index);
      return sheet.getRange(`${letters}:${letters}`).load('columnHidden');
    });
    return (ok) => {
      if (!ok) {
        this.pending = [...chunk, ...this.pending];
        return;
      }
      chunk.forEach((p, k) => {
        const range = ranges[k] as Excel.Range;
        if (p.axis === 'row' ? range.rowHidden : range.columnHidden) (p.axis === 'row' ? this.rows : this.columns)[p.sheet]?.push(p.index);
      });
    };
  }

  /** Asks what is still pending, in syncs within the budget; the hidden lines of each sheet, in order. */
  async finish(context: Excel.RequestContext): Promise<HiddenLines[]> {
    while (this.pending.length > 0) await syncing(context, this.queue());
    return this.rows.map((r, i) => {
      const c = this.columns[i] ?? [];
      return r.length === 0 && c.length === 0 ? NONE : { rows: [...r].sort((a, b) => a - b), columns: [...c].sort((a, b) => a - b) };
    });
  }
}

/** Syncs and settles what was queued. */
async function syncing(context: Excel.RequestContext, settle: (ok: boolean) => void): Promise<void> {
  await context.sync();
  settle(true);
}
