/**
 * Where written sheets go is the job's decision (jobs/sheet-placement.ts), made once for both hosts: the
 * plan itself, and the same workbook coming out of the xlsx host and of Excel through Office.js.
 */
import { DASHBOARD_MARK_NAME } from '../../src/domain/stamp';
import type { SheetSpec } from '../../src/domain/sheet-spec';
import type { WorkbookHost } from '../../src/hosts/host';
import { OfficeWorkbookHost } from '../../src/hosts/office/office-workbook-host';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { addSheets, placeSheets, replaceOurSheets } from '../../src/jobs/sheet-placement';
import { SimulatedExcel } from '../hosts/office/simulator/simulated-excel';
import { SimWorkbook } from '../hosts/office/simulator/simulated-workbook';
import { sheetSpec } from '../helpers/sheet-spec-builder';

const ours = (name: string) => ({ name, names: [DASHBOARD_MARK_NAME] });
const users = (name: string) => ({ name, names: [] });

/** A one-cell sheet carrying the dashboard mark when `marked`. */
function sheet(name: string, text: string, marked: boolean): SheetSpec {
  return sheetSpec(name, { cells: [{ row: 0, col: 0, value: text }], names: marked ? [{ name: DASHBOARD_MARK_NAME, scope: 'sheet', range: { top: 0, left: 0, bottom: 0, right: 0 } }] : [] });
}

describe('placing written sheets', () => {
  it('replaces only marked sheets, under their name or a freed variant, and gives a user’s name a variant', () => {
    const plan = placeSheets(['集約_達成率', '集約_提出状況'], [users('集約_達成率'), ours('集約_達成率(2)'), ours('集約_提出状況'), users('メモ')], true);
    expect(plan.deletions).toEqual(['集約_達成率(2)', '集約_提出状況']);
    expect(plan.sheets.map((s) => s.final)).toEqual(['集約_達成率(2)', '集約_提出状況']);
    expect(plan.sheets.map((s) => s.replaces)).toEqual(['集約_達成率(2)', '集約_提出状況']);
  });

  it('adds every new sheet under a name free while the old ones still exist', () => {
    const plan = placeSheets(['集約_達成率'], [ours('集約_達成率')], true);
    expect(plan.sheets[0]).toEqual({ temp: '集約_達成率(2)', final: '集約_達成率', replaces: '集約_達成率' });
  });

  it('recognises the mark whatever its case, and replaces nothing when only adding', () => {
    expect(placeSheets(['集約'], [{ name: '集約', names: [DASHBOARD_MARK_NAME.toUpperCase()] }], true).deletions).toEqual(['集約']);
    const added = placeSheets(['集約'], [ours('集約')], false);
    expect(added.deletions).toEqual([]);
    expect(added.sheets[0]?.final).toBe('集約(2)');
  });

  it('deletes our own sheets a run retires (and their freed variants), never a user’s sheet of that name', () => {
    const plan = placeSheets(['集約_達成率'], [ours('集約_達成率'), ours('集約_経年'), ours('集約_経年(2)'), users('Summary_Years'), ours('集約_経年メモ')], true, ['集約_経年', 'Summary_Years']);
    expect(plan.deletions).toEqual(['集約_達成率', '集約_経年', '集約_経年(2)']);
    expect(plan.sheets.map((s) => s.final)).toEqual(['集約_達成率']);
    expect(placeSheets(['集約_達成率'], [ours('集約_経年')], false, ['集約_経年']).deletions).toEqual([]);
  });

  it('compares names as Excel does (width and case)', () => {
    expect(placeSheets(['sheet1'], [users('ＳＨＥＥＴ１')], true).sheets[0]?.final).toBe('sheet1(2)');
  });
});

describe('the same plan in both hosts', () => {
  async function runOn(host: WorkbookHost, list: () => Promise<string[]>): Promise<{ used: string[]; sheets: string[] }> {
    await addSheets(host, [sheet('集約', 'mine', false), sheet('集約(3)', 'old3', true), sheet('集約(2)', 'old2', true), sheet('表', 'old', true)]);
    const used = await replaceOurSheets(host, [sheet('集約', 'new', true), sheet('表', 'new', true)]);
    return { used, sheets: await list() };
  }

  it('gives the same names and leaves the same sheets in the xlsx host and in Excel', async () => {
    const xlsx = await XlsxWorkbookHost.create();
    const inMemory = await runOn(xlsx, () => xlsx.listSheets());
    const excel = new SimulatedExcel(new SimWorkbook(['Sheet1']));
    const office = new OfficeWorkbookHost(excel.run());
    const inExcel = await runOn(office, async () => (await office.listSheets()).filter((n) => n !== 'Sheet1'));
    expect(inMemory.used).toEqual(['集約(2)', '表']);
    expect(inExcel.used).toEqual(inMemory.used);
    // The xlsx host puts a replacing sheet on the old one's tab; Excel appends it.
    expect([...inExcel.sheets].sort()).toEqual([...inMemory.sheets].sort());
    expect(inMemory.sheets).toEqual(['集約', '集約(2)', '表']);
    const grids = await xlsx.readSheets(['集約', '集約(2)']);
    expect(grids.map((g) => g.rows[0]?.[0])).toEqual([{ kind: 'text', text: 'mine' }, { kind: 'text', text: 'new' }]);
  });
});
