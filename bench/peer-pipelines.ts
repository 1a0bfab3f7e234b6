/**
 * The same job on a general library, as a developer without our reader and writer would build it: the
 * library reads every file, its cells are converted to our grids, our core consolidates them, and the
 * library writes the same dashboard sheets (values, styles, merges, widths, heights, panes). Charts,
 * tables, conditional formats and validations are left out, which only flatters the peers.
 */
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import type { CellRange } from '../src/domain/cell-ref';
import type { Grid, GridCell, WorkbookGrid } from '../src/domain/grid';
import type { CellStyle, SheetSpec } from '../src/domain/sheet-spec';
import { cellText } from '../src/domain/grid';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type ReadWorkbookBytes, type SourceFile } from '../src/jobs/consolidate-files';
import { BENCH_OPTIONS } from './bench-options';

const PERCENT = /%/;

/** A reader over grids converted beforehand (the peers read asynchronously, the job reads synchronously). */
function preRead(grids: Map<Uint8Array, WorkbookGrid>): ReadWorkbookBytes {
  return (bytes) => {
    const workbook = grids.get(bytes);
    return workbook ? { ok: true, workbook } : { ok: false, failure: { code: 'not_xlsx', message: 'not read by the peer' } };
  };
}

function exceljsCell(cell: ExcelJS.Cell): GridCell | null {
  let v: ExcelJS.CellValue = cell.value;
  if (v !== null && typeof v === 'object' && 'result' in v) v = (v.result ?? null);
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'number') return PERCENT.test(cell.numFmt ?? '') ? { kind: 'number', value: v, percent: true } : { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'date', iso: v.toISOString().slice(0, 10) };
  if ('richText' in v) return { kind: 'text', text: v.richText.map((r) => r.text).join('') };
  if ('error' in v) return { kind: 'error', code: String(v.error) };
  if ('text' in v) return { kind: 'text', text: String(v.text) };
  return null;
}

function rangeOf(a1: string): CellRange {
  const decoded = XLSX.utils.decode_range(a1);
  return { top: decoded.s.r, left: decoded.s.c, bottom: decoded.e.r, right: decoded.e.c };
}

/** ExcelJS's workbook → our grids. */
export function exceljsToGrids(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets: Grid[] = wb.worksheets.map((ws) => {
    const rows: Array<Array<GridCell | null>> = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: Array<GridCell | null> = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged area's other cells mirror its master in ExcelJS; the grid has them empty.
        if (cell.isMerged && cell.master !== cell) return;
        cells[c - 1] = exceljsCell(cell);
      });
      rows[r - 1] = cells;
    });
    const merges = (ws.model as unknown as { merges: string[] }).merges.map(rangeOf);
    return { name: ws.name, rows, merges, hidden: ws.state !== 'visible' };
  });
  return { sheets };
}

function sheetjsCell(c: XLSX.CellObject): GridCell | null {
  switch (c.t) {
    case 's':
      return c.v === '' ? null : { kind: 'text', text: String(c.v) };
    case 'n':
      if (c.z !== undefined && XLSX.SSF.is_date(c.z)) {
        const d = XLSX.SSF.parse_date_code(c.v);
        return { kind: 'date', iso: `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}` };
      }
      return typeof c.z === 'string' && PERCENT.test(c.z) ? { kind: 'number', value: c.v as number, percent: true } : { kind: 'number', value: c.v as number };
    case 'b':
      return { kind: 'boolean', value: c.v as boolean };
    case 'e':
      return { kind: 'error', code: c.w ?? '#N/A' };
    default:
      return null;
  }
}

/** SheetJS's workbook → our grids. */
export function sheetjsToGrids(wb: XLSX.WorkBook): WorkbookGrid {
  const sheets: Grid[] = wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name] ?? {};
    const rows: Array<Array<GridCell | null>> = [];
    for (const [address, cell] of Object.entries(ws)) {
      if (address.startsWith('!')) continue;
      const { r, c } = XLSX.utils.decode_cell(address);
      (rows[r] ??= [])[c] = sheetjsCell(cell as XLSX.CellObject);
    }
    const merges = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    return { name, rows, merges, hidden: (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0 };
  });
  return { sheets };
}

function exceljsStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.fontSize || style.fontColor) {
    out.font = { ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...(style.fontSize ? { size: style.fontSize } : {}), ...(style.fontColor ? { color: { argb: `FF${style.fontColor}` } } : {}) };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.horizontal || style.vertical || style.wrap || style.verticalText) {
    out.alignment = { ...(style.horizontal ? { horizontal: style.horizontal } : {}), ...(style.vertical ? { vertical: style.vertical } : {}), ...(style.wrap ? { wrapText: true } : {}), ...(style.verticalText ? { textRotation: 'vertical' } : {}) };
  }
  if (style.border && style.border !== 'none') {
    const side = { style: style.border };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/** The dashboard sheets written by ExcelJS. */
export async function exceljsWrite(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name, spec.freeze ? { views: [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] } : {});
    ws.columns = spec.columns.map((c) => ({ width: c.width, hidden: c.hidden ?? false }));
    const styles = new Map(Object.entries(spec.styles).map(([k, s]) => [k, exceljsStyle(s)]));
    for (const cell of spec.cells) {
      if (cell.value === null && cell.style === undefined) continue;
      const target = ws.getCell(cell.row + 1, cell.col + 1);
      target.value = cell.value;
      const style = cell.style === undefined ? undefined : styles.get(cell.style);
      if (style) target.style = style;
    }
    for (const h of spec.rowHeights) ws.getRow(h.row + 1).height = h.height;
    for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The dashboard sheets written by SheetJS (the community edition writes no styles). */
export function sheetjsWrite(specs: readonly SheetSpec[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const spec of specs) {
    const ws: XLSX.WorkSheet = {};
    let maxRow = 0;
    let maxCol = 0;
    for (const cell of spec.cells) {
      if (cell.value === null) continue;
      ws[XLSX.utils.encode_cell({ r: cell.row, c: cell.col })] = typeof cell.value === 'number' ? { t: 'n', v: cell.value } : { t: 's', v: cell.value };
      maxRow = Math.max(maxRow, cell.row);
      maxCol = Math.max(maxCol, cell.col);
    }
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxRow, c: maxCol } });
    ws['!merges'] = spec.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
    ws['!cols'] = spec.columns.map((c) => ({ wch: c.width }));
    ws['!rows'] = spec.rowHeights.reduce<XLSX.RowInfo[]>((rows, h) => {
      rows[h.row] = { hpt: h.height };
      return rows;
    }, []);
    XLSX.utils.book_append_sheet(wb, ws, spec.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** The whole job with ExcelJS reading and writing. */
export async function exceljsPipeline(files: readonly SourceFile[]): Promise<Uint8Array> {
  const grids = new Map<Uint8Array, WorkbookGrid>();
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ExcelJS.Buffer);
    grids.set(f.bytes, exceljsToGrids(wb));
  }
  const result = await consolidateFiles(files, BENCH_OPTIONS, preRead(grids));
  return exceljsWrite(result.specs);
}

/** The whole job with SheetJS reading and writing. */
export async function sheetjsPipeline(files: readonly SourceFile[]): Promise<Uint8Array> {
  const grids = new Map<Uint8Array, WorkbookGrid>();
  for (const f of files) grids.set(f.bytes, sheetjsToGrids(XLSX.read(f.bytes, { type: 'array', cellNF: true })));
  const result = await consolidateFiles(files, BENCH_OPTIONS, preRead(grids));
  return sheetjsWrite(result.specs);
}

/**
 * Null when two dashboards hold the same sheets with the same cell texts and merges (read back with our
 * reader), else the first difference: a peer that did less work would not be a fair contender.
 */
export function firstDifference(ours: Uint8Array, theirs: Uint8Array): string | null {
  // The dashboard of 1,000 plan sheets is larger than any submission the reader's limits allow.
  const limits = { maxCellsPerSheet: 10_000_000, maxRows: 1_000_000, maxInflatedBytes: 2_000_000_000, maxFileBytes: 2_000_000_000 };
  const a = readXlsx(ours, { limits });
  const b = readXlsx(theirs, { limits });
  if (!a.ok || !b.ok) return `unreadable: ${a.ok ? '' : a.failure.code} ${b.ok ? '' : b.failure.code}`;
  for (const sheet of a.workbook.sheets) {
    const other = b.workbook.sheets.find((s) => s.name === sheet.name);
    if (!other) return `sheet ${sheet.name} missing`;
    const height = Math.max(sheet.rows.length, other.rows.length);
    for (let r = 0; r < height; r++) {
      const width = Math.max(sheet.rows[r]?.length ?? 0, other.rows[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const x = cellText(sheet.rows[r]?.[c]);
        const y = cellText(other.rows[r]?.[c]);
        if (x !== y) return `${sheet.name} r${r + 1} c${c + 1}: ${JSON.stringify(x).slice(0, 60)} ≠ ${JSON.stringify(y).slice(0, 60)}`;
      }
    }
    const key = (m: CellRange): string => `${m.top},${m.left},${m.bottom},${m.right}`;
    const merges = new Set(other.merges.map(key));
    const missing = sheet.merges.find((m) => !merges.has(key(m)));
    if (missing) return `${sheet.name}: merge ${key(missing)} missing`;
  }
  return null;
}
