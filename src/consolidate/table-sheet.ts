/** A dashboard sheet described as data: a title, a subtitle and Excel tables placed below each other. */
import type { CellSpec, ConditionalFormat, SheetSpec } from '../domain/sheet-spec';
import { offerCellBlocks, type CellColumns } from '../domain/cell-columns';
import { DASHBOARD_MARK_NAME } from '../domain/stamp';

export type ColumnKind = 'text' | 'wrap' | 'center' | 'rate' | 'count' | 'change';

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly kind: ColumnKind;
}

type CellValue = string | number | null;

/**
 * A table's data rows made one at a time, as the layout reaches them: `fill` writes row `index`'s values
 * (one per column) into a scratch array the layout reuses, so no row outlives its cells. The dashboard's
 * tables give their rows so (dashboard-table.ts): the 5,000-sheet 集約_課題 made 132,000 row arrays at each
 * layout, which piled up as garbage while the sheet was written (bench/README.md).
 */
export interface TableRows {
  readonly length: number;
  readonly fill: (index: number, into: CellValue[]) => void;
}

export interface TableBlock {
  readonly caption: string;
  readonly tableName: string;
  readonly columns: readonly TableColumn[];
  /** The data rows, as arrays of values or made one at a time. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>> | TableRows;
  /** Conditional formats, given as column index ranges of this table's data rows. */
  readonly formats?: ReadonlyArray<{ readonly columns: readonly [number, number]; readonly rule: ConditionalFormat['rule'] }>;
  /** A line under the table (e.g. per-month counts), outside the table so filters leave it alone. */
  readonly footer?: ReadonlyArray<string | number | null>;
}

const isMadeRows = (rows: TableBlock['rows']): rows is TableRows => !Array.isArray(rows);

/** A block's data rows as arrays of values (rows made one at a time are made all at once). */
export function rowsOf(block: TableBlock): Array<ReadonlyArray<CellValue>> {
  const rows = block.rows;
  if (!isMadeRows(rows)) return [...rows];
  return Array.from({ length: rows.length }, (_, i) => {
    const into = new Array<CellValue>(block.columns.length).fill(null);
    rows.fill(i, into);
    return into;
  });
}

const STYLES: SheetSpec['styles'] = {
  title: { bold: true, fontSize: 14 },
  subtitle: { fontColor: '595959', fontSize: 9 },
  caption: { bold: true, fontSize: 11, fontColor: '1F4E79' },
  header: { bold: true, fill: 'DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  text: { vertical: 'top', border: 'thin' },
  wrap: { vertical: 'top', wrap: true, border: 'thin' },
  center: { horizontal: 'center', vertical: 'top', border: 'thin' },
  rate: { horizontal: 'center', vertical: 'top', numberFormat: '0"%"', border: 'thin' },
  count: { horizontal: 'right', vertical: 'top', numberFormat: '0', border: 'thin' },
  // A signed change of a rate in points, with its direction: ↑ +20 / ↓ -10 / → 0.
  change: { horizontal: 'center', vertical: 'top', numberFormat: '"↑ +"0;"↓ -"0;"→ 0"', border: 'thin' },
  footer: { bold: true, horizontal: 'center', fill: 'F2F2F2', border: 'thin' },
};

/** Japanese characters take ~2 width units, ASCII 1: lines a wrapped cell needs at a column width. */
export function linesFor(value: string | number | null, width: number): number {
  if (typeof value !== 'string' || value === '') return 1;
  const perLine = Math.max(1, width - 1);
  let lines = 0;
  let units = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 10) {
      lines += Math.max(1, Math.ceil(units / perLine));
      units = 0;
    } else units += code > 0xff ? 2 : 1;
  }
  return lines + Math.max(1, Math.ceil(units / perLine));
}

/** Lays out title, subtitle and the tables; every table has its header row, filter and formats. */
export function renderTableSheet(name: string, title: string, subtitle: string, blocks: readonly TableBlock[], titleTable?: number): SheetSpec {
  const cells: CellSpec[] = [];
  const layout = finish(layOut(title, subtitle, blocks, (row, col, value, style) => cells.push({ row, col, value, style }), true));
  return sheetOf(name, layout, cells, heightObjects(layout.rowHeights), titleTable);
}

/**
 * The same sheet, its cells laid out again from `blocks()` each time they are read and never kept: the
 * writer reads a sheet's cells once, while it writes that sheet. It reads them in blocks of BLOCK_CELLS
 * (CellBlocks), each made as the writer reaches it and let go before the next, so not even the sheet being
 * written has all its cells alive (the 5,000-sheet 集約_課題 has 1.47 million; bench/README.md). A copy of
 * the spec (`{ ...spec }`) reads `cells` once and keeps that array, as a plain spec does.
 */
export function renderTableSheetLazily(name: string, title: string, subtitle: string, blocks: () => readonly TableBlock[], titleTable?: number): SheetSpec {
  const layout = finish(layOut(title, subtitle, blocks(), null, true));
  const { rowHeights } = layout;
  const cellsOf = (): CellSpec[] => {
    const cells: CellSpec[] = [];
    finish(layOut(title, subtitle, blocks(), (row, col, value, style) => cells.push({ row, col, value, style }), false));
    return cells;
  };
  const spec = sheetOf(name, layout, [], [], titleTable);
  Object.defineProperty(spec, 'cells', { get: cellsOf, enumerable: true, configurable: true });
  // The heights kept as the layout's two columns (in row order, each row once) and as objects only when read:
  // 集約_課題 and 集約_評価改善 have one for nearly every row, ~11 MB of objects at 5,000 plan sheets.
  Object.defineProperty(spec, 'rowHeights', { get: (): SheetSpec['rowHeights'] => heightObjects(rowHeights), enumerable: true, configurable: true });
  // The closures here must not hold `layout`: its row heights as objects would stay alive with the spec.
  const count = layout.count;
  offerCellBlocks(spec, { count, extent: layout.extent, headerCells: layout.headerCells, rowHeights, blocks: () => cellBlocks(name, title, subtitle, blocks(), count) });
  return spec;
}

/**
 * Cells per block the writer is handed, made and dropped while young. A block's values are a JS array grown
 * by push: at 16,384 cells it grew to 21,047 slots, 168 KB, which V8 puts in its large-object space, old at
 * once (~150 blocks, ~25 MB of old garbage while the 5,000-sheet dashboard is written; bench/README.md);
 * at 8,192 it stays under 128 KB, in the young generation.
 */
const BLOCK_CELLS = 8_192;

/** The sheet's cells as columns, BLOCK_CELLS at a time (plus at most one row's), laid out as they are asked for. */
function* cellBlocks(name: string, title: string, subtitle: string, tables: readonly TableBlock[], count: number): Generator<CellColumns, void, undefined> {
  // Room for a block and what the layout puts between two pauses: a caption, a header row and a data row or footer.
  const room = BLOCK_CELLS + 3 + 2 * Math.max(0, ...tables.map((t) => t.columns.length));
  const styleNames: string[] = [];
  const styleIndex = new Map<string, number>();
  const empty = (): { rows: Int32Array; cols: Int32Array; values: Array<CellSpec['value']>; styles: Uint8Array } => ({ rows: new Int32Array(room), cols: new Int32Array(room), values: [], styles: new Uint8Array(room) });
  let block = empty();
  let n = 0;
  let total = 0;
  const take = (): CellColumns => {
    const done = { rows: block.rows.subarray(0, n), cols: block.cols.subarray(0, n), values: block.values, styles: block.styles.subarray(0, n), styleNames };
    block = empty();
    n = 0;
    return done;
  };
  const steps = layOut(title, subtitle, tables, (row, col, value, style) => {
    let s = styleIndex.get(style);
    if (s === undefined) {
      s = styleNames.push(style) - 1;
      // A table sheet has a dozen style names (table-sheet STYLES); one index byte holds them.
      if (s > 255) throw new RangeError(`the sheet ${name} uses more than 256 styles`);
      styleIndex.set(style, s);
    }
    if (n >= room) throw new RangeError(`the sheet ${name} laid out more cells between two pauses than a block holds`);
    block.rows[n] = row;
    block.cols[n] = col;
    block.values.push(value);
    block.styles[n] = s;
    n++;
    total++;
  }, false, () => n >= BLOCK_CELLS);
  while (!steps.next().done) yield take();
  if (n > 0) yield take();
  if (total !== count) throw new RangeError(`the sheet ${name} laid out ${total} cells, not the ${count} counted`);
}

type Emit = (row: number, col: number, value: CellSpec['value'], style: string) => void;

/** Row heights as two columns, rows ascending, each row once (the writer's form; objects only when a spec is read). */
interface HeightColumns {
  readonly rows: Int32Array;
  readonly heights: Float64Array;
}

interface Layout {
  readonly widths: number[];
  readonly rowHeights: HeightColumns;
  readonly tables: SheetSpec['tables'];
  readonly conditionalFormats: ConditionalFormat[];
  readonly firstHeader: number;
  /** How many cells the sheet has, the range they cover and the cells of the tables' header rows. */
  readonly count: number;
  readonly extent: SheetSpec['merges'][number] | null;
  readonly headerCells: CellSpec[];
}

/** A layout run to its end. */
function finish(steps: Generator<void, Layout, undefined>): Layout {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * One pass over the blocks: the cells go to `emit` (when given), the rest is returned; row heights only
 * when asked. With `pause`, it stops after a row whenever `pause()` says so (the caller takes a block of cells).
 */
function* layOut(title: string, subtitle: string, blocks: readonly TableBlock[], emit: Emit | null, heights: boolean, pause?: () => boolean): Generator<void, Layout, undefined> {
  let count = 0;
  let bottomRow = 0;
  let rightCol = 0;
  const put: Emit = (row, col, value, style) => {
    count++;
    bottomRow = row;
    if (col > rightCol) rightCol = col;
    emit?.(row, col, value, style);
  };
  put(0, 0, title, 'title');
  put(1, 0, subtitle, 'subtitle');
  const tables: SheetSpec['tables'] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  // Heights as numbers in typed arrays (outside the heap), not {row, height} objects nor arrays grown by push:
  // the layout of 集約_課題 gives one for nearly every row. At most one per row: the title, each table's header
  // and data rows (one for an empty table).
  const most = heights ? 1 + blocks.reduce((n, b) => n + 1 + Math.max(1, b.rows.length), 0) : 1 + blocks.length;
  const heightRows = new Int32Array(most);
  const heightValues = new Float64Array(most);
  let heightCount = 1;
  heightValues[0] = 24;
  const headerCells: CellSpec[] = [];
  const widths: number[] = [];
  let row = 3;
  let firstHeader = -1;
  // A text stands in several rows and sheets (a CHECK copied from month to month, listed under each of its
  // themes): its lines are counted once per column width, not once per cell (a tenth of the characters).
  const linesCache = new Map<number, Map<string, number>>();
  const linesOf = (value: CellSpec['value'], width: number): number => {
    if (typeof value !== 'string') return 1;
    let byText = linesCache.get(width);
    if (!byText) linesCache.set(width, (byText = new Map<string, number>()));
    let lines = byText.get(value);
    if (lines === undefined) byText.set(value, (lines = linesFor(value, width)));
    return lines;
  };
  for (const block of blocks) {
    block.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
    put(row - 1, 0, block.caption, 'caption');
    if (firstHeader === -1) firstHeader = row;
    block.columns.forEach((c, col) => {
      put(row, col, c.header, 'header');
      headerCells.push({ row, col, value: c.header, style: 'header' });
    });
    // Two lines fit the usual headers; a group's long name (集約_課題's columns) gets the lines it needs.
    const headerLines = Math.max(2, ...block.columns.map((c) => linesFor(c.header, c.width)));
    heightRows[heightCount] = row;
    heightValues[heightCount++] = Math.min(100, 15 * headerLines);
    // A table needs at least one data row; an empty section shows one blank row.
    const rows = block.rows.length > 0 ? block.rows : [block.columns.map(() => null)];
    const rowAt = (r: number, values: ReadonlyArray<CellValue>): void => {
      let lines = 1;
      values.forEach((value, col) => {
        const column = block.columns[col];
        if (!column) return;
        put(r, col, value, column.kind);
        if (heights && column.kind === 'wrap') lines = Math.max(lines, linesOf(value, column.width));
      });
      if (lines > 1) {
        heightRows[heightCount] = r;
        heightValues[heightCount++] = Math.min(400, 15 * lines + 3);
      }
    };
    const into = new Array<CellValue>(block.columns.length);
    for (let i = 0; i < rows.length; i++) {
      if (isMadeRows(rows)) {
        into.fill(null);
        rows.fill(i, into);
        rowAt(row + 1 + i, into);
      } else rowAt(row + 1 + i, rows[i] ?? []);
      if (pause?.()) yield;
    }
    const bottom = row + rows.length;
    tables.push({ name: block.tableName, range: { top: row, left: 0, bottom, right: block.columns.length - 1 }, style: 'TableStyleLight9' });
    for (const f of block.formats ?? []) {
      conditionalFormats.push({ range: { top: row + 1, left: f.columns[0], bottom, right: f.columns[1] }, rule: f.rule });
    }
    row = bottom + 1;
    if (block.footer) {
      block.footer.forEach((value, col) => put(row, col, value, 'footer'));
      row += 1;
      if (pause?.()) yield;
    }
    row += 2;
  }
  const rowHeights = { rows: heightRows.slice(0, heightCount), heights: heightValues.slice(0, heightCount) };
  return { widths, rowHeights, tables, conditionalFormats, firstHeader, count, extent: count === 0 ? null : { top: 0, left: 0, bottom: bottomRow, right: rightCol }, headerCells };
}

/** The heights as the spec's {row, height} objects. */
function heightObjects(columns: HeightColumns): SheetSpec['rowHeights'] {
  return Array.from(columns.rows, (row, i) => ({ row, height: columns.heights[i] ?? 0 }));
}

/** The sheet around its cells; with `titleTable`, that table's header repeats on printed pages and nothing is frozen. */
function sheetOf(name: string, layout: Layout, cells: CellSpec[], rowHeights: SheetSpec['rowHeights'], titleTable: number | undefined): SheetSpec {
  const { widths, tables, conditionalFormats, firstHeader } = layout;
  const header = titleTable === undefined ? undefined : tables[titleTable]?.range.top;
  const titleRow = header ?? firstHeader;
  return {
    name,
    tabColor: '1F4E79',
    columns: widths.map((width) => ({ width })),
    rowHeights,
    styles: STYLES,
    cells,
    merges: [],
    validations: [],
    conditionalFormats,
    tables,
    names: [{ name: DASHBOARD_MARK_NAME, range: { top: 0, left: 0, bottom: 0, right: 0 }, scope: 'sheet' }],
    freeze: header === undefined ? { rows: firstHeader + 1, cols: 0 } : null,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: titleRow, to: titleRow } },
    protect: false,
  };
}
