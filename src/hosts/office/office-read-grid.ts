/**
 * Worksheets → the core's Grids, in two passes: first what each sheet spans (used range address and
 * whether it hides rows or columns, merged areas one address per area, the workbook's date system), then
 * its values, number formats and value types in row bands grouped into syncs by their expected response
 * size (and, only on a sheet that hides some of its rows or columns, which ones: office-read-hidden.ts).
 */
import { parseA1Range, toA1Range, type CellRange } from '../../domain/cell-ref';
import type { Grid, GridCell } from '../../domain/grid';
import { toGridCell } from '../cell-value';
import { SYNC_BUDGET_BYTES } from './office-batch';
import { HiddenLineReader, type HiddenSummary } from './office-read-hidden';

/**
 * Hidden-line probes that ride along one value sync (~450 request and ~45 response bytes each): a sheet
 * that hides a column or a few rows costs no sync of its own.
 */
const PROBES_WITH_VALUES = 900;

/** What one cell is expected to cost in a response (value, format code and value type as JSON; ~79 bytes measured on text-heavy plan sheets). */
const BYTES_PER_CELL = 80;

/** What is loaded of one sheet before its cells are. */
export interface SheetOutline {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
}

/** Queues the outline loads of one sheet (no sync). */
export function queueOutline(sheet: Excel.Worksheet): SheetOutline {
  sheet.load('name, visibility');
  const used = sheet.getUsedRangeOrNullObject(true);
  // Whether any of its rows or columns is hidden: false for most sheets, which then need no more asking.
  used.load('address, rowHidden, columnHidden');
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  // isNullObject is known only for an object that was itself loaded, not just its areas.
  merged.load('areaCount');
  merged.areas.load('items/address');
  return { sheet, used, merged };
}

/** Queues the probe of the date system: DATE(1904,1,1) is serial 0 in the 1904 system, 1462 in 1900's. */
export function queueDateSystemProbe(context: Excel.RequestContext): Excel.FunctionResult<number> {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  return probe;
}

/** Whether the workbook counts dates from 1904 (call after the sync). */
export function isDate1904(probe: Excel.FunctionResult<number>): boolean {
  return probe.value === 0;
}

/** The cell part of an address Excel reports ("'My!sheet'!B2:D9" → B2:D9): after the last "!". */
function localRange(address: string): CellRange | null {
  return parseA1Range(address.slice(address.lastIndexOf('!') + 1));
}

/** One row band of one sheet, to be loaded in some sync. */
interface Band {
  readonly sheet: number;
  readonly range: CellRange;
}

/** Row bands covering every sheet's used range, each expected to answer in well under a sync's budget. */
function bands(outlines: readonly SheetOutline[]): Band[] {
  const out: Band[] = [];
  outlines.forEach((o, sheet) => {
    if (o.used.isNullObject) return;
    const range = localRange(o.used.address);
    if (!range) return;
    const width = range.right - range.left + 1;
    const rows = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / 4 / (width * BYTES_PER_CELL)));
    for (let top = range.top; top <= range.bottom; top += rows) out.push({ sheet, range: { ...range, top, bottom: Math.min(range.bottom, top + rows - 1) } });
  });
  return out;
}

/** A band cut in two halves of its rows. */
function splitRows(band: Band): Band[] {
  const middle = band.range.top + Math.floor((band.range.bottom - band.range.top) / 2);
  return [
    { sheet: band.sheet, range: { ...band.range, bottom: middle } },
    { sheet: band.sheet, range: { ...band.range, top: middle + 1 } },
  ];
}

const cellsOf = (r: CellRange): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Excel's answer to a response over its limit: the batch is split and asked again (reads change nothing). */
function isResponseTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

/** What the outline says of a sheet's hidden rows and columns (null: the sheet holds nothing). */
function hiddenSummary(o: SheetOutline): HiddenSummary | null {
  const range = o.used.isNullObject ? null : localRange(o.used.address);
  return range ? { range, rowHidden: o.used.rowHidden, columnHidden: o.used.columnHidden } : null;
}

/**
 * Loads the cells of every band (call after the outline sync), syncing as often as the expected payload
 * needs, and which rows and columns are hidden (along the value syncs; more syncs only for many hidden lines).
 */
export async function readGrids(context: Excel.RequestContext, outlines: readonly SheetOutline[], date1904: boolean): Promise<Grid[]> {
  const hiddenReader = new HiddenLineReader(
    outlines.map((o) => o.sheet),
    outlines.map(hiddenSummary),
  );
  const rows: Array<Array<Array<GridCell | null> | undefined>> = outlines.map(() => []);
  const pending = bands(outlines);
  const budgetCells = Math.floor(SYNC_BUDGET_BYTES / BYTES_PER_CELL);
  const load = async (group: readonly Band[]): Promise<void> => {
    const ranges = group.map((b) => {
      const outline = outlines[b.sheet] as SheetOutline;
      const range = outline.sheet.getRange(toA1Range(b.range));
      range.load('values, numberFormat, valueTypes');
      return range;
    });
    const settleHidden = hiddenReader.queue(PROBES_WITH_VALUES);
    try {
      await context.sync();
      settleHidden(true);
    } catch (error) {
      settleHidden(false);
      const only = group[0];
      if (!isResponseTooLarge(error) || !only || (group.length === 1 && only.range.top === only.range.bottom)) throw error;
      // Half the bands, or half the rows of a single band whose text was longer than expected.
      const halves: Band[][] =
        group.length > 1
          ? [group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2))]
          : splitRows(only).map((b) => [b]);
      for (const half of halves) await load(half);
      return;
    }
    group.forEach((b, i) => place(rows[b.sheet] ?? [], b.range, ranges[i] as Excel.Range, date1904));
  };
  let group: Band[] = [];
  let cells = 0;
  for (const band of pending) {
    if (group.length > 0 && cells + cellsOf(band.range) > budgetCells) {
      await load(group);
      group = [];
      cells = 0;
    }
    group.push(band);
    cells += cellsOf(band.range);
  }
  if (group.length > 0) await load(group);
  const hiddenLines = await hiddenReader.finish(context);
  return outlines.map((o, i) => {
    const hidden = o.sheet.visibility !== Excel.SheetVisibility.visible;
    const merges = o.merged.isNullObject ? [] : o.merged.areas.items.flatMap((a) => localRange(a.address) ?? []);
    const lines = hiddenLines[i];
    return {
      name: o.sheet.name,
      rows: rows[i] ?? [],
      merges,
      ...(hidden ? { hidden } : {}),
      ...(lines && lines.columns.length > 0 ? { hiddenColumns: lines.columns } : {}),
      ...(lines && lines.rows.length > 0 ? { hiddenRows: lines.rows } : {}),
    };
  });
}

/** The loaded band's cells into the sheet's rows, each through the one host-neutral conversion. */
function place(rows: Array<Array<GridCell | null> | undefined>, band: CellRange, range: Excel.Range, date1904: boolean): void {
  const values = range.values as Array<Array<string | number | boolean>>;
  values.forEach((valueRow, r) => {
    const out = (rows[band.top + r] ??= []);
    valueRow.forEach((value, c) => {
      const format = String(range.numberFormat[r]?.[c] ?? 'General');
      const error = range.valueTypes[r]?.[c] === Excel.RangeValueType.error;
      out[band.left + c] = toGridCell({ value, format, error }, date1904);
    });
  });
}
