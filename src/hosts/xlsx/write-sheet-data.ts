/**
 * A worksheet's <sheetData>: every cell of a SheetSpec, written straight to UTF-8 bytes. On the 1,000-sheet
 * dashboard (203,000 cells) building the rows as one 10 MB string first cost more than everything else of
 * the write (profile), and a cell model per cell (ExcelJS's) 1.5 s and ~300 MB; here each cell is written
 * from pre-encoded markup and digits, texts going to the shared string table (write-shared-strings.ts).
 */
import { toA1, toColumnLetters } from '../../domain/cell-ref';
import type { CellColumns } from '../../domain/cell-columns';
import type { SheetSpec } from '../../domain/sheet-spec';
import type { ByteSink } from './byte-sink';
import type { SharedStringTable } from './write-shared-strings';

/** A cell whose text the host decided (a table header Excel needs unique and non-empty). */
export interface CellOverride {
  readonly row: number;
  readonly col: number;
  readonly value: string;
}

/**
 * One cell as it will stand in the sheet: a spec cell as it is (no copy of 200,000 cells), or a cell the
 * host adds. `style` is a spec style name (unknown or absent: plain text); null is Excel's default style
 * (the hidden part of a merged area whose top-left cell the spec leaves empty).
 */
export interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  readonly style?: string | null | undefined;
}

/** The style key of a cell's style: its name when the spec defines it, '' for plain text, null for Excel's default. */
export function styleKeyOf(styleNames: ReadonlySet<string>, style: string | null | undefined): string | null {
  if (style === null) return null;
  return style !== undefined && styleNames.has(style) ? style : '';
}

/** A sheet's row heights as two columns, rows ascending, each row once. */
export interface RowHeightColumns {
  readonly rows: ArrayLike<number>;
  readonly heights: ArrayLike<number>;
}

/** A spec's row heights as columns: in row order, a later height of one row replacing an earlier one. */
export function rowHeightColumns(rowHeights: SheetSpec['rowHeights']): RowHeightColumns {
  const byRow = new Map(rowHeights.map((h) => [h.row, h.height]));
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  return { rows, heights: rows.map((r) => byRow.get(r) ?? 0) };
}

/** Placed cells as columns, the form the sheet data is written from. */
export function toColumns(cells: readonly PlacedCell[]): CellColumns {
  const rows = new Int32Array(cells.length);
  const cols = new Int32Array(cells.length);
  const values = new Array<PlacedCell['value']>(cells.length);
  const styles = new Int32Array(cells.length);
  const styleNames: Array<PlacedCell['style']> = [];
  const index = new Map<PlacedCell['style'], number>();
  cells.forEach((c, i) => {
    let s = index.get(c.style);
    if (s === undefined) {
      s = styleNames.push(c.style) - 1;
      index.set(c.style, s);
    }
    rows[i] = c.row;
    cols[i] = c.col;
    values[i] = c.value;
    styles[i] = s;
  });
  return { rows, cols, values, styles, styleNames };
}

/**
 * Blocks of cells with the host's overrides applied in place, each in the block that holds its position;
 * throws when a position is in no block (the caller checked that each one holds a cell).
 */
export function* overrideBlocks(blocks: Iterable<CellColumns>, overrides: readonly CellOverride[]): Generator<CellColumns, void, undefined> {
  let applied = 0;
  for (const block of blocks) {
    for (const o of overrides) {
      const i = indexOfPosition(block, o.row, o.col);
      if (i < 0) continue;
      block.values[i] = o.value;
      applied++;
    }
    yield block;
  }
  if (applied !== overrides.length) throw new RangeError(`${overrides.length - applied} header cell(s) of the sheet's tables were not among its cells`);
}

function indexOfPosition(cells: CellColumns, row: number, col: number): number {
  const key = positionKey(row, col);
  let low = 0;
  let high = cells.rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (positionKey(cells.rows[mid] ?? 0, cells.cols[mid] ?? 0) < key) low = mid + 1;
    else high = mid;
  }
  return low < cells.rows.length && positionKey(cells.rows[low] ?? 0, cells.cols[low] ?? 0) === key ? low : -1;
}

/** The range the cells cover ("A1:I18501"), or null when there are none. */
export function extentOf(cells: CellColumns): string | null {
  const n = cells.rows.length;
  if (n === 0) return null;
  let minCol = Infinity;
  let maxCol = -1;
  for (let i = 0; i < n; i++) {
    const c = cells.cols[i] ?? 0;
    if (c < minCol) minCol = c;
    if (c > maxCol) maxCol = c;
  }
  return `${toA1(cells.rows[0] ?? 0, minCol)}:${toA1(cells.rows[n - 1] ?? 0, maxCol)}`;
}

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const CELL = ascii('<c r="');
const STYLE = ascii('" s="');
const NUMBER_VALUE = ascii('"><v>');
const STRING_VALUE = ascii('" t="s"><v>');
const VALUE_END = ascii('</v></c>');
const EMPTY_END = ascii('"/>');

/**
 * Writes <sheetData> with the cells, given in blocks in row-major order, and the rows that only have a height. Each cell
 * is written from pre-encoded markup and digits, so 200,000 cells allocate nothing per cell (allocation
 * here was what made GC the top cost of the write; profile). Whenever `out` holds `chunkBytes` or more it
 * is handed over (yielded), so a sheet of any size needs two buffers of about that size (ByteSink.handOff).
 */
export function* writeSheetData(
  out: ByteSink,
  blocks: Iterable<CellColumns>,
  styleIdOf: (style: string | null | undefined) => number,
  rowHeights: RowHeightColumns,
  strings: SharedStringTable,
  chunkBytes: number,
): Generator<Uint8Array, void, undefined> {
  // The rows with a height, in order: those the cells reach without a cell of their own are written bare,
  // merged in as the cells pass them (no set of the cells' rows: 1.47 million cells at 5,000 plan sheets).
  const { rows: heightRows, heights: heightOf } = rowHeights;
  const letters: Uint8Array[] = [];
  const openRow = (row: number, height: number | undefined): void => {
    out.text(height === undefined ? `<row r="${row + 1}">` : `<row r="${row + 1}" ht="${height}" customHeight="1">`);
  };
  let next = 0;
  let open = -1;
  let lastCol = -1;
  out.text('<sheetData>');
  for (const { rows, cols, values, styles, styleNames } of blocks) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? 0;
      const col = cols[i] ?? 0;
      // Excel refuses rows or cells out of order; a block that breaks the order is a bug of its maker.
      if (row < open || (row === open && col <= lastCol)) throw new RangeError(`the cells are not in row-major order at row ${row + 1}, column ${col + 1}`);
      lastCol = col;
      if (row !== open) {
        if (open >= 0) out.text('</row>');
        let height: number | undefined;
        for (; next < heightRows.length && (heightRows[next] ?? 0) <= row; next++) {
          const bare = heightRows[next] ?? 0;
          if (bare === row) height = heightOf[next];
          if (bare === row || bare === open) continue;
          openRow(bare, heightOf[next]);
          out.text('</row>');
        }
        openRow(row, height);
        open = row;
      }
      out.raw(CELL);
      out.raw((letters[col] ??= ascii(toColumnLetters(col))));
      out.uint(row + 1);
      const styleId = styleIdOf(styleNames[styles[i] ?? 0]);
      if (styleId !== 0) {
        out.raw(STYLE);
        out.uint(styleId);
      }
      const value = values[i];
      if (typeof value === 'number' && Number.isFinite(value)) {
        out.raw(NUMBER_VALUE);
        if (Number.isSafeInteger(value) && value >= 0) out.uint(value);
        else out.text(String(value));
        out.raw(VALUE_END);
      } else if (typeof value === 'string' && value !== '') {
        // Always a string cell, never a formula, whatever the text starts with ("=", "+", "@"…). An empty
        // text is an empty cell: a "" string would count as filled in COUNTA and in filters.
        out.raw(STRING_VALUE);
        out.uint(strings.indexOfText(value));
        out.raw(VALUE_END);
      } else {
        out.raw(EMPTY_END);
      }
      if (out.size >= chunkBytes) yield out.handOff();
    }
  }
  if (open >= 0) out.text('</row>');
  for (; next < heightRows.length; next++) {
    const bare = heightRows[next] ?? 0;
    if (bare === open) continue;
    openRow(bare, heightOf[next]);
    out.text('</row>');
  }
  out.text('</sheetData>');
}

/**
 * Every cell to write, in row-major order, one per position: the spec's cells (later ones win, as later
 * assignments do in Excel), the hidden parts of merged areas (no value, the top-left cell's style, so
 * borders and fills cover the whole area, as Excel keeps them), then the host's overrides. `cells` are
 * the spec's, when the caller has read them already (a dashboard spec lays its cells out at each read).
 */
export function placedCells(spec: SheetSpec, overrides: readonly CellOverride[] = [], cells: SheetSpec['cells'] = spec.cells): PlacedCell[] {
  // References, not copies: only the cells the host adds or replaces are new objects.
  const placed: PlacedCell[] = cells.slice();
  const extra: PlacedCell[] = [];
  if (spec.merges.length > 0 || overrides.length > 0) {
    // Where the positions that merges and overrides touch already hold a cell (the last one, if several).
    const touched = new Set<number>(overrides.map((o) => positionKey(o.row, o.col)));
    for (const m of spec.merges) {
      touched.add(positionKey(m.top, m.left));
      forEachHidden(m, (r, c) => touched.add(positionKey(r, c)));
    }
    const indexAt = lastIndexes(placed, touched);
    const at = (row: number, col: number): PlacedCell | undefined => {
      const i = indexAt.get(positionKey(row, col));
      return i === undefined ? undefined : placed[i];
    };
    const put = (cell: PlacedCell): void => {
      const i = indexAt.get(positionKey(cell.row, cell.col));
      if (i === undefined) extra.push(cell);
      else placed[i] = cell;
    };
    for (const m of spec.merges) {
      const master = at(m.top, m.left);
      const style = master ? master.style : null;
      forEachHidden(m, (row, col) => put({ row, col, value: null, style }));
    }
    for (const o of overrides) {
      const cell = at(o.row, o.col);
      put({ ...o, style: cell ? cell.style : null });
    }
  }
  const all = extra.length === 0 ? placed : placed.concat(extra);
  // Specs are built row by row, so this is usually one pass and no sort.
  if (inOrder(all, true)) return all;
  // A stable sort keeps equal positions in the order given; the last of each run is the one that stands.
  const sorted = all.map((cell, index) => ({ cell, index })).sort((a, b) => compare(a.cell, b.cell) || a.index - b.index);
  return sorted.filter((e, i) => compare(e.cell, sorted[i + 1]?.cell) !== 0).map((e) => e.cell);
}

/** Whether the cells come in row-major order: strictly (no position twice), or allowing repeats. */
function inOrder(cells: readonly PlacedCell[], strictly: boolean): boolean {
  let row = -1;
  let col = -1;
  for (const c of cells) {
    if (c.row < row || (c.row === row && (strictly ? c.col <= col : c.col < col))) return false;
    row = c.row;
    col = c.col;
  }
  return true;
}

/**
 * Where the last cell at each of the positions stands. Cells in row-major order (the usual case) are
 * searched by halving, once per position: the 1,000-sheet dashboard's table headers touch ~30 positions
 * of 200,000 cells, and looking every cell up in a set was a twentieth of the write.
 */
function lastIndexes(cells: readonly PlacedCell[], positions: ReadonlySet<number>): Map<number, number> {
  const at = new Map<number, number>();
  if (!inOrder(cells, false)) {
    cells.forEach((c, i) => {
      const key = positionKey(c.row, c.col);
      if (positions.has(key)) at.set(key, i);
    });
    return at;
  }
  for (const key of positions) {
    // The first cell after the position; the one before it is the last at the position, if any.
    let low = 0;
    let high = cells.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const c = cells[mid];
      if (c && positionKey(c.row, c.col) <= key) low = mid + 1;
      else high = mid;
    }
    const last = cells[low - 1];
    if (last && positionKey(last.row, last.col) === key) at.set(key, low - 1);
  }
  return at;
}

function compare(a: PlacedCell | undefined, b: PlacedCell | undefined): number {
  if (!a || !b) return -1;
  return a.row - b.row || a.col - b.col;
}

function positionKey(row: number, col: number): number {
  return row * 16_384 + col;
}

function forEachHidden(m: SheetSpec['merges'][number], visit: (row: number, col: number) => void): void {
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) visit(r, c);
}
