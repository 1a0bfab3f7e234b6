/**
 * The WorkbookHost over an .xlsx workbook in memory: the CLI, the pane's browser preview and tests. The
 * workbook is its SheetSpecs in tab order; our writer (write-workbook.ts) makes the bytes and our reader
 * (read-xlsx.ts) reads them back, so a sheet is read the same way whether it came from a file or was
 * just written.
 */
import { parseA1 } from '../../domain/cell-ref';
import type { Grid, WorkbookGrid } from '../../domain/grid';
import { outcome, OutcomeError } from '../../domain/outcomes';
import type { SheetSpec } from '../../domain/sheet-spec';
import { formatOutcome } from '../../messages/format-outcome';
import { DASHBOARD_MARK_NAME } from '../../domain/stamp';
import { freeSheetName } from '../../template/sheet-name';
import type { WorkbookHost } from '../host';
import { readXlsx } from './read-xlsx';
import { writeWorkbook } from './write-workbook';

export class XlsxWorkbookHost implements WorkbookHost {
  private readonly sheets: SheetSpec[] = [];
  private active = 0;
  private activeCell: string | undefined;
  private written: Promise<Uint8Array> | null = null;

  private constructor() {}

  /** A host over a new, empty workbook. */
  static create(): Promise<XlsxWorkbookHost> {
    return Promise.resolve(new XlsxWorkbookHost());
  }

  /** The workbook as .xlsx bytes. */
  toBytes(): Promise<Uint8Array> {
    return (this.written ??= writeWorkbook(this.sheets, { activeSheet: this.active, ...(this.activeCell ? { activeCell: this.activeCell } : {}) }));
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve(this.sheets.map((s) => s.name));
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    return [...(await this.readWorkbook(names)).sheets];
  }

  async readWorkbook(names?: readonly string[]): Promise<WorkbookGrid> {
    const wanted = names ? new Set(names) : null;
    const result = readXlsx(await this.toBytes(), wanted ? { sheets: (name) => wanted.has(name) } : {});
    if (!result.ok) throw new Error(result.failure.message);
    const sheets = result.workbook.sheets.filter((g: Grid) => !wanted || wanted.has(g.name));
    const kept = new Set(sheets.map((g) => g.name));
    // The names of the sheets read (a sheet-scoped name of an unread sheet would point nowhere here).
    const defined = (result.workbook.names ?? []).filter((n) => n.sheet === undefined || kept.has(n.sheet));
    return { sheets, names: defined };
  }

  addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    const used = specs.map((spec) => this.append(spec));
    return Promise.resolve(used);
  }

  replaceSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    const used: string[] = [];
    for (const spec of specs) {
      // Ours from an earlier run, under its name or a freed variant (「集約_達成率(2)」 beside a user's sheet).
      const base = spec.name.toLowerCase();
      const old = this.sheets.findIndex((s) => {
        const name = s.name.toLowerCase();
        return (name === base || name.replace(/\(\d+\)$/, '') === base) && isDashboardSheet(s);
      });
      const previous = this.sheets[old];
      if (previous) {
        // Replaced in place: it keeps its name and its tab position.
        this.sheets[old] = { ...spec, name: previous.name };
        this.written = null;
        used.push(previous.name);
      } else {
        used.push(this.append(spec));
      }
    }
    return Promise.resolve(used);
  }

  /** The active tab's name (the last sheet selected), or null for an empty workbook. */
  activeSheetName(): Promise<string | null> {
    return Promise.resolve(this.sheets[this.active]?.name ?? this.sheets[0]?.name ?? null);
  }

  select(sheet: string, cell: string): Promise<void> {
    // Excel compares sheet names case-insensitively.
    const index = this.sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (index < 0) {
      const missing = outcome('job', 'sheet_not_found', { sheet });
      return Promise.reject(new OutcomeError(missing, formatOutcome(missing, 'ja')));
    }
    this.active = index;
    this.activeCell = parseA1(cell) ? cell.replace(/\$/g, '').toUpperCase() : 'A1';
    this.written = null;
    return Promise.resolve();
  }

  private append(spec: SheetSpec): string {
    const name = freeSheetName(spec.name, this.sheets.map((s) => s.name));
    this.sheets.push({ ...spec, name });
    this.written = null;
    return name;
  }
}

/** A sheet this product wrote as part of a dashboard (it carries the sheet-scoped mark). */
function isDashboardSheet(spec: SheetSpec): boolean {
  return spec.names.some((n) => n.scope === 'sheet' && n.name.toLowerCase() === DASHBOARD_MARK_NAME.toLowerCase());
}
