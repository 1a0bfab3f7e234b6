/**
 * The WorkbookHost inside Excel, over Excel.run. Work is batched into context.sync() calls by payload
 * (office-batch.ts), not by sheet: on Excel on the web each sync is a network round trip, and a request
 * or response over 5 MB is refused. A small dashboard costs: list 1, write 1, events back on 1 (select 1).
 * Events are switched off in the listing sync and back on in a `finally` with a sync of its own, so a
 * failed write never leaves re-validation off; a failed write removes the sheets it added.
 */
import type { Grid, WorkbookGrid } from '../../domain/grid';
import { outcome, type Outcome } from '../../domain/outcomes';
import { formatOutcome } from '../../messages/format-outcome';
import type { SheetSpec } from '../../domain/sheet-spec';
import type { PlaceSheets, WorkbookHost } from '../host';
import { ACTION_BYTES, PayloadBatcher } from './office-batch';
import { isDate1904, queueDateSystemProbe, queueOutline, readGrids } from './office-read-grid';
import { planWrite, type WritePlan } from './office-write-plan';
import { chartBytes, queueCharts } from './office-write-charts';
import { protectStep, sheetWriteSteps } from './office-write-sheet';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A write that Excel refused or that could not finish; says whether the workbook is as it was before. */
export class OfficeWriteError extends Error {
  /** The failure as a catalog outcome, for a UI that words it in its own language (the message is Japanese). */
  readonly outcome: Outcome<'job'>;

  constructor(
    readonly code: string,
    detail: string,
    /** Every sheet the workbook had before is still there (only our partial sheets were removed). */
    readonly restored: boolean,
  ) {
    const said = outcome('job', 'write_failed', { code, detail, restored });
    super(formatOutcome(said, 'ja'));
    this.outcome = said;
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

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    return [...(await this.readWorkbook(names)).sheets];
  }

  readWorkbook(names?: readonly string[]): Promise<WorkbookGrid> {
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
      // The sheets' own names (our stamp, our dashboard mark) come in the outline's sync: no sync of their own.
      const scoped = sheets.map((sheet) => sheet.names.load('items/name, items/formula'));
      const probe = queueDateSystemProbe(context);
      await context.sync();
      const grids = await readGrids(context, outlines, isDate1904(probe));
      const defined = scoped.flatMap((collection, i) => {
        const sheet = outlines[i]?.sheet.name ?? '';
        return collection.items.map((n) => ({ name: n.name, ref: String(n.formula).replace(/^=/, ''), sheet }));
      });
      return { sheets: grids, names: defined };
    });
  }

  writeSheets(specs: readonly SheetSpec[], place: PlaceSheets): Promise<string[]> {
    return this.write(specs, place);
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(cell).select();
      await context.sync();
    });
  }

  private write(specs: readonly SheetSpec[], place: PlaceSheets): Promise<string[]> {
    return this.run(async (context) => {
      const all = context.workbook.worksheets;
      // Ids tell our added sheets apart whatever they are named when a write stops; each sheet's own names
      // let the job's placement see which sheets carry our mark (in the same sync: no sync of their own).
      all.load('items/id, items/name, items/names/items/name');
      const tables = context.workbook.tables;
      tables.load('items/name');
      let plan: WritePlan | null = null;
      let before: string[] = [];
      let names: string[] = [];
      let failure: unknown = null;
      let restored = true;
      try {
        context.runtime.enableEvents = false;
        await context.sync();
        before = all.items.map((s) => s.id);
        const existing = all.items.map((s) => ({ name: s.name, names: s.names.items.map((n) => n.name) }));
        plan = planWrite(specs, place(existing), tables.items.map((t) => t.name));
        // Events go back on in the write's last sync: Excel stops at a failing action, so they are on
        // only when everything before them was done.
        await writePlan(context, plan, () => void (context.runtime.enableEvents = true));
        names = plan.sheets.map((s) => s.final);
      } catch (error) {
        failure = error;
        if (plan) restored = await removeAdded(context, before).catch(() => false);
        // Whatever happened above, events go back on, in a sync of their own.
        context.runtime.enableEvents = true;
        try {
          await context.sync();
        } catch {
          // The write's own error says more.
        }
      }
      if (failure !== null) {
        const { code, detail } = describe(failure);
        throw new OfficeWriteError(code, detail, restored);
      }
      return names;
    });
  }
}

/**
 * Queues and syncs the whole plan: each sheet's steps, the charts (once every sheet they may read exists),
 * protection, then the old sheets' deletion and the renames (chart references follow a renamed sheet),
 * and `last` in the same batch as those.
 */
async function writePlan(context: Excel.RequestContext, plan: WritePlan, last: () => void): Promise<void> {
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
  // A chart range names a sheet by its spec name; the sheet of this write stands under its temporary name.
  const written = new Map(plan.sheets.map((s) => [s.spec.name, s.temp]));
  for (const s of plan.sheets) {
    const charts = s.spec.charts ?? [];
    if (charts.length === 0) continue;
    await batch.add(chartBytes(charts), () => queueCharts(batch.sheet(s.temp), charts, (name) => batch.sheet(name === undefined ? s.temp : (written.get(name) ?? name))));
  }
  for (const s of plan.sheets) {
    const step = protectStep(s.spec);
    if (step) await batch.add(step.bytes, () => step.queue(batch.sheet(s.temp)));
  }
  const renames = plan.sheets.filter((s) => s.temp !== s.final);
  await batch.add((plan.deletions.length + renames.length + 1) * ACTION_BYTES, () => {
    // Ours are added first, so this never deletes the workbook's last visible sheet.
    for (const name of plan.deletions) batch.sheet(name).delete();
    for (const s of renames) {
      batch.sheet(s.temp).name = s.final;
      batch.forget(s.temp);
    }
    last();
  });
  await batch.flush();
}

/**
 * Deletes every sheet that was not there before the write (by id: a sheet may stop under its temporary or
 * its final name), never the last visible one; returns whether every sheet of before is still there.
 */
async function removeAdded(context: Excel.RequestContext, before: readonly string[]): Promise<boolean> {
  const all = context.workbook.worksheets;
  all.load('items/id, items/visibility');
  await context.sync();
  const existed = new Set(before);
  const added = all.items.filter((s) => !existed.has(s.id));
  const othersVisible = all.items.some((s) => !added.includes(s) && s.visibility === Excel.SheetVisibility.visible);
  for (const s of othersVisible ? added : added.slice(1)) s.delete();
  await context.sync();
  const left = new Set(all.items.map((s) => s.id));
  return before.every((id) => left.has(id));
}
