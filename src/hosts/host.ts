/**
 * The one interface every host implements: Excel through Office.js in the task pane, or an .xlsx
 * workbook in memory (CLI, the browser preview, tests). Jobs are written once against it.
 */
import type { Grid, WorkbookGrid } from '../domain/grid';
import type { SheetSpec } from '../domain/sheet-spec';

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
   * Adds the sheets as new worksheets; never touches an existing sheet. A name that is taken gets a
   * free variant ("…(2)"); the names actually used are returned in order.
   */
  addSheets(specs: readonly SheetSpec[]): Promise<string[]>;
  /**
   * Writes the sheets, first deleting any sheet this product wrote before under the same names, so a
   * second run replaces the dashboard instead of appending. A same-named sheet the product did not
   * write (no sheet-scoped DASHBOARD_MARK_NAME, see domain/stamp.ts) is left alone and the new one gets a free variant name; the names used are returned.
   */
  replaceSheets(specs: readonly SheetSpec[]): Promise<string[]>;
  /** Activates a sheet and selects a cell (A1 address). */
  select(sheet: string, cell: string): Promise<void>;
}
