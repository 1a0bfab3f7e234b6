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
import { sheetNameKey } from '../../template/sheet-name';
import type { PlaceSheets, WorkbookHost } from '../host';
import { readXlsx } from './read-xlsx';
import { writeWorkbook, writeWorkbookInto, type WorkbookView } from './write-workbook';

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
    return (this.written ??= writeWorkbook(this.sheets, this.view()));
  }

  /** The same bytes handed to `write` chunk by chunk as the archive is made (a caller writing a file holds none). */
  async writeTo(write: (chunk: Uint8Array) => void): Promise<void> {
    if (this.written) write(await this.written);
    else await writeWorkbookInto(this.sheets, write, this.view());
  }

  private view(): WorkbookView {
    return { activeSheet: this.active, ...(this.activeCell ? { activeCell: this.activeCell } : {}) };
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

  writeSheets(specs: readonly SheetSpec[], place: PlaceSheets): Promise<string[]> {
    const placement = place(this.sheets.map((s) => ({ name: s.name, names: s.names.filter((n) => n.scope === 'sheet').map((n) => n.name) })));
    // In memory nothing is seen half-written, so each sheet takes its final name at once; one that replaces
    // an old sheet takes that sheet's tab, the others are appended.
    // By position, fixed before anything moves: a new sheet may take a name an old one still has.
    const deleted = new Set(placement.deletions.map((name) => this.indexOf(name)).filter((i) => i >= 0));
    const slots = placement.sheets.map((p) => (p.replaces === null ? -1 : this.indexOf(p.replaces)));
    const appended: SheetSpec[] = [];
    specs.forEach((spec, i) => {
      const placed = placement.sheets[i];
      if (!placed) throw new Error(`no placement for sheet ${spec.name}`);
      const at = slots[i] ?? -1;
      if (deleted.has(at)) {
        this.sheets[at] = renamed(spec, placed.final);
        deleted.delete(at);
      } else {
        appended.push(renamed(spec, placed.final));
      }
    });
    for (const i of [...deleted].sort((a, b) => b - a)) this.sheets.splice(i, 1);
    this.sheets.push(...appended);
    this.active = Math.min(this.active, Math.max(0, this.sheets.length - 1));
    this.written = null;
    return Promise.resolve(placement.sheets.map((p) => p.final));
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

  private indexOf(name: string): number {
    const key = sheetNameKey(name);
    return this.sheets.findIndex((s) => sheetNameKey(s.name) === key);
  }
}

/**
 * The spec under its final name, its properties as they are: a spread would read a dashboard spec's
 * cells, which it lays out at each read (table-sheet.ts), and keep them all until the workbook is written.
 */
function renamed(spec: SheetSpec, name: string): SheetSpec {
  if (spec.name === name) return spec;
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(spec)) as SheetSpec;
  Object.defineProperty(copy, 'name', { value: name, enumerable: true, writable: true, configurable: true });
  return copy;
}
