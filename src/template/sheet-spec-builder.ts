/** A small accumulator for SheetSpec parts, so renderers read as a list of placements. */
import type { CellPosition, CellRange } from '../domain/cell-ref';
import type { CellSpec, DataValidation, DefinedName, SheetSpec } from '../domain/sheet-spec';

export class SheetSpecBuilder {
  readonly cells: CellSpec[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Array<{ row: number; height: number }> = [];
  readonly validations: DataValidation[] = [];
  readonly names: DefinedName[] = [];

  /** Places a value (null for an empty, styled input) at a cell. */
  cell(at: CellPosition, value: string | number | null, style: string): this {
    this.cells.push({ row: at.row, col: at.col, value, style });
    return this;
  }

  /** Places a value in the top-left cell of a range and merges the range (when larger than one cell). */
  merged(range: CellRange, value: string | number | null, style: string): this {
    this.cell({ row: range.top, col: range.left }, value, style);
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
    return this;
  }

  /** Sets a row's height in points. */
  height(row: number, points: number): this {
    this.rowHeights.push({ row, height: points });
    return this;
  }

  /** Names a single cell with a sheet-scoped defined name. */
  sheetName(name: string, at: CellPosition): this {
    this.names.push({ name, scope: 'sheet', range: { top: at.row, left: at.col, bottom: at.row, right: at.col } });
    return this;
  }

  /** The parts collected so far, for a SheetSpec. */
  parts(): Pick<SheetSpec, 'cells' | 'merges' | 'rowHeights' | 'validations' | 'names'> {
    return { cells: this.cells, merges: this.merges, rowHeights: this.rowHeights, validations: this.validations, names: this.names };
  }
}

/** A range from (top, left) to (bottom, right), zero-based inclusive. */
export function rangeOf(top: number, left: number, bottom: number = top, right: number = left): CellRange {
  return { top, left, bottom, right };
}
