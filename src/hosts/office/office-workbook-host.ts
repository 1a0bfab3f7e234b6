/**
 * The WorkbookHost inside Excel, over Excel.run. Every operation costs a fixed number of context.sync()
 * calls whatever the sheet's size — on Excel on the web each sync is a network round trip:
 * addSheets 2, readSheets 2 (1 with names), replaceSheets 3, select 1, listSheets 1.
 */
import type { Grid } from '../../domain/grid';
import type { SheetSpec } from '../../domain/sheet-spec';
import { DASHBOARD_MARK_NAME } from '../../domain/stamp';
import { freeSheetName } from '../../template/sheet-name';
import type { WorkbookHost } from '../host';
import { queueSheetLoad, toGrid } from './office-read-grid';
import { queueSheetSpec } from './office-write-sheet';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficeWorkbookHost implements WorkbookHost {
  constructor(private readonly run: ExcelRun) {}

  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  readSheets(names?: readonly string[]): Promise<Grid[]> {
    return this.run(async (context) => {
      let sheets: Excel.Worksheet[];
      if (names) {
        sheets = names.map((n) => context.workbook.worksheets.getItem(n));
      } else {
        const all = context.workbook.worksheets;
        all.load('items/name');
        await context.sync();
        sheets = all.items;
      }
      const loaded = sheets.map(queueSheetLoad);
      await context.sync();
      return loaded.map(toGrid);
    });
  }

  addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    return this.run(async (context) => {
      const all = context.workbook.worksheets;
      all.load('items/name');
      await context.sync();
      const names = this.writeNew(context, specs, all.items.map((s) => s.name));
      await context.sync();
      return names;
    });
  }

  replaceSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    return this.run(async (context) => {
      const all = context.workbook.worksheets;
      all.load('items/name');
      await context.sync();
      // A previous dashboard may sit under a freed name (「集約_達成率(2)」 beside a user's 「集約_達成率」).
      const wanted = new Set(specs.map((s) => s.name.toLowerCase()));
      const candidates = all.items
        .filter((s) => wanted.has(s.name.toLowerCase()) || wanted.has(s.name.toLowerCase().replace(/\(\d+\)$/, ''))).map((sheet) => ({ sheet, mark: sheet.names.getItemOrNullObject(DASHBOARD_MARK_NAME) }));
      for (const c of candidates) c.mark.load('name');
      await context.sync();
      // Only sheets that carry our mark are replaced; a user's sheet of the same name is left alone.
      const ours = candidates.filter((c) => !c.mark.isNullObject);
      const remaining = all.items.map((s) => s.name).filter((n) => !ours.some((o) => o.sheet.name === n));
      const placeholder = ours.length > 0 && ours.length === all.items.length ? context.workbook.worksheets.add() : null;
      for (const o of ours) o.sheet.delete();
      const names = this.writeNew(context, specs, remaining);
      placeholder?.delete();
      await context.sync();
      return names;
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(cell).select();
      await context.sync();
    });
  }

  /** Queues new sheets (no sync); events are off while writing so add-in writes don't trigger re-validation. */
  private writeNew(context: Excel.RequestContext, specs: readonly SheetSpec[], taken: readonly string[]): string[] {
    context.runtime.enableEvents = false;
    if (typeof context.application.suspendScreenUpdatingUntilNextSync === 'function') context.application.suspendScreenUpdatingUntilNextSync();
    const used = [...taken];
    const names = specs.map((spec) => {
      const name = freeSheetName(spec.name, used);
      used.push(name);
      const sheet = context.workbook.worksheets.add(name);
      queueSheetSpec(sheet, spec);
      return name;
    });
    context.runtime.enableEvents = true;
    return names;
  }
}
