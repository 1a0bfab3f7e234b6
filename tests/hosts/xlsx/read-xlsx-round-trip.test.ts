/** Property: whatever ExcelJS writes (text with awkward characters, numbers, booleans, merges), the reader reads back. */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { cellAt } from '../../../src/domain/grid';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';

const SEED = 4242;

type Value = string | number | boolean;

// Text made of the characters that trip readers: markup, entities, line breaks, Japanese. Not a literal
// "_x000D_": ExcelJS writes it unescaped (Excel writes "_x005F_x000D_"), so it would come back as a line break.
const awkwardText = fc
  .array(fc.constantFrom('計画', '実績', 'Ｐ', '①', '&', '<', '>', '"', "'", '\n', ' ', '_', '%', 'a', '9', '　'), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((t) => t.trim() !== '');
const value: fc.Arbitrary<Value> = fc.oneof(awkwardText, fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.boolean());
const cells = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 }), value), { minLength: 1, maxLength: 40 });

describe('reading back what ExcelJS wrote', () => {
  it('returns every cell value at its position, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(cells, fc.boolean(), async (entries, merge) => {
        const expected = new Map<string, Value>();
        for (const [r, c, v] of entries) expected.set(`${r},${c}`, v);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('状況');
        for (const [key, v] of expected) {
          const [r = 0, c = 0] = key.split(',').map(Number);
          ws.getCell(r + 1, c + 1).value = v;
        }
        if (merge) ws.mergeCells(45, 1, 46, 3);
        const result = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const [grid] = result.workbook.sheets;
        if (!grid) throw new Error('no sheet');
        let count = 0;
        grid.rows.forEach((row) => row?.forEach((cell) => (count += cell ? 1 : 0)));
        expect(count).toBe(expected.size);
        for (const [key, v] of expected) {
          const [r = 0, c = 0] = key.split(',').map(Number);
          const cell = cellAt(grid, r, c);
          if (typeof v === 'string') expect(cell).toEqual({ kind: 'text', text: v.replace(/\r\n?/g, '\n') });
          else if (typeof v === 'boolean') expect(cell).toEqual({ kind: 'boolean', value: v });
          else expect(cell).toEqual({ kind: 'number', value: v });
        }
        expect(grid.merges).toEqual(merge ? [{ top: 44, left: 0, bottom: 45, right: 2 }] : []);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
