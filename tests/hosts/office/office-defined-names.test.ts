import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';
import { sheetSpec } from '../../helpers/sheet-spec-builder';
import { SimulatedExcel } from './simulator/simulated-excel';
import { SimWorkbook } from './simulator/simulated-workbook';
import { addSheets } from '../../../src/jobs/sheet-placement';

describe('defined names written by the Office host', () => {
  it('adds a workbook-scoped name to the workbook and a sheet-scoped one to its sheet, as the spec scopes them', async () => {
    const excel = new SimulatedExcel(new SimWorkbook(['Sheet1']));
    const host = new OfficeWorkbookHost(excel.run());
    await addSheets(host, [
      sheetSpec('一覧', {
        cells: [{ row: 0, col: 0, value: 1 }],
        names: [
          { name: 'AllRates', range: { top: 1, left: 1, bottom: 9, right: 3 }, scope: 'workbook' },
          { name: 'Own', range: { top: 0, left: 0, bottom: 0, right: 0 }, scope: 'sheet' },
        ],
      }),
    ]);
    expect([...excel.book.names].map(([name, target]) => [name, target.sheet.name, target.range])).toEqual([['AllRates', '一覧', { top: 1, left: 1, bottom: 9, right: 3 }]]);
    expect([...excel.book.sheet('一覧')!.names.keys()]).toEqual(['Own']);
  });
});
