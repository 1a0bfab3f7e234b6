import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { OfficeWorkbookHost, OfficeWriteError } from '../../../src/hosts/office/office-workbook-host';
import { columnWidthToPoints } from '../../../src/hosts/office/office-write-sheet';
import { createStatusSheets } from '../../../src/jobs/create-status-sheets';
import { consolidateFiles, writeDashboard } from '../../../src/jobs/consolidate-files';
import { BENCH_OPTIONS } from '../../../bench/bench-options';
import { syntheticWorkbooks } from '../../../bench/synthetic-submissions';
import { validateInHost } from '../../../src/jobs/validate-sheets';
import { readStatusSheet } from '../../../src/reader/read-status-sheet';
import { renderStatusSheet } from '../../../src/template/render-status-sheet';
import type { Grid } from '../../../src/domain/grid';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/xlsx-host';
import { fixturePaths } from '../../helpers/fixture-workbooks';
import { fixtureDashboardSpecs } from '../../helpers/repeated-fixtures';
import { sheetSpec } from '../../helpers/sheet-spec-builder';
import { PAYLOAD_LIMIT_BYTES, SimulatedExcel } from './simulator/simulated-excel';
import { workbookOf } from './simulator/sim-from-grids';
import { SimWorkbook } from './simulator/simulated-workbook';
import { addSheets, replaceOurSheets } from '../../../src/jobs/sheet-placement';

const REQUEST = { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', planSheets: [['①', '④', '⑤'], ['②', '③'], ['⑥', '⑦']] };
const create = (host: OfficeWorkbookHost) => createStatusSheets(host, REQUEST, new Date('2022-04-01T00:00:00Z'));

function excelWith(...sheets: string[]): { excel: SimulatedExcel; host: OfficeWorkbookHost } {
  const excel = new SimulatedExcel(new SimWorkbook(sheets.length > 0 ? sheets : ['Sheet1']));
  return { excel, host: new OfficeWorkbookHost(excel.run()) };
}

/** Syncs an operation costs on the workbook (after `prepare`). */
async function syncsOf(excel: SimulatedExcel, operation: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs.length;
  await operation();
  return excel.syncs.length - before;
}

/** ~6 MB of Japanese text in one sheet: more than Excel on the web takes in one request. */
function heavySpec(name: string) {
  const text = '相談支援専門員と介護支援専門員との連携を深め、支援を継続する。'.repeat(8);
  return sheetSpec(name, { cells: Array.from({ length: 9000 }, (_, i) => ({ row: Math.floor(i / 9), col: i % 9, value: `${i} ${text}` })) });
}

describe('the Office host on Microsoft’s Excel library over a simulated workbook', () => {
  it('writes the dashboard (every sheet has tables) without reading a new sheet’s unloaded name', async () => {
    const { excel, host } = excelWith();
    await writeDashboard(host, await fixtureDashboardSpecs(10));
    expect(excel.book.tables.length).toBeGreaterThan(4);
    expect(excel.book.sheet('集約_達成率')?.cells.size).toBeGreaterThan(10);
    expect(excel.book.active?.sheet).toBe('集約_概要');
  });

  it('creates three plan sheets in 3 round trips and writes their values, merges, names, page breaks and protection', async () => {
    const { excel, host } = excelWith();
    expect(await syncsOf(excel, () => create(host))).toBe(3);
    const sheet = excel.book.sheet('①・④・⑤')!;
    expect(sheet.cell(0, 0)?.value).toBe('就労部会 【事業所連絡会WG】');
    expect(String(sheet.cell(0, 6)?.value)).toMatch(/^#部会状況把握表:/);
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    expect([...sheet.names.keys()]).toEqual(expect.arrayContaining(['BukaiStamp', 'RateFirstHalf', 'RateSecondHalf', 'RateAnnual']));
    const spec = renderStatusSheet({ fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', plans: ['①', '④', '⑤'], locale: 'ja', rowsPerMonth: 3, createdAt: '2022-04-01T00:00:00.000Z' });
    expect(sheet.rowBreaks).toEqual(spec.pageBreaks);
    expect(sheet.rowBreaks.length).toBe(3);
    expect(sheet.protected).toBe(true);
    expect(excel.book.eventsEnabled).toBe(true);
  });

  it('writes the dashboard’s tab colour', async () => {
    const { excel, host } = excelWith();
    await writeDashboard(host, await fixtureDashboardSpecs(10));
    expect(excel.book.sheets.filter((s) => s.tabColor === '#1F4E79').length).toBeGreaterThan(0);
  });

  it('converts column widths as Excel does: characters with padding → whole pixels → points', async () => {
    expect(columnWidthToPoints(9.140625)).toBe(48);
    expect(columnWidthToPoints(13)).toBe(68.25);
    const { excel, host } = excelWith();
    await addSheets(host, [sheetSpec('W', { columns: [{ width: 9.140625 }, { width: 42 }] })]);
    expect([...excel.book.sheet('W')!.columnWidths]).toEqual([[0, 48], [1, 220.5]]);
  });

  it('validates one sheet in 2 round trips and every sheet in 3, reading back the same status sheet', async () => {
    const { excel, host } = excelWith();
    await create(host);
    expect(await syncsOf(excel, () => validateInHost(host, { asOf: null }, ['①・④・⑤']))).toBe(2);
    expect(await syncsOf(excel, () => validateInHost(host, { asOf: null }))).toBe(3);
    const [grid] = await host.readSheets(['②・③']);
    const outcome = readStatusSheet(grid!);
    expect(outcome.kind === 'status-sheet' && [outcome.sheet.origin, outcome.sheet.committee?.value, outcome.sheet.planNumbers]).toEqual(['template', '就労部会', ['②', '③']]);
  });

  it('writes the dashboard of 100 distinct plan sheets, 集約_概要 and its charts included, in 4 round trips, each request under 2 MiB', async () => {
    const { specs } = await consolidateFiles(await syntheticWorkbooks(10), BENCH_OPTIONS, readXlsx);
    expect(specs.map((s) => s.name)).toContain('集約_課題');
    const { excel, host } = excelWith();
    // List, two writes (events back on in the second), select.
    expect(await syncsOf(excel, () => writeDashboard(host, specs))).toBe(4);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    const themes = specs.find((s) => s.name === '集約_課題')!;
    expect(Object.fromEntries(excel.book.sheet('集約_課題')!.rowHeights)).toEqual(Object.fromEntries(themes.rowHeights.map((r) => [r.row, r.height])));
    expect(excel.book.sheet('集約_課題')!.cell(themes.cells.at(-1)!.row, themes.cells.at(-1)!.col)?.value).toBe(themes.cells.at(-1)!.value);
    const overview = specs.find((s) => s.name === '集約_概要')!;
    expect(overview.charts?.length).toBeGreaterThan(0);
    expect(excel.book.sheet('集約_概要')?.charts).toHaveLength(overview.charts?.length ?? -1);
  });

  it('sends a 6 MB write in several syncs, none over 2 MiB, and a small one in one', async () => {
    const big = excelWith();
    await addSheets(big.host, [heavySpec('大量')]);
    expect(big.excel.syncs.filter((s) => s.error !== null)).toEqual([]);
    expect(big.excel.maxRequestBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(big.excel.syncs.length).toBeGreaterThan(4);
    expect(big.excel.book.sheet('大量')?.cell(999, 8)?.value).toMatch(/^8999 /);
    const small = excelWith();
    // Ten small sheets cost what one does: list, then write with events back on as its last action.
    expect(await syncsOf(small.excel, () => addSheets(small.host, Array.from({ length: 10 }, (_, i) => sheetSpec(`S${i}`, { cells: [{ row: 0, col: 0, value: i }] }))))).toBe(2);
    expect(small.excel.book.eventsEnabled).toBe(true);
  });

  it('sets the heights of 6,000 scattered rows in a few statements, each address short enough for Excel', async () => {
    const { excel, host } = excelWith();
    const rowHeights = Array.from({ length: 6000 }, (_, i) => ({ row: 3 * i + (i % 3), height: [15, 33, 48][i % 3] ?? 15 }));
    const before = excel.syncs.length;
    await addSheets(host, [sheetSpec('高さ', { cells: [{ row: 0, col: 0, value: 'x' }], rowHeights })]);
    expect(excel.syncs.slice(before).map((s) => s.error)).toEqual([null, null]);
    // A statement per row (or run of rows) would cost ~600 bytes each: 3.6 MB.
    expect(excel.syncs.slice(before).reduce((n, s) => n + s.requestBytes, 0)).toBeLessThan(150_000);
    expect(Object.fromEntries(excel.book.sheet('高さ')!.rowHeights)).toEqual(Object.fromEntries(rowHeights.map((r) => [r.row, r.height])));
  });

  it('reads a 6 MB sheet in responses under Excel’s 5 MB, asking again in halves when one is refused', async () => {
    const { excel, host } = excelWith();
    await addSheets(host, [heavySpec('大量')]);
    const before = excel.syncs.length;
    const [grid] = await host.readSheets(['大量']);
    expect(excel.syncs.slice(before).map((s) => s.error).filter((e) => e !== null)).toEqual(['ResponsePayloadSizeLimitExceeded']);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(grid?.rows[999]?.[8]).toEqual({ kind: 'text', text: expect.stringMatching(/^8999 /) });
  });

  it('leaves the workbook as it was, events on, when Excel refuses an action mid-write', async () => {
    const { excel, host } = excelWith();
    await writeDashboard(host, await fixtureDashboardSpecs(10));
    const before = excel.book.sheets.map((s) => s.name);
    const broken = sheetSpec('集約_達成率', { cells: [{ row: 0, col: 0, value: 'x' }], merges: [{ top: 0, left: 0, bottom: 1, right: 1 }, { top: 1, left: 1, bottom: 2, right: 2 }] });
    await expect(replaceOurSheets(host, [broken])).rejects.toThrow(OfficeWriteError);
    await expect(replaceOurSheets(host, [broken])).rejects.toMatchObject({ code: 'InvalidOperation', restored: true });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.book.sheet('集約_達成率')?.cells.size).toBeGreaterThan(10);
    expect(excel.book.eventsEnabled).toBe(true);
  });

  it('turns events back on and removes its partial sheets when a later sync fails', async () => {
    const { excel, host } = excelWith();
    excel.failRequest = { at: 3, code: 'ServiceUnavailable' };
    await expect(addSheets(host, [heavySpec('大量')])).rejects.toThrow(/ServiceUnavailable/);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(excel.book.eventsEnabled).toBe(true);
  });

  it('says so when the old dashboard was already deleted as the write stopped, and removes the new sheets', async () => {
    const specs = await fixtureDashboardSpecs(10);
    const { excel, host } = excelWith();
    await writeDashboard(host, specs);
    // The renames come after the old dashboard's deletion, in the same batch.
    excel.refuseAction = (a) => (a.ActionType === 4 && a.Name === 'Name' && typeof a.ArgumentInfo?.Arguments?.[0] === 'string' && String(a.ArgumentInfo.Arguments[0]).startsWith('集約_') ? 'GeneralException' : null);
    const error = await replaceOurSheets(host, specs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWriteError);
    expect((error as OfficeWriteError).restored).toBe(false);
    expect((error as Error).message).toMatch(/前回の集約シートは既に削除されていました/);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(excel.book.eventsEnabled).toBe(true);
  });

  it('replaces its own dashboard on a rerun and never deletes a user’s sheet of the same name', async () => {
    const specs = await fixtureDashboardSpecs(10);
    const { excel, host } = excelWith();
    await addSheets(host, [sheetSpec('集約_達成率', { cells: [{ row: 0, col: 0, value: '私のメモ' }] })]);
    await writeDashboard(host, specs);
    const first = excel.book.sheets.map((s) => s.name);
    await writeDashboard(host, specs);
    expect(excel.book.sheets.map((s) => s.name).sort()).toEqual(first.sort());
    expect(first).toContain('集約_達成率(2)');
    expect(excel.book.sheet('集約_達成率')?.cell(0, 0)?.value).toBe('私のメモ');
  });

  it('reruns when our dashboard holds the only visible sheets (ours are added before the old are deleted)', async () => {
    const specs = await fixtureDashboardSpecs(10);
    const { excel, host } = excelWith();
    await writeDashboard(host, specs);
    excel.book.sheet('Sheet1')!.visibility = 'Hidden';
    await writeDashboard(host, specs);
    expect(excel.book.sheets.filter((s) => s.visibility === 'Visible').length).toBe(specs.length);
  });

  it('treats full-width and half-width sheet names as the same name, as Excel does', async () => {
    const { excel, host } = excelWith('Ｓｈｅｅｔ１');
    const [name] = await addSheets(host, [sheetSpec('sheet1', { cells: [{ row: 0, col: 0, value: 1 }] })]);
    expect(name).toBe('sheet1(2)');
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Ｓｈｅｅｔ１', 'sheet1(2)']);
  });

  it('writes text that looks like a formula, a number or a date as text', async () => {
    const { excel, host } = excelWith();
    await addSheets(host, [sheetSpec('T', { cells: ['=HYPERLINK("http://evil.invalid")', '0012', '2022/4/1', '-5'].map((value, col) => ({ row: 0, col, value })) })]);
    const sheet = excel.book.sheet('T')!;
    expect([0, 1, 2, 3].map((c) => sheet.cell(0, c))).toEqual(['=HYPERLINK("http://evil.invalid")', '0012', '2022/4/1', '-5'].map((value) => ({ value, format: '@' })));
  });

  it('reads merged areas one address per area, also on a sheet whose name has a comma', async () => {
    const { excel, host } = excelWith('計画,①');
    const sheet = excel.book.sheet('計画,①')!;
    sheet.ensure(0, 0).value = 'x';
    sheet.merges.push({ top: 0, left: 0, bottom: 1, right: 3 }, { top: 4, left: 1, bottom: 6, right: 1 });
    const [grid] = await host.readSheets(['計画,①']);
    expect(grid?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 3 }, { top: 4, left: 1, bottom: 6, right: 1 }]);
  });

  it.each([
    ['0.0%', 0.8, { kind: 'number', value: 0.8, percent: true }],
    ['[Red]0.0', 0.8, { kind: 'number', value: 0.8 }],
    ['0.00E+00', 12000, { kind: 'number', value: 12000 }],
    ['_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)', 1234.5, { kind: 'number', value: 1234.5 }],
    ['yyyy/m/d', 44894, { kind: 'date', iso: '2022-11-29' }],
    ['[$-ja-JP]ggge"年"m"月"d"日"', 44894, { kind: 'date', iso: '2022-11-29' }],
  ])('reads a number formatted %s as the xlsx host does', async (format, value, cell) => {
    const { excel, host } = excelWith('S');
    Object.assign(excel.book.sheet('S')!.ensure(2, 1), { value, format });
    const [grid] = await host.readSheets(['S']);
    expect(grid?.rows[2]?.[1]).toEqual(cell);
  });

  it('counts date serials from 1904 when the workbook does', async () => {
    const { excel, host } = excelWith('S');
    excel.book.date1904 = true;
    Object.assign(excel.book.sheet('S')!.ensure(0, 0), { value: 44894 - 1462, format: 'yyyy/m/d' });
    const [grid] = await host.readSheets(['S']);
    expect(grid?.rows[0]?.[0]).toEqual({ kind: 'date', iso: '2022-11-29' });
  });

  it('fails like Office.js when a property is read before it was loaded', async () => {
    const { excel } = excelWith();
    await expect(excel.run()((context) => Promise.resolve().then(() => context.workbook.worksheets.items.length))).rejects.toThrow(/not available/);
  });
});

describe('the Office host and the xlsx host read the same workbook alike', () => {
  it.each(fixturePaths().map((p) => [basename(p), p]))('reads every sheet of %s to the grid the xlsx host reads', async (_name, path) => {
    const result = readXlsx(new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(result.failure.message);
    const grids = result.workbook.sheets;
    const excel = new SimulatedExcel(workbookOf(grids));
    const read = await new OfficeWorkbookHost(excel.run()).readSheets();
    const cells = (g: Grid) => g.rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell ? [{ r, c, cell }] : [])));
    expect(read.map((g) => g.name)).toEqual(grids.map((g) => g.name));
    read.forEach((g, i) => {
      expect(cells(g)).toEqual(cells(grids[i]!));
      expect(g.merges).toEqual(expect.arrayContaining([...grids[i]!.merges]));
      expect(g.merges.length).toBe(grids[i]!.merges.length);
    });
  });
});

describe('the dashboard in Excel and in the .xlsx', () => {
  it('holds the same cells, table headers included, whichever host wrote it', async () => {
    const specs = await fixtureDashboardSpecs(10);
    const xlsx = await XlsxWorkbookHost.create();
    await replaceOurSheets(xlsx, specs);
    const written = readXlsx(await xlsx.toBytes());
    if (!written.ok) throw new Error(written.failure.message);
    const { excel, host } = excelWith();
    const names = await replaceOurSheets(host, specs);
    const read = await host.readSheets(names);
    const cells = (g: Grid) => g.rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell ? [{ r, c, cell }] : [])));
    for (const grid of read) expect(cells(grid)).toEqual(cells(written.workbook.sheets.find((s) => s.name === grid.name)!));
    expect(excel.book.tables.length).toBe(specs.reduce((n, s) => n + s.tables.length, 0));
  });
});

describe('reading a workbook with its names', () => {
  it('gives each sheet’s own names, our stamp among them, as the xlsx host does, in the syncs a read already costs', async () => {
    const { excel, host } = excelWith();
    const created = await create(host);
    const xlsx = await XlsxWorkbookHost.create();
    await createStatusSheets(xlsx, REQUEST, new Date('2022-04-01T00:00:00Z'));
    // Excel keeps print titles out of its names collection, and its formula may drop the $ of an address.
    const sorted = (names: ReadonlyArray<{ name: string; ref: string; sheet?: string }> | undefined) =>
      [...(names ?? [])].filter((n) => !n.name.startsWith('_xlnm.')).map((n) => `${n.sheet ?? ''}|${n.name}|${n.ref.replace(/\$/g, '')}`).sort();
    const inExcel = await host.readWorkbook(created.sheets);
    expect(sorted(inExcel.names)).toEqual(sorted((await xlsx.readWorkbook(created.sheets)).names));
    expect(inExcel.names?.filter((n) => n.name === 'BukaiStamp').map((n) => n.sheet)).toEqual([...created.sheets]);
    // As reading the grids alone cost: the outline sync and one of values (plus the listing for every sheet).
    expect(await syncsOf(excel, () => host.readWorkbook(created.sheets))).toBe(2);
    expect(await syncsOf(excel, () => host.readWorkbook())).toBe(3);
  });
});
