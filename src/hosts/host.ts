/**
 * The one interface every host implements: Excel through Office.js in the task pane, or an .xlsx
 * workbook in memory (CLI, the browser preview, tests). Jobs are written once against it.
 */
import type { Grid, WorkbookGrid } from '../domain/grid';
import type { SheetSpec } from '../domain/sheet-spec';

/** A sheet already in the workbook: its name and its sheet-scoped defined names (our marks among them). */
export interface ExistingSheet {
  readonly name: string;
  readonly names: readonly string[];
}

/** Where one new sheet goes. */
export interface PlacedSheet {
  /** The name it is added under: free while every old sheet still exists. */
  readonly temp: string;
  /** The name it ends with. */
  readonly final: string;
  /** The old sheet (one of the deletions) whose tab it takes, where a host can place a sheet. */
  readonly replaces: string | null;
}

/** A write's plan: one placement per new sheet, in order, and the old sheets deleted once they are written. */
export interface SheetPlacement {
  readonly sheets: readonly PlacedSheet[];
  readonly deletions: readonly string[];
}

/** The job's decision of where sheets go, from the sheets the workbook holds at the moment of the write. */
export type PlaceSheets = (existing: readonly ExistingSheet[]) => SheetPlacement;

export interface WorkbookHost {
  /** Names of the worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** Reads worksheets (all when `names` is omitted) into grids: values and merged areas. */
  readSheets(names?: readonly string[]): Promise<Grid[]>;
  /**
   * Reads worksheets (all when `names` is omitted) as a workbook: the grids and the sheets' own defined
   * names (our stamp's and our dashboard mark's among them), so a job sees what the CLI's reader sees.
   */
  readWorkbook(names?: readonly string[]): Promise<WorkbookGrid>;
  /**
   * Writes the sheets where `place` says: the host reads every sheet's name and sheet-scoped defined names,
   * asks `place` (the job's policy, see jobs/sheet-placement.ts) while it holds the workbook, adds each new
   * sheet under its temporary name, deletes the old sheets the plan names, then renames the new ones to
   * their final names. Returns the final names, in the order of `specs`.
   */
  writeSheets(specs: readonly SheetSpec[], place: PlaceSheets): Promise<string[]>;
  /** Activates a sheet and selects a cell (A1 address). */
  select(sheet: string, cell: string): Promise<void>;
}
