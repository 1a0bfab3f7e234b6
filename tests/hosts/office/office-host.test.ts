import { createStatusSheets } from '../../../src/jobs/create-status-sheets';
import { writeDashboard } from '../../../src/jobs/consolidate-files';
import { validateInHost } from '../../../src/jobs/validate-sheets';
import { readStatusSheet } from '../../../src/reader/read-status-sheet';
import { fixtureDashboardSpecs } from '../../helpers/repeated-fixtures';
import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';
import { countSyncs, FakeWorkbook } from './fake-excel';

const REQUEST = { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', planSheets: [['①', '④', '⑤'], ['②', '③'], ['⑥', '⑦']] };
const create = (host: OfficeWorkbookHost) => createStatusSheets(host, REQUEST, new Date('2022-04-01T00:00:00Z'));


describe('the Office host on a recording fake of Excel', () => {
  it('creates three plan sheets in 3 round trips, whatever their size', async () => {
    expect(await countSyncs((host) => create(host))).toBe(3);
  });

  it('validates one sheet in 1 round trip and every sheet in 2', async () => {
    expect(await countSyncs((host) => validateInHost(host, { asOf: null }, ['①・④・⑤']), create)).toBe(1);
    expect(await countSyncs((host) => validateInHost(host, { asOf: null }), create)).toBe(2);
  });

  it('writes the dashboard in 4 round trips for 10 sheets and for 100', async () => {
    const ten = await fixtureDashboardSpecs(10);
    const hundred = await fixtureDashboardSpecs(100);
    const syncs10 = await countSyncs((host) => writeDashboard(host, ten));
    const syncs100 = await countSyncs((host) => writeDashboard(host, hundred));
    expect([syncs10, syncs100]).toEqual([4, 4]);
  });

  it('writes the template’s values, merges, stamp and names', async () => {
    const book = new FakeWorkbook();
    await create(new OfficeWorkbookHost(book.run));
    const sheet = book.sheet('①・④・⑤')!;
    expect(sheet.cells.get('0,0')?.value).toBe('就労部会 【事業所連絡会WG】');
    expect(String(sheet.cells.get('0,6')?.value)).toMatch(/^#部会状況把握表:/);
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    expect([...sheet.names.keys()]).toEqual(expect.arrayContaining(['BukaiStamp', 'RateFirstHalf', 'RateSecondHalf', 'RateAnnual']));
    expect(sheet.protected).toBe(true);
    expect(book.active).toEqual({ sheet: '①・④・⑤', cell: 'A1' });
    expect(book.eventsEnabled).toBe(true);
  });

  it('reads back what it wrote as the same status sheet', async () => {
    const book = new FakeWorkbook();
    const host = new OfficeWorkbookHost(book.run);
    await create(host);
    const [grid] = await host.readSheets(['②・③']);
    const outcome = readStatusSheet(grid!);
    expect(outcome.kind === 'status-sheet' && [outcome.sheet.origin, outcome.sheet.committee?.value, outcome.sheet.planNumbers]).toEqual(['template', '就労部会', ['②', '③']]);
  });

  it('writes text that looks like a formula as text (the fake throws on a formula)', async () => {
    const specs = await fixtureDashboardSpecs(10);
    specs[3]!.cells.push({ row: 200, col: 5, value: '=HYPERLINK("http://evil.invalid")' });
    const book = new FakeWorkbook();
    await writeDashboard(new OfficeWorkbookHost(book.run), specs);
    expect(book.sheet('集約_評価改善')?.cells.get('200,5')).toEqual({ value: '=HYPERLINK("http://evil.invalid")', format: '@' });
  });

  it('replaces its own dashboard on a rerun and never deletes a user’s sheet of the same name', async () => {
    const specs = await fixtureDashboardSpecs(10);
    const book = new FakeWorkbook();
    const host = new OfficeWorkbookHost(book.run);
    await host.addSheets([{ ...specs[1]!, names: [], cells: [{ row: 0, col: 0, value: '私のメモ' }] }]);
    await writeDashboard(host, specs);
    await writeDashboard(host, specs);
    const live = book.sheets.filter((s) => !s.deleted).map((s) => s.name);
    expect(live).toEqual(['集約_達成率', '集約_提出状況', '集約_達成率(2)', '集約_活動状況', '集約_評価改善', '集約_検証結果']);
    expect(book.sheet('集約_達成率')?.cells.get('0,0')?.value).toBe('私のメモ');
  });

  it('fails like Office.js when a property is read before it was loaded', async () => {
    const book = new FakeWorkbook();
    await expect(book.run((context) => Promise.resolve().then(() => context.workbook.worksheets.items.length))).rejects.toThrow('PropertyNotLoaded');
  });
});
