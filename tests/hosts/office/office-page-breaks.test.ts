import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';
import { sheetSpec } from '../../helpers/sheet-spec-builder';
import { SimulatedExcel } from './simulator/simulated-excel';
import { SimWorkbook } from './simulator/simulated-workbook';
import { addSheets } from '../../../src/jobs/sheet-placement';

function excel(): { excel: SimulatedExcel; host: OfficeWorkbookHost } {
  const sim = new SimulatedExcel(new SimWorkbook(['Sheet1']));
  return { excel: sim, host: new OfficeWorkbookHost(sim.run()) };
}

describe('page breaks written by the Office host', () => {
  it('puts a column break left of each column the spec names, beside the row breaks, in the same syncs', async () => {
    const { excel: sim, host } = excel();
    const spec = sheetSpec('印刷', { cells: [{ row: 0, col: 0, value: '見出し' }], pageBreaks: [20, 40], columnBreaks: [5, 12] });
    const before = sim.syncs.length;
    await addSheets(host, [spec]);
    const sheet = sim.book.sheet('印刷')!;
    expect(sheet.rowBreaks).toEqual([20, 40]);
    expect(sheet.columnBreaks).toEqual([5, 12]);
    // List, then write with events back on: the breaks cost no sync of their own.
    expect(sim.syncs.length - before).toBe(2);
  });

  it('writes no column break when the spec has none', async () => {
    const { excel: sim, host } = excel();
    await addSheets(host, [sheetSpec('印刷', { pageBreaks: [3] })]);
    expect(sim.book.sheet('印刷')!.columnBreaks).toEqual([]);
  });

  it('is refused like Excel refuses a break left of column A (the simulated Excel is no kinder than Excel)', async () => {
    const sim = new SimulatedExcel(new SimWorkbook(['S']));
    const run = sim.run();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('S').verticalPageBreaks.add('A1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
