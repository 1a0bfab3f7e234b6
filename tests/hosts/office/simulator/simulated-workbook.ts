/**
 * The workbook behind the simulated Excel: real cell state (values, number formats, merges, names,
 * tables, page breaks, column widths…) and the rules Excel enforces on it, raised as Excel's error codes.
 */
import type { CellRange } from '../../../../src/domain/cell-ref';

/** An error Excel would return for one action: its code and message. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type CellValue = string | number | boolean;

export interface SimCell {
  value: CellValue;
  format: string;
  /** Set when a write turned text into a formula (what Excel does without the text format "@"). */
  formula?: string;
  /** An error value such as "#N/A" (its valueType is Error). */
  error?: boolean;
  /** A link to a cell of the workbook (Range.hyperlink's documentReference). */
  link?: string;
}

export interface SimTable {
  readonly id: string;
  name: string;
  style: string;
  readonly sheet: SimSheet;
  readonly range: CellRange;
}

/** One recorded formatting write: the areas it applies to, the property path and its value. */
export interface FormatWrite {
  readonly areas: readonly CellRange[];
  readonly path: string;
  readonly value: unknown;
}

/** Cells a chart series reads; `broken` once their sheet was deleted (Excel shows #REF!). */
export interface SimChartRef {
  readonly sheet: SimSheet;
  readonly range: CellRange;
  broken?: boolean;
}

export interface SimSeries {
  name: string;
  values: SimChartRef | null;
  xValues: SimChartRef | null;
  /** Written properties by path (ChartType, Format.Line.Color…). */
  readonly props: Record<string, unknown>;
}

export interface SimChart {
  readonly type: string;
  position: { from: { row: number; col: number }; to: { row: number; col: number } } | null;
  /** Written properties by path (Title.Text, Axes.ValueAxis.Maximum…). */
  readonly props: Record<string, unknown>;
  readonly series: SimSeries[];
}

export class SimSheet {
  readonly cells = new Map<string, SimCell>();
  readonly merges: CellRange[] = [];
  /** Sheet-scoped names: name → range. */
  readonly names = new Map<string, CellRange>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  /** Zero-based rows a manual page break sits above. */
  readonly rowBreaks: number[] = [];
  /** Zero-based columns a manual page break stands left of. */
  readonly columnBreaks: number[] = [];
  readonly formats: FormatWrite[] = [];
  readonly validations: Array<{ readonly areas: readonly CellRange[]; readonly path: string; readonly value: unknown }> = [];
  readonly conditionalFormats: Array<{ readonly areas: readonly CellRange[]; readonly type: string }> = [];
  readonly charts: SimChart[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  tabColor = '';
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  frozen = { rows: 0, cols: 0 };
  protected = false;
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): SimCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell, created empty when missing. */
  ensure(row: number, col: number): SimCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: '', format: 'General' };
      this.cells.set(key, c);
    }
    return c;
  }
}

/** Excel's sheet-name comparison: case- and width-insensitive (ＡＢＣ equals abc). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFKC').toLocaleUpperCase('en-US');
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;
/** Text that Excel reads as a cell reference (A1 or R1C1), which a table name may not be. */
const CELL_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|R\d*C\d*|R|C)$/i;

export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly tables: SimTable[] = [];
  /** Workbook-scoped names. */
  readonly names = new Map<string, { sheet: SimSheet; range: CellRange }>();
  eventsEnabled = true;
  date1904 = false;
  active: { sheet: string; address: string } | null = null;
  private nextId = 1;

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
  }

  sheet(nameOrId: string): SimSheet | undefined {
    const key = sheetNameKey(nameOrId);
    return this.sheets.find((s) => s.id === nameOrId || sheetNameKey(s.name) === key);
  }

  /** Adds a sheet under Excel's naming rules; without a name Excel picks "SheetN". */
  addSheet(name?: string | null): SimSheet {
    let chosen = name ?? '';
    if (chosen === '') {
      for (let n = this.sheets.length + 1; ; n++) {
        if (!this.sheet(`Sheet${n}`)) {
          chosen = `Sheet${n}`;
          break;
        }
      }
    }
    this.checkSheetName(chosen, null);
    const sheet = new SimSheet(`{${String(this.nextId++).padStart(8, '0')}-0001-0000-0000-000000000000}`, chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SimSheet, name: string): void {
    this.checkSheetName(name, sheet);
    sheet.name = name;
  }

  deleteSheet(sheet: SimSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length === 1) {
      throw new ExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    for (const [name, target] of this.names) if (target.sheet === sheet) this.names.delete(name);
    for (const other of this.sheets) {
      for (const chart of other.charts) {
        for (const series of chart.series) for (const ref of [series.values, series.xValues]) if (ref?.sheet === sheet) ref.broken = true;
      }
    }
    if (this.active?.sheet === sheet.name) this.active = null;
  }

  /** Excel's rules: 1–31 characters, none of []:*?/\, no edge apostrophe, not "History", unique. */
  checkSheetName(name: string, self: SimSheet | null): void {
    if (name.length === 0 || name.length > 31 || FORBIDDEN_SHEET_CHARS.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
      throw new ExcelError('InvalidArgument', `The sheet name "${name}" is not valid.`);
    }
    const other = this.sheet(name);
    if (other && other !== self) throw new ExcelError('ItemAlreadyExists', `A sheet named "${other.name}" already exists (names compare case- and width-insensitively).`);
  }

  /** Table names: letter/underscore/backslash first, then letters, digits, _ and .; ≤ 255; not a reference; unique with names. */
  checkTableName(name: string, self: SimTable | null): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255 || CELL_REFERENCE.test(name)) {
      throw new ExcelError('InvalidArgument', `The table name "${name}" is not valid.`);
    }
    const key = name.toUpperCase();
    const clash = this.tables.some((t) => t !== self && t.name.toUpperCase() === key) || [...this.names.keys()].some((n) => n.toUpperCase() === key);
    if (clash) throw new ExcelError('ItemAlreadyExists', `A table or name "${name}" already exists in the workbook.`);
  }

  addTable(sheet: SimSheet, range: CellRange): SimTable {
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(t.range, range)) throw new ExcelError('InvalidArgument', 'A table cannot overlap another table.');
    }
    // Excel makes the header texts unique and non-empty itself: "Column2" for a blank, "名前2" for a repeat.
    const used = new Set<string>();
    for (let col = range.left; col <= range.right; col++) {
      const cell = sheet.ensure(range.top, col);
      const base = cell.value === '' ? `Column${col - range.left + 1}` : String(cell.value);
      let text = base;
      for (let k = 2; used.has(text.toUpperCase()); k++) text = `${base}${k}`;
      used.add(text.toUpperCase());
      cell.value = text;
    }
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name.toUpperCase() === `TABLE${n}`)) n++;
    const table: SimTable = { id: String(this.nextId++), name: `Table${n}`, style: 'TableStyleMedium2', sheet, range };
    this.tables.push(table);
    return table;
  }
}

/** Whether two ranges share a cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
