import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../../src/domain/grid';
import { SYNC_BUDGET_BYTES } from '../../../src/hosts/office/office-batch';
import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/xlsx-host';
import { createStatusSheets } from '../../../src/jobs/create-status-sheets';
import { validateInHost } from '../../../src/jobs/validate-sheets';
import { readStatusSheet } from '../../../src/reader/read-status-sheet';
import { workbookOf } from './simulator/sim-from-grids';
import { SimulatedExcel } from './simulator/simulated-excel';
import { SimWorkbook } from './simulator/simulated-workbook';

const FORMS = join(__dirname, '../../fixtures/forms');
/** The corpus workbooks (openpyxl and LibreOffice) that hide a column or a row holding text. */
const HIDING = readdirSync(FORMS).filter((f) => /hidden/.test(f) && f.endsWith('.xlsx'));

function gridsOf(file: string): readonly Grid[] {
  const result = readXlsx(new Uint8Array(readFileSync(join(FORMS, file))));
  if (!result.ok) throw new Error(result.failure.message);
  return result.workbook.sheets;
}

/** The lines of `lines` that fall inside what the grid holds (the xlsx host also lists hidden lines past the last cell). */
function within(lines: readonly number[] | undefined, extent: number): number[] {
  return (lines ?? []).filter((i) => i < extent);
}

const height = (g: Grid): number => g.rows.length;
const width = (g: Grid): number => Math.max(0, ...g.rows.map((r) => r?.length ?? 0));

describe('the Office host reports hidden rows and columns as the xlsx host does', () => {
  it('finds corpus workbooks that hide lines (the test would be empty without them)', () => {
    expect(HIDING.length).toBeGreaterThanOrEqual(4);
  });

  it.each(HIDING)('reads the hidden lines of %s and the reader notes the same hidden text', async (file) => {
    const grids = gridsOf(file);
    const excel = new SimulatedExcel(workbookOf(grids));
    const read = await new OfficeWorkbookHost(excel.run()).readSheets();
    expect(grids.some((g) => (g.hiddenRows?.length ?? 0) + (g.hiddenColumns?.length ?? 0) > 0)).toBe(true);
    read.forEach((g, i) => {
      const xlsx = grids[i]!;
      expect(g.hiddenRows ?? []).toEqual(within(xlsx.hiddenRows, height(xlsx)));
      expect(g.hiddenColumns ?? []).toEqual(within(xlsx.hiddenColumns, width(xlsx)));
      expect(readStatusSheet(g)).toEqual(readStatusSheet(xlsx));
    });
    // What is hidden changes the reading: a grid without it would read otherwise.
    const blind = (g: Grid): Grid => ({ name: g.name, rows: g.rows, merges: g.merges });
    expect(grids.some((g) => JSON.stringify(readStatusSheet(blind(g))) !== JSON.stringify(readStatusSheet(g)))).toBe(true);
  });

  it('costs no sync of its own for a sheet that hides nothing, every row, or a column and a few rows', async () => {
    const book = new SimWorkbook(['S', 'T', 'U']);
    for (const name of ['S', 'T', 'U']) for (let r = 0; r < 5; r++) for (let c = 0; c < 3; c++) book.sheet(name)!.ensure(r, c).value = `行${r}`;
    for (let r = 0; r < 5; r++) book.sheet('T')!.hiddenRows.add(r);
    book.sheet('U')!.hiddenRows.add(2);
    book.sheet('U')!.hiddenColumns.add(1);
    const excel = new SimulatedExcel(book);
    const host = new OfficeWorkbookHost(excel.run());
    const before = excel.syncs.length;
    const [s, t, u] = await host.readSheets(['S', 'T', 'U']);
    // The outline, then the values (which the few probes ride along).
    expect(excel.syncs.length - before).toBe(2);
    expect([s?.hiddenRows, s?.hiddenColumns]).toEqual([undefined, undefined]);
    expect([t?.hiddenRows, t?.hiddenColumns]).toEqual([[0, 1, 2, 3, 4], undefined]);
    expect([u?.hiddenRows, u?.hiddenColumns]).toEqual([[2], [1]]);
  });

  it('asks again what a value sync refused for its size carried (the probes are not lost)', async () => {
    const book = new SimWorkbook(['S']);
    const sheet = book.sheet('S')!;
    const text = '相談支援専門員と介護支援専門員との連携を深め、支援を継続する。'.repeat(8);
    for (let r = 0; r < 1000; r++) for (let c = 0; c < 9; c++) sheet.ensure(r, c).value = `${r} ${text}`;
    sheet.hiddenColumns.add(4);
    sheet.hiddenRows.add(7);
    const excel = new SimulatedExcel(book);
    const [grid] = await new OfficeWorkbookHost(excel.run()).readSheets(['S']);
    expect(excel.syncs.map((s) => s.error)).toContain('ResponsePayloadSizeLimitExceeded');
    expect([grid?.hiddenRows, grid?.hiddenColumns]).toEqual([[7], [4]]);
  });

  it('asks each line of a sheet that hides some, within the used range, in requests within the sync budget', async () => {
    const book = new SimWorkbook(['S']);
    const sheet = book.sheet('S')!;
    for (let r = 0; r < 6_000; r++) sheet.ensure(r, 1).value = r;
    for (let r = 1; r < 6_000; r += 2) sheet.hiddenRows.add(r);
    sheet.hiddenColumns.add(0).add(3).add(40);
    sheet.ensure(0, 3).value = '非表示の列';
    const excel = new SimulatedExcel(book);
    const [grid] = await new OfficeWorkbookHost(excel.run()).readSheets(['S']);
    expect(grid?.hiddenRows?.length).toBe(3_000);
    expect(grid?.hiddenRows?.slice(0, 3)).toEqual([1, 3, 5]);
    // Column A is outside the used range (B1:D6000), column AO far past it.
    expect(grid?.hiddenColumns).toEqual([3]);
    expect(excel.syncs.every((s) => s.error === null)).toBe(true);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
  });

  it('reads and validates a created sheet (its hidden columns included) in Excel as in its .xlsx', async () => {
    const request = { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', planSheets: [['①', '④', '⑤'], ['②', '③']] };
    const createdAt = new Date('2022-04-01T00:00:00Z');
    const excel = new SimulatedExcel(new SimWorkbook(['Sheet1']));
    const office = new OfficeWorkbookHost(excel.run());
    const xlsx = await XlsxWorkbookHost.create();
    await createStatusSheets(office, request, createdAt);
    await createStatusSheets(xlsx, request, createdAt);
    const sheets = ['①・④・⑤', '②・③'];
    const [inExcel, inFile] = [await office.readSheets(sheets), await xlsx.readSheets(sheets)];
    inExcel.forEach((g, i) => {
      const file = inFile[i]!;
      expect(g.hiddenColumns ?? []).toEqual(within(file.hiddenColumns, width(g)));
      expect(g.hiddenRows ?? []).toEqual(within(file.hiddenRows, height(g)));
    });
    // The stamp column is hidden: the check would hold nothing without it.
    expect(inExcel[0]?.hiddenColumns?.length).toBeGreaterThan(0);
    const options = { asOf: '2022-10-15' };
    const issues = (await validateInHost(office, options, sheets)).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues).toEqual((await validateInHost(xlsx, options, sheets)).issues);
  });
});
