/**
 * The WorkbookHost over an .xlsx workbook in memory (ExcelJS): the CLI, the pane's preview and tests.
 * Writing goes through writeSheetSpec; reading serialises and uses our own fast reader (read-xlsx.ts),
 * so a workbook is read the same way whether it came from a file or was just written.
 */
import ExcelJS from 'exceljs';
import { parseA1 } from '../../domain/cell-ref';
import type { Grid } from '../../domain/grid';
import type { SheetSpec } from '../../domain/sheet-spec';
import { DASHBOARD_MARK_NAME } from '../../domain/stamp';
import { freeSheetName } from '../../template/sheet-name';
import type { WorkbookHost } from '../host';
import { readXlsx } from './read-xlsx';
import { addSheetScopedName, hasSheetScopedName, quoteSheetName, readSheetScopedNames } from './write-sheet-scoped-names';
import { writeWorkbookBytes } from './write-workbook-bytes';
import { writeSheetSpec } from './write-sheet-spec';

export class XlsxWorkbookHost implements WorkbookHost {
  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** A host over a new, empty workbook. */
  static create(): Promise<XlsxWorkbookHost> {
    return Promise.resolve(new XlsxWorkbookHost(new ExcelJS.Workbook()));
  }

  /** A host over a workbook's bytes; rejects with a Japanese message when ExcelJS cannot open them. */
  static async load(bytes: Uint8Array): Promise<XlsxWorkbookHost> {
    const workbook = new ExcelJS.Workbook();
    try {
      // A copy on its own ArrayBuffer: ExcelJS hands it to JSZip, which takes one in Node and the browser.
      await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    } catch (error) {
      throw new Error(`ブックを開けませんでした（${error instanceof Error ? error.message : String(error)}）`, { cause: error });
    }
    adoptSheetScopedNames(workbook, bytes);
    return new XlsxWorkbookHost(workbook);
  }

  /** The workbook as .xlsx bytes, sheet-scoped names included. */
  toBytes(): Promise<Uint8Array> {
    return writeWorkbookBytes(this.workbook);
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve(this.workbook.worksheets.map((ws) => ws.name));
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    const result = readXlsx(await this.toBytes());
    if (!result.ok) throw new Error(result.failure.message);
    const wanted = names ? new Set(names) : null;
    return result.workbook.sheets.filter((g: Grid) => !wanted || wanted.has(g.name));
  }

  addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    const used: string[] = [];
    for (const spec of specs) {
      const name = freeSheetName(spec.name, this.workbook.worksheets.map((ws) => ws.name));
      writeSheetSpec(this.workbook, { ...spec, name });
      used.push(name);
    }
    return Promise.resolve(used);
  }

  replaceSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    const used: string[] = [];
    for (const spec of specs) {
      // Ours from an earlier run, under its name or a freed variant (「集約_達成率(2)」 beside a user's sheet).
      const base = spec.name.toLowerCase();
      const old = this.workbook.worksheets.find(
        (ws) => (ws.name.toLowerCase() === base || ws.name.toLowerCase().replace(/\(\d+\)$/, '') === base) && hasSheetScopedName(ws, DASHBOARD_MARK_NAME),
      );
      if (old) {
        // Ours from an earlier run: replace it in place, keeping its tab position.
        const position = orderOf(old);
        const name = old.name;
        this.removeSheet(old);
        const ws = writeSheetSpec(this.workbook, { ...spec, name });
        if (position !== null) Reflect.set(ws, 'orderNo', position);
        used.push(name);
      } else {
        const name = freeSheetName(spec.name, this.workbook.worksheets.map((ws) => ws.name));
        writeSheetSpec(this.workbook, { ...spec, name });
        used.push(name);
      }
    }
    return Promise.resolve(used);
  }

  /** The active tab's name (the last sheet selected), or null for an empty workbook. */
  activeSheetName(): Promise<string | null> {
    const index = this.workbook.views?.[0]?.activeTab ?? 0;
    return Promise.resolve(this.workbook.worksheets[index]?.name ?? this.workbook.worksheets[0]?.name ?? null);
  }

  select(sheet: string, cell: string): Promise<void> {
    const target = this.findSheet(sheet);
    if (!target) return Promise.reject(new Error(`シート「${sheet}」が見つかりません`));
    const address = parseA1(cell) ? cell.replace(/\$/g, '').toUpperCase() : 'A1';
    const sheets = this.workbook.worksheets;
    for (const ws of sheets) {
      // A sheet loaded from a file may have no views at all (ExcelJS gives null).
      const views = ws.views ?? [];
      const [first, ...rest] = views.length > 0 ? views : [{ state: 'normal' as const }];
      const view = { ...first, tabSelected: ws === target, ...(ws === target ? { activeCell: address } : {}) };
      ws.views = [view, ...rest];
    }
    const activeTab = sheets.indexOf(target);
    const [bookView, ...otherViews] = this.workbook.views ?? [];
    this.workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, visibility: 'visible', ...bookView, activeTab, firstSheet: 0 }, ...otherViews];
    return Promise.resolve();
  }

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    // Excel compares sheet names case-insensitively.
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  }

  /** Removes a worksheet and the workbook-scoped names that pointed into it (they would dangle). */
  private removeSheet(ws: ExcelJS.Worksheet): void {
    const prefixes = [`${quoteSheetName(ws.name)}!`, `${ws.name}!`];
    const names = this.workbook.definedNames;
    names.model = names.model
      .map((n) => ({ name: n.name, ranges: n.ranges.filter((r) => !prefixes.some((p) => r.startsWith(p))) }))
      .filter((n) => n.ranges.length > 0);
    this.workbook.removeWorksheet(ws.id);
  }
}

/** ExcelJS keeps the tab position in an untyped `orderNo` (lib/doc/workbook.js sorts worksheets by it). */
function orderOf(ws: ExcelJS.Worksheet): number | null {
  const order: unknown = Reflect.get(ws, 'orderNo');
  return typeof order === 'number' ? order : null;
}

/**
 * Moves a loaded file's sheet-scoped names beside the workbook: ExcelJS turned them into workbook names
 * and kept only the last of names repeated per sheet (BukaiStamp on every plan sheet).
 */
function adoptSheetScopedNames(workbook: ExcelJS.Workbook, bytes: Uint8Array): void {
  const scoped = readSheetScopedNames(bytes);
  if (scoped.length === 0) return;
  for (const n of scoped) {
    const ws = workbook.getWorksheet(n.sheet);
    if (!ws) continue;
    addSheetScopedName(ws, n.range ? { name: n.name, range: n.range } : { name: n.name, formula: n.ref });
  }
  const scopedNames = new Set(scoped.map((n) => n.name));
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => !scopedNames.has(n.name));
}
