/**
 * A read-only view of a grid as trimmed texts per row, the shape every reader step works on. It is
 * merge-aware: a merged area's non-master cells read as empty (some hosts repeat the master's value
 * into them, which would turn one 「11月」 merged over three rows into three month labels), while
 * `masterOf` still says which cell's value covers a position.
 */
import type { CellPosition, CellRange } from '../domain/cell-ref';
import { toA1 } from '../domain/cell-ref';
import { cellText, type Grid, type GridCell } from '../domain/grid';

export interface RowCell {
  readonly col: number;
  readonly text: string;
  readonly cell: GridCell;
}

/** A status sheet has well under 200 merged areas; beyond this many the rest are ignored (bounded work). */
const MAX_MERGES = 4096;

export class GridView {
  readonly height: number;
  private readonly rowCache = new Map<number, RowCell[]>();
  /** Merged areas of more than one cell, the only ones that hide cells. */
  private readonly merges: readonly CellRange[];

  constructor(readonly grid: Grid) {
    this.height = grid.rows.length;
    this.merges = grid.merges.filter((m) => m.bottom > m.top || m.right > m.left).slice(0, MAX_MERGES);
  }

  /** The non-empty cells of a row, left to right; non-master cells of merged areas are left out. */
  cells(row: number): RowCell[] {
    const cached = this.rowCache.get(row);
    if (cached) return cached;
    const out: RowCell[] = [];
    const cells = this.grid.rows[row];
    if (cells) {
      const covering = this.mergesCovering(row);
      cells.forEach((cell, col) => {
        if (!cell) return;
        if (covering.some((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left))) return;
        const text = normalizeText(cellText(cell));
        if (text !== '') out.push({ col, text, cell });
      });
    }
    this.rowCache.set(row, out);
    return out;
  }

  /** The trimmed text at a cell ('' when empty or hidden under a merge). */
  text(row: number, col: number): string {
    return this.cells(row).find((c) => c.col === col)?.text ?? '';
  }

  /** The raw cell at a position, as the host gave it (merges not applied). */
  cell(row: number, col: number): GridCell | null {
    return this.grid.rows[row]?.[col] ?? null;
  }

  /** The position whose value covers (row, col): the master of the merged area, or the cell itself. */
  masterOf(row: number, col: number): CellPosition {
    const merge = this.mergesCovering(row).find((m) => col >= m.left && col <= m.right);
    return merge ? { row: merge.top, col: merge.left } : { row, col };
  }

  /** The merged area whose master is (row, col), if any. */
  mergeAt(row: number, col: number): CellRange | null {
    return this.merges.find((m) => m.top === row && m.left === col) ?? null;
  }

  private mergesCovering(row: number): CellRange[] {
    if (this.merges.length === 0) return [];
    return this.merges.filter((m) => row >= m.top && row <= m.bottom);
  }
}

/** Cell text as the reader compares it: line breaks as \n (「_x000D_」 reads as \r\n), trimmed. */
function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * The addresses of a status sheet's usual area, each made once: every sheet of one layout has its values at
 * the same addresses, and each value keeps its address (at 5,000 plan sheets ~500,000 of them, most alike).
 */
const ADDRESS_ROWS = 2_048;
const ADDRESS_COLS = 64;
const addresses: Array<string | undefined> = [];

/** A1 address of a zero-based position (one string per address in the usual area). */
export function addressOf(row: number, col: number): string {
  if (row >= ADDRESS_ROWS || col >= ADDRESS_COLS || row < 0 || col < 0) return toA1(row, col);
  const key = row * ADDRESS_COLS + col;
  return (addresses[key] ??= toA1(row, col));
}
