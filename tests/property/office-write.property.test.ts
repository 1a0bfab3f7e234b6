/**
 * Property tests of the Office write path on Microsoft's Excel library over the simulated workbook: any
 * mix of sheet sizes is sent in requests under the budget and read back as written; and any set of sheet
 * names already in a workbook gets new names that Excel accepts and that never collide.
 */
import fc from 'fast-check';
import { OfficeWorkbookHost } from '../../src/hosts/office/office-workbook-host';
import { DASHBOARD_MARK_NAME } from '../../src/domain/stamp';
import { sheetNameKey } from '../../src/template/sheet-name';
import { sheetSpec } from '../helpers/sheet-spec-builder';
import { SimulatedExcel } from '../hosts/office/simulator/simulated-excel';
import { SimWorkbook } from '../hosts/office/simulator/simulated-workbook';
import { addSheets, placeSheets } from '../../src/jobs/sheet-placement';

const SEED = 20221129;
const TEXT = '事業所間の相互援助体制の構築について協議した。'.repeat(6);

describe('the Office write path', () => {
  it('sends any mix of sheet sizes in requests of at most 2 MiB and reads every cell back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 6000 }), { minLength: 1, maxLength: 4 }), async (sizes) => {
        const excel = new SimulatedExcel();
        const host = new OfficeWorkbookHost(excel.run());
        const specs = sizes.map((n, i) => sheetSpec(`S${i}`, { cells: Array.from({ length: n }, (_, k) => ({ row: Math.floor(k / 6), col: k % 6, value: k % 3 === 0 ? k : `${k}${TEXT}` })) }));
        await addSheets(host, specs);
        expect(excel.maxRequestBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
        const grids = await host.readSheets(specs.map((s) => s.name));
        grids.forEach((grid, i) => {
          const n = sizes[i] ?? 0;
          const last = n - 1;
          if (n === 0) return expect(grid.rows.length).toBe(0);
          const cell = grid.rows[Math.floor(last / 6)]?.[last % 6];
          expect(cell).toEqual(last % 3 === 0 ? { kind: 'number', value: last } : { kind: 'text', text: `${last}${TEXT}` });
        });
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  it('writes cells of rows of any widths with gaps, and rows of scattered heights, exactly as the spec says', async () => {
    const value = fc.oneof(fc.integer({ min: -500, max: 500 }), fc.constantFrom('=1+1', '012', '2023/4/1', '-3', '連携が必要', ''));
    const cell = fc.record({ row: fc.integer({ min: 0, max: 300 }), col: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 60 })), value, percent: fc.boolean() });
    const height = fc.record({ row: fc.integer({ min: 0, max: 400 }), height: fc.constantFrom(15, 33, 48, 63, 123) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(cell, { selector: (c) => `${c.row},${c.col}`, maxLength: 400 }), fc.uniqueArray(height, { selector: (h) => h.row, maxLength: 300 }), async (cells, rowHeights) => {
        const excel = new SimulatedExcel();
        const host = new OfficeWorkbookHost(excel.run());
        const spec = sheetSpec('S', {
          styles: { rate: { numberFormat: '0"%"' } },
          cells: cells.map((c) => ({ row: c.row, col: c.col, value: c.value, ...(c.percent ? { style: 'rate' } : {}) })),
          rowHeights,
        });
        await addSheets(host, [spec]);
        const sheet = excel.book.sheet('S')!;
        for (const c of cells) {
          expect(sheet.cell(c.row, c.col)?.value).toBe(c.value);
          expect(sheet.cell(c.row, c.col)?.format).toBe(typeof c.value === 'string' ? '@' : c.percent ? '0"%"' : 'General');
        }
        const given = new Set(cells.map((c) => `${c.row},${c.col}`));
        for (const [key, written] of sheet.cells) if (!given.has(key)) expect(written).toEqual({ value: '', format: 'General' });
        expect(Object.fromEntries(sheet.rowHeights)).toEqual(Object.fromEntries(rowHeights.map((h) => [h.row, h.height])));
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  it('plans names Excel accepts: final names unique among the sheets that remain, temporary names free now', () => {
    const name = fc.constantFrom('集約_達成率', '集約＿達成率', '集約_達成率(2)', 'SHEET1', 'ｓｈｅｅｔ１', 'Sheet1', '集約_提出状況', '①・④・⑤');
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name, ours: fc.boolean() }), { selector: (s) => sheetNameKey(s.name), maxLength: 6 }), fc.subarray(['集約_達成率', '集約_提出状況', 'sheet1'], { minLength: 1 }), fc.boolean(), (existing, wanted, replace) => {
        const plan = placeSheets(wanted, existing.map((e) => ({ name: e.name, names: e.ours ? [DASHBOARD_MARK_NAME] : [] })), replace);
        const book = new SimWorkbook(existing.map((s) => s.name));
        for (const s of plan.sheets) book.addSheet(s.temp);
        for (const d of plan.deletions) expect(existing.find((e) => e.name === d)?.ours).toBe(true);
        const remaining = existing.filter((e) => !plan.deletions.includes(e.name)).map((e) => sheetNameKey(e.name));
        const finals = plan.sheets.map((s) => sheetNameKey(s.final));
        expect(new Set([...remaining, ...finals]).size).toBe(remaining.length + finals.length);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
