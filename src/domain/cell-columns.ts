/**
 * A sheet's cells as four parallel arrays instead of an object per cell, made in blocks of a few thousand
 * cells: what a spec that lays its cells out lazily (the dashboard's table sheets) can hand a host that
 * writes them straight through. The host writes a block and lets it go before the next is made, so a sheet
 * of any size never has all its cells alive at once (the 5,000-sheet 集約_課題 has 1.47 million; bench/README.md).
 * The SheetSpec shape is unchanged: `cells` still gives the same cells as objects.
 */
import type { CellSpec, SheetSpec } from './sheet-spec';

export interface CellColumns {
  readonly rows: ArrayLike<number>;
  readonly cols: ArrayLike<number>;
  readonly values: Array<CellSpec['value']>;
  /** Each cell's style as an index into `styleNames`. */
  readonly styles: ArrayLike<number>;
  readonly styleNames: ReadonlyArray<string | null | undefined>;
}

/** A sheet's cells in blocks, in strict row-major order, with what a writer needs before it reads them. */
export interface CellBlocks {
  /** How many cells there are in all. */
  readonly count: number;
  /** The range the cells cover; null when there are none. */
  readonly extent: SheetSpec['merges'][number] | null;
  /** The cells of the sheet's tables' header rows (what a writer places the tables over). */
  readonly headerCells: readonly CellSpec[];
  /** The row heights, rows ascending, each once (what `rowHeights` gives as objects). */
  readonly rowHeights: { readonly rows: ArrayLike<number>; readonly heights: ArrayLike<number> };
  /** The cells, laid out anew at each call, one block at a time (a block is valid until the next is asked for). */
  readonly blocks: () => Iterable<CellColumns>;
}

/** The key under which a spec offers its cells in blocks (not enumerable: copies and JSON leave it out). */
export const CELL_BLOCKS: unique symbol = Symbol('cellBlocks');

type WithBlocks = SheetSpec & { readonly [CELL_BLOCKS]?: CellBlocks };

/** The spec's cells in blocks, when the spec offers them; null otherwise. */
export function cellBlocksOf(spec: SheetSpec): CellBlocks | null {
  return (spec as WithBlocks)[CELL_BLOCKS] ?? null;
}

/** Offers the spec's cells in blocks. */
export function offerCellBlocks(spec: SheetSpec, blocks: CellBlocks): void {
  Object.defineProperty(spec, CELL_BLOCKS, { value: blocks, enumerable: false });
}

/** The spec's cells as one set of columns (every block joined), when the spec offers them; null otherwise. */
export function cellColumnsOf(spec: SheetSpec): CellColumns | null {
  const offered = cellBlocksOf(spec);
  if (!offered) return null;
  const rows: number[] = [];
  const cols: number[] = [];
  const values: Array<CellSpec['value']> = [];
  const styles: number[] = [];
  const styleNames: Array<string | null | undefined> = [];
  for (const block of offered.blocks()) {
    for (let i = 0; i < block.rows.length; i++) {
      const name = block.styleNames[block.styles[i] ?? 0];
      let s = styleNames.indexOf(name);
      if (s < 0) s = styleNames.push(name) - 1;
      rows.push(block.rows[i] ?? 0);
      cols.push(block.cols[i] ?? 0);
      values.push(block.values[i] ?? null);
      styles.push(s);
    }
  }
  return { rows, cols, values, styles, styleNames };
}

/**
 * Whether the spec's cell at (row, col) holds a value (not null, not ''). A spec offering its cells in
 * blocks is read block by block only up to that row, so no cell object is made (the rates charts ask
 * this of 集約_達成率 four times: laying its cells out whole each time was ~30 MB of garbage at 5,000 plan sheets).
 */
export function hasValueAt(spec: SheetSpec, row: number, col: number): boolean {
  const filled = (value: CellSpec['value'] | undefined): boolean => value !== null && value !== undefined && value !== '';
  const offered = cellBlocksOf(spec);
  if (!offered) return spec.cells.some((c) => c.row === row && c.col === col && filled(c.value));
  for (const block of offered.blocks()) {
    const n = block.rows.length;
    // Cells come in row-major order: a block that ends before the row is passed, one that starts after it ends the search.
    if (n === 0 || (block.rows[n - 1] ?? 0) < row) continue;
    if ((block.rows[0] ?? 0) > row) return false;
    for (let i = 0; i < n; i++) if (block.rows[i] === row && block.cols[i] === col) return filled(block.values[i]);
  }
  return false;
}
