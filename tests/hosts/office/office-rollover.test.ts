/**
 * 前年度のシートから作成 through Office.js (Microsoft's Excel library over the simulated workbook): every
 * group's FY2023 sheet of the FY2022 fixtures written into an open workbook beside the user's sheet, the
 * reference block locked on a protected sheet, in few round trips, each request within the payload budget.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';
import { SYNC_BUDGET_BYTES } from '../../../src/hosts/office/office-batch';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { readRolloverSources, renderRolloverWorkbooks } from '../../../src/jobs/rollover-files';
import { createRolloverSheets, sheetsForOneWorkbook, writeRolloverSheets } from '../../../src/jobs/rollover-sheets';
import { readStatusSheet } from '../../../src/reader/read-status-sheet';
import { referenceBlockRow } from '../../../src/template/render-rollover-sheet';
import { fixturePaths } from '../../helpers/fixture-workbooks';
import { SimulatedExcel } from './simulator/simulated-excel';
import { SimWorkbook } from './simulator/simulated-workbook';

const NOW = new Date('2023-03-20T01:00:00Z');
const files = fixturePaths().map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
const workbooks = renderRolloverWorkbooks(readRolloverSources(files, readXlsx).plan, { fiscalYear: 2023, locale: 'ja', now: NOW });
const specs = sheetsForOneWorkbook(workbooks);
const planned = workbooks.flatMap((w) => w.group.sheets);

function openWorkbook(): { excel: SimulatedExcel; host: OfficeWorkbookHost } {
  const excel = new SimulatedExcel(new SimWorkbook(['メモ']));
  excel.book.sheet('メモ')!.ensure(0, 0).value = '私のメモ';
  return { excel, host: new OfficeWorkbookHost(excel.run()) };
}

describe('rolling the FY2022 fixtures over into an open Excel workbook', () => {
  it('writes all ten sheets in 3 round trips, every request under the sync budget, and shows the first', async () => {
    const { excel, host } = openWorkbook();
    const before = excel.syncs.length;
    const result = await writeRolloverSheets(host, specs, { show: true });
    expect(excel.syncs.length - before).toBe(3);
    expect(excel.syncs.filter((s) => s.error !== null)).toEqual([]);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    expect(result.sheets).toHaveLength(10);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['メモ', ...result.sheets]);
    expect(excel.book.sheet('メモ')?.cell(0, 0)?.value).toBe('私のメモ');
    expect(excel.book.active?.sheet).toBe(result.sheets[0]);
  });

  it('asks about a taken name after one round trip that lists the sheets, then creates beside the user’s sheet', async () => {
    const { excel, host } = openWorkbook();
    excel.book.addSheet('相談部会_①');
    const before = excel.syncs.length;
    const asked: Array<readonly string[]> = [];
    const result = await createRolloverSheets(host, workbooks, (taken) => {
      asked.push(taken);
      return Promise.resolve(true);
    });
    expect(asked).toEqual([['相談部会_①']]);
    expect(excel.syncs.length - before).toBe(4);
    expect(result?.renamed).toEqual([{ wanted: '相談部会_①', used: '相談部会_①(2)' }]);
    expect(excel.book.sheets.map((s) => s.name).slice(0, 2)).toEqual(['メモ', '相談部会_①']);
  });

  it('protects every sheet and leaves the 前年度の振り返り block locked: only the form’s inputs are unlocked', async () => {
    const { excel, host } = openWorkbook();
    const { sheets } = await writeRolloverSheets(host, specs, { show: false });
    for (const [i, name] of sheets.entries()) {
      const sheet = excel.book.sheet(name)!;
      expect(sheet.protected).toBe(true);
      const top = referenceBlockRow(planned[i]?.plans.length ?? 0);
      const unlocked = sheet.formats.filter((f) => f.path === 'Format.Protection.Locked' && f.value === false);
      expect(unlocked.length).toBeGreaterThan(0);
      for (const f of unlocked) for (const area of f.areas) expect(area.bottom).toBeLessThan(top);
      expect(String(sheet.cell(top, 0)?.value)).toBe('前年度の振り返り（令和4年度・参照用）');
    }
  });

  it('reads the sheets back through Office.js as FY2023 with the same plans and last year’s ACTIONs in the block', async () => {
    const { host } = openWorkbook();
    const { sheets } = await writeRolloverSheets(host, specs, { show: false });
    const grids = await host.readSheets(sheets);
    grids.forEach((grid, i) => {
      const read = readStatusSheet(grid);
      expect(read.kind).toBe('status-sheet');
      if (read.kind !== 'status-sheet') return;
      const source = planned[i];
      expect(read.sheet.fiscalYear?.value).toBe(2023);
      expect(read.sheet.planNumbers).toEqual(source?.plans);
      const top = referenceBlockRow(read.sheet.planNumbers.length);
      const texts = grid.rows.slice(top + 4).map((r) => (r?.[2]?.kind === 'text' ? r[2].text : ''));
      expect(texts).toEqual(source?.reference.actions.map((a) => a.text));
    });
  });
});
