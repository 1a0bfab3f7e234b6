/**
 * The WorkbookHost inside Excel, over Excel.run. Work is batched into context.sync() calls by payload
 * (office-batch.ts), not by sheet: on Excel on the web each sync is a network round trip, and a request
 * or response over 5 MB is refused. A small dashboard costs: list 1, write 1, events back on 1 (select 1).
 * Events are switched off in the listing sync and back on in a `finally` with a sync of its own, so a
 * failed write never leaves re-validation off; a failed write removes the sheets it added.
 */
import type { Grid } from '../../domain/grid';
import type { SheetSpec } from '../../domain/sheet-spec';
import { DASHBOARD_MARK_NAME } from '../../domain/stamp';
import { sheetNameKey } from '../../template/sheet-name';
import type { WorkbookHost } from '../host';
import { ACTION_BYTES, PayloadBatcher } from './office-batch';
import { isDate1904, queueDateSystemProbe, queueOutline, readGrids } from './office-read-grid';
import { planWrite, type WritePlan } from './office-write-plan';
import { sheetWriteSteps } from './office-write-sheet';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A write that Excel refused or that could not finish; the workbook is as it was (our partial sheets removed). */
export class OfficeWriteError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(`Excel へのシートの書き込みに失敗しました（${code}: ${detail}）。途中まで作成したシートは削除し、ブックは実行前の状態に戻しました。もう一度お試しください。`);
    this.name = 'OfficeWriteError';
  }
}

function describe(error: unknown): { code: string; detail: string } {
  const e = error as { code?: unknown; message?: unknown } | null;
  return { code: typeof e?.code === 'string' ? e.code : 'Error', detail: typeof e?.message === 'string' ? e.message : String(error) };
}

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
      const outlines = sheets.map(queueOutline);
      const probe = queueDateSystemProbe(context);
      await context.sync();
      return readGrids(context, outlines, isDate1904(probe));
    });
  }

  addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    return this.write(specs, false);
  }

  replaceSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    return this.write(specs, true);
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(cell).select();
      await context.sync();
    });
  }

  private write(specs: readonly SheetSpec[], replace: boolean): Promise<string[]> {
    return this.run(async (context) => {
      const all = context.workbook.worksheets;
      // With the names of each sheet: only sheets carrying our mark are ever replaced.
      all.load(replace ? 'items/name, items/names/items/name' : 'items/name');
      const tables = context.workbook.tables;
      tables.load('items/name');
      let plan: WritePlan | null = null;
      let before: string[] = [];
      let names: string[] = [];
      let failure: unknown = null;
      try {
        context.runtime.enableEvents = false;
        await context.sync();
        before = all.items.map((s) => s.name);
        const existing = all.items.map((s) => ({ name: s.name, ours: replace && s.names.items.some((n) => n.name === DASHBOARD_MARK_NAME) }));
        plan = planWrite(specs, existing, tables.items.map((t) => t.name), replace);
        await writePlan(context, plan);
        names = plan.sheets.map((s) => s.final);
      } catch (error) {
        failure = error;
        if (plan) await removeAdded(context, plan, before).catch(() => undefined);
      }
      // Whatever happened above, events go back on in a sync of their own.
      context.runtime.enableEvents = true;
      try {
        await context.sync();
      } catch (error) {
        // The write's own error says more; this one is only reported when the write succeeded.
        failure ??= error;
      }
      if (failure !== null) {
        const { code, detail } = describe(failure);
        throw new OfficeWriteError(code, detail);
      }
      return names;
    });
  }
}

/** Queues and syncs the whole plan: each sheet's steps, then the old sheets' deletion and the renames. */
async function writePlan(context: Excel.RequestContext, plan: WritePlan): Promise<void> {
  const batch = new PayloadBatcher(context);
  for (const s of plan.sheets) {
    const steps = sheetWriteSteps(s.spec, s.temp, s.tableNames);
    for (const [i, step] of steps.entries()) {
      await batch.add(step.bytes, () => {
        if (i === 0) context.workbook.worksheets.add(s.temp);
        step.queue(batch.sheet(s.temp));
      });
    }
  }
  const renames = plan.sheets.filter((s) => s.temp !== s.final);
  await batch.add((plan.deletions.length + renames.length) * ACTION_BYTES, () => {
    // Ours are added first, so this never deletes the workbook's last visible sheet.
    for (const name of plan.deletions) batch.sheet(name).delete();
    for (const s of renames) {
      batch.sheet(s.temp).name = s.final;
      batch.forget(s.temp);
    }
  });
  await batch.flush();
}

/** Deletes the sheets this write added (under either of their names), never the last visible sheet. */
async function removeAdded(context: Excel.RequestContext, plan: WritePlan, before: readonly string[]): Promise<void> {
  const all = context.workbook.worksheets;
  all.load('items/name, items/visibility');
  await context.sync();
  const existed = new Set(before.map(sheetNameKey));
  const ours = new Set(plan.sheets.flatMap((s) => [sheetNameKey(s.temp), sheetNameKey(s.final)]));
  const added = all.items.filter((s) => !existed.has(sheetNameKey(s.name)) && ours.has(sheetNameKey(s.name)));
  const othersVisible = all.items.some((s) => !added.includes(s) && s.visibility === Excel.SheetVisibility.visible);
  for (const s of othersVisible ? added : added.slice(1)) s.delete();
  await context.sync();
}
