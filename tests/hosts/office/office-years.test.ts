/**
 * 集約_経年 through the Office host (simulated Excel): written only when the years were asked for, with the
 * same cells as the .xlsx host writes, the ↑ ↓ number format on the changes and its conditional formats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../../src/domain/grid';
import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard, type SourceFile } from '../../../src/jobs/consolidate-files';
import { SimulatedExcel } from './simulator/simulated-excel';
import { SimWorkbook } from './simulator/simulated-workbook';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const files: SourceFile[] = ['fy2022', 'fy2023'].flatMap((d) =>
  readdirSync(join(FIXTURES, d))
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, d, name))) })),
);
const OPTIONS = { roster: null, asOf: '2024-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja' as const, generatedAt: '2024-05-01T00:00:00Z' };
const cells = (g: Grid) => g.rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell ? [{ r, c, cell }] : [])));

describe('集約_経年 in Excel', () => {
  it('is written only with the years option', async () => {
    const plain = await consolidateFiles(files, OPTIONS, readXlsx);
    const excel = new SimulatedExcel(new SimWorkbook(['Sheet1']));
    expect(await writeDashboard(new OfficeWorkbookHost(excel.run()), plain.specs)).not.toContain('集約_経年');
    expect(excel.book.sheets.map((s) => s.name)).not.toContain('集約_経年');
  });

  it('holds the cells the .xlsx host writes, with the change format and its data bars and red falls', async () => {
    const { specs } = await consolidateFiles(files, { ...OPTIONS, years: { kind: 'all' } }, readXlsx);
    const xlsx = await XlsxWorkbookHost.create();
    await writeDashboard(xlsx, specs);
    const written = readXlsx(await xlsx.toBytes());
    if (!written.ok) throw new Error(written.failure.code);
    const excel = new SimulatedExcel(new SimWorkbook(['Sheet1']));
    const host = new OfficeWorkbookHost(excel.run());
    const names = await writeDashboard(host, specs);
    expect(names).toContain('集約_経年');
    const [grid] = await host.readSheets(['集約_経年']);
    expect(cells(grid as Grid)).toEqual(cells(written.workbook.sheets.find((s) => s.name === '集約_経年') as Grid));
    const sheet = excel.book.sheets.find((s) => s.name === '集約_経年');
    // Row 5 (index 4) is the first plan: ヘルパー人材育成WG ①, its FY2023 first-half change in J5.
    expect(sheet?.cell(4, 9)?.value).toBe(10);
    expect(sheet?.cell(4, 9)?.format).toBe('"↑ +"0;"↓ -"0;"→ 0"');
    expect(sheet?.conditionalFormats.map((f) => f.type)).toEqual(expect.arrayContaining(['DataBar', 'Custom']));
  });
});
