/**
 * A sheet's cells as four parallel arrays instead of an object per cell: what a spec that lays its cells
 * out lazily (the dashboard's table sheets) can hand a host that writes them straight through, at about a
 * fifth of the memory of CellSpec objects (the 5,000-sheet 集約_課題 has 1.47 million cells; bench/README.md).
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

/** The key under which a spec offers its cells as columns (not enumerable: copies and JSON leave it out). */
export const CELL_COLUMNS: unique symbol = Symbol('cellColumns');

type WithColumns = SheetSpec & { readonly [CELL_COLUMNS]?: () => CellColumns };

/** The spec's cells as columns, laid out now, when the spec offers them; null otherwise. */
export function cellColumnsOf(spec: SheetSpec): CellColumns | null {
  const make = (spec as WithColumns)[CELL_COLUMNS];
  return typeof make === 'function' ? make() : null;
}

/** Offers `make` as the spec's cells as columns. */
export function offerCellColumns(spec: SheetSpec, make: () => CellColumns): void {
  Object.defineProperty(spec, CELL_COLUMNS, { value: make, enumerable: false });
}
