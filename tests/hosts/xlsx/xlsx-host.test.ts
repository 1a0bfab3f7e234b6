import ExcelJS from 'exceljs';
import { cellText } from '../../../src/domain/grid';
import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { DASHBOARD_MARK_NAME, decodeStamp } from '../../../src/domain/stamp';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/xlsx-host';
import { renderStatusSheet } from '../../../src/template/render-status-sheet';
import { addSheets, replaceOurSheets } from '../../../src/jobs/sheet-placement';

const request = { fiscalYear: 2022, committee: '就労部会', workingGroup: '雇用啓発WG', createdAt: '2022-04-01T00:00:00.000Z' };

/** A one-cell dashboard sheet carrying the dashboard mark. */
function dashboard(name: string, text: string): SheetSpec {
  return {
    name,
    columns: [{ width: 20 }],
    rowHeights: [],
    styles: {},
    cells: [{ row: 0, col: 0, value: text }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [{ name: DASHBOARD_MARK_NAME, scope: 'sheet', range: { top: 0, left: 0, bottom: 0, right: 0 } }],
    freeze: null,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: null },
    protect: false,
  };
}

async function reopen(host: XlsxWorkbookHost): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await host.toBytes()).buffer);
  return book;
}

describe('XlsxWorkbookHost', () => {
  it('adds sheets without touching existing ones, giving a taken name a free variant', async () => {
    const host = await XlsxWorkbookHost.create();
    const first = await addSheets(host, [renderStatusSheet({ ...request, plans: ['①'] })]);
    const second = await addSheets(host, [renderStatusSheet({ ...request, plans: ['①'] }), renderStatusSheet({ ...request, plans: ['②'] })]);
    expect(first).toEqual(['①']);
    expect(second).toEqual(['①(2)', '②']);
    expect(await host.listSheets()).toEqual(['①', '①(2)', '②']);
  });

  it('replaces a dashboard sheet it wrote before, in place, and leaves a same-named user sheet alone', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [dashboard('集約', 'old'), renderStatusSheet({ ...request, plans: ['①'] })]);
    const userSheet = { ...dashboard('一覧', 'mine'), names: [] };
    await addSheets(host, [userSheet]);

    const used = await replaceOurSheets(host, [dashboard('集約', 'new'), dashboard('一覧', 'ours')]);
    expect(used).toEqual(['集約', '一覧(2)']);
    expect(await host.listSheets()).toEqual(['集約', '①', '一覧', '一覧(2)']);
    const book = await reopen(host);
    expect(book.getWorksheet('集約')!.getCell('A1').value).toBe('new');
    expect(book.getWorksheet('一覧')!.getCell('A1').value).toBe('mine');
  });

  it('writes every sheet-scoped name on its own sheet', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [renderStatusSheet({ ...request, plans: ['①'] }), renderStatusSheet({ ...request, plans: ['②'] })]);
    await addSheets(host, [renderStatusSheet({ ...request, plans: ['③'] })]);
    const read = readXlsx(await host.toBytes());
    const names = read.ok ? (read.workbook.names ?? []) : [];
    expect(names.filter((n) => n.name === 'BukaiStamp').map((n) => `${n.sheet}:${n.ref}`)).toEqual(["①:'①'!$G$1", "②:'②'!$G$1", "③:'③'!$G$1"]);
  });

  it('replaces its dashboard on a second run, keeping the tab position', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [dashboard('集約', 'old'), renderStatusSheet({ ...request, plans: ['①'] })]);
    expect(await replaceOurSheets(host, [dashboard('集約', 'new')])).toEqual(['集約']);
    expect(await host.listSheets()).toEqual(['集約', '①']);
    expect(cellText((await host.readSheets(['集約']))[0]?.rows[0]?.[0])).toBe('new');
  });

  it('activates the selected sheet and cell', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [renderStatusSheet({ ...request, plans: ['①'] }), renderStatusSheet({ ...request, plans: ['②'] })]);
    await host.select('②', 'C3');
    const book = await reopen(host);
    expect(book.views[0]?.activeTab).toBe(1);
    expect(book.getWorksheet('②')!.views[0]).toMatchObject({ activeCell: 'C3', state: 'frozen' });
    await expect(host.select('無い', 'A1')).rejects.toThrow('無い');
  });

  it('writes the workbook again only after a change', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [dashboard('集約', 'old')]);
    const first = await host.toBytes();
    expect(await host.toBytes()).toBe(first);
    await host.select('集約', 'B2');
    expect(await host.toBytes()).not.toBe(first);
  });

  it('hands over the same bytes chunk by chunk as the archive is made, a large sheet streamed in many chunks', async () => {
    const host = await XlsxWorkbookHost.create();
    // ~6,000 rows of text: the worksheet is written and deflated in several chunks.
    const cells = Array.from({ length: 6000 }, (_, row) => ({ row, col: 0, value: `行${row} 地域の相談支援体制について検討した` }));
    await addSheets(host, [{ ...dashboard('集約_大', ''), cells }, dashboard('集約_小', 'x')]);
    const chunks: Buffer[] = [];
    await host.writeTo((chunk) => chunks.push(Buffer.from(chunk)));
    expect(chunks.length).toBeGreaterThan(2);
    const joined = Buffer.concat(chunks);
    expect(joined.equals(Buffer.from(await host.toBytes()))).toBe(true);
    // Once the bytes are made, they are handed over as they are.
    const again: Buffer[] = [];
    await host.writeTo((chunk) => again.push(Buffer.from(chunk)));
    expect(Buffer.concat(again).equals(joined)).toBe(true);
  });

  it('stops making the archive when the writer of its chunks fails, and says why', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [dashboard('集約', 'x')]);
    let calls = 0;
    await expect(
      host.writeTo(() => {
        calls++;
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(calls).toBe(1);
  });

  it('reads its own sheets back as grids, stamp and merges included', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [renderStatusSheet({ ...request, plans: ['①', '④'] }), renderStatusSheet({ ...request, plans: ['②'] })]);
    const grids = await host.readSheets(['①・④']);
    expect(grids.map((g) => g.name)).toEqual(['①・④']);
    const grid = grids[0]!;
    expect(cellText(grid.rows[0]?.[0])).toBe('就労部会 【雇用啓発WG】');
    expect(decodeStamp(cellText(grid.rows[0]?.[6]))?.plans).toEqual(['①', '④']);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    expect(await host.readSheets()).toHaveLength(2);
  });
});
