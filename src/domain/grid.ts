/**
 * The cell grid every host hands to the core: values and merged areas of one worksheet, nothing of
 * any library's object model. Hosts convert raw cells to these typed values in exactly one place.
 */
import type { CellRange } from './cell-ref';

/** One non-empty cell as the core sees it. */
export type GridCell =
  | { readonly kind: 'text'; readonly text: string }
  /** `percent` is true when the cell's number format shows a percentage (0.8 shown as 80%). */
  | { readonly kind: 'number'; readonly value: number; readonly percent?: boolean }
  /** An Excel date serial already converted: ISO date "2022-11-29" (time dropped). */
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** An error value such as "#REF!". */
  | { readonly kind: 'error'; readonly code: string };

/** One worksheet: sparse rows of cells (row-major, zero-based) and its merged ranges. */
export interface Grid {
  readonly name: string;
  /** rows[r][c]; missing rows/cells (undefined or null) are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell | null | undefined> | undefined>;
  readonly merges: readonly CellRange[];
  /** Hidden sheets are still read (legacy workbooks hide old years), but hosts say so. */
  readonly hidden?: boolean;
  /** Zero-based indices of hidden columns, when the host knows them: their cells are read, and a text there is reported. */
  readonly hiddenColumns?: readonly number[];
  /** Zero-based indices of hidden rows, when the host knows them. */
  readonly hiddenRows?: readonly number[];
}

/** A whole workbook as grids, plus the workbook-level facts the core may use. */
export interface WorkbookGrid {
  readonly sheets: readonly Grid[];
  /** Defined names: name → its formula text ("'Sheet'!$A$1" or a constant such as "\"v1\""). Sheet-scoped names carry the sheet name. */
  readonly names?: ReadonlyArray<{ readonly name: string; readonly ref: string; readonly sheet?: string }>;
}

/** The cell at (row, col), or null. */
export function cellAt(grid: Grid, row: number, col: number): GridCell | null {
  return grid.rows[row]?.[col] ?? null;
}

/** A cell's content as display text: numbers as written (percent cells as "80%"), empty → "". */
export function cellText(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return cell.percent ? `${roundForDisplay(cell.value * 100)}%` : String(cell.value);
    case 'date':
      return cell.iso;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.code;
  }
}

function roundForDisplay(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** The number of rows a grid spans. */
export function gridHeight(grid: Grid): number {
  return grid.rows.length;
}

/** Builds a grid from plain rows of strings/numbers (tests, CSV, the in-memory pane). */
export function gridFromValues(
  name: string,
  values: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
  merges: readonly CellRange[] = [],
): Grid {
  const rows = values.map((row) =>
    row.map((v): GridCell | null => {
      if (v === null || v === undefined || v === '') return null;
      return typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', text: v };
    }),
  );
  return { name, rows, merges };
}
