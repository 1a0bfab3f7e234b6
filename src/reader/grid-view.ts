/** A read-only view of a grid as trimmed texts per row, the shape every reader step works on. */
import { toA1 } from '../domain/cell-ref';
import { cellText, type Grid, type GridCell } from '../domain/grid';

export interface RowCell {
  readonly col: number;
  readonly text: string;
  readonly cell: GridCell;
}

export class GridView {
  readonly height: number;
  private readonly rowCache = new Map<number, RowCell[]>();

  constructor(readonly grid: Grid) {
    this.height = grid.rows.length;
  }

  /** The non-empty cells of a row, left to right. */
  cells(row: number): RowCell[] {
    const cached = this.rowCache.get(row);
    if (cached) return cached;
    const out: RowCell[] = [];
    const cells = this.grid.rows[row];
    if (cells) {
      cells.forEach((cell, col) => {
        if (!cell) return;
        const text = cellText(cell).trim();
        if (text !== '') out.push({ col, text, cell });
      });
    }
    this.rowCache.set(row, out);
    return out;
  }

  /** The trimmed text at a cell ('' when empty). */
  text(row: number, col: number): string {
    return this.cells(row).find((c) => c.col === col)?.text ?? '';
  }

  /** The raw cell at a position. */
  cell(row: number, col: number): GridCell | null {
    return this.grid.rows[row]?.[col] ?? null;
  }
}

/** A1 address of a zero-based position. */
export const addressOf = toA1;
