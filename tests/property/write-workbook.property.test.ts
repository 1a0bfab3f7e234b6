/**
 * Property test of the writer over whole workbooks: any set of sheets the generators make — names with
 * quotes, spaces and Japanese, cells of any text or number, merged areas, sheet- and workbook-scoped
 * names, tables — is read back by our reader value for value, merge for merge, name for name.
 */
import fc from 'fast-check';
import { toA1, type CellRange } from '../../src/domain/cell-ref';
import { cellAt, cellText } from '../../src/domain/grid';
import type { CellSpec, DefinedName, SheetSpec } from '../../src/domain/sheet-spec';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { writeWorkbook } from '../../src/hosts/xlsx/write-workbook';
import { toAbsoluteRef } from '../../src/hosts/xlsx/write-xml';
import { sheetSpec } from '../helpers/sheet-spec-builder';
import { disjointMerges } from '../helpers/disjoint-merges';

const ROWS = 10;
const COLS = 5;
const SHEET_NAMES = ['計画①', "Bob's", 'a b', '集約_達成率', 'R4', '①・④・⑤', 'x&y', "q'uoted", 'Sheet1', '検証(2)'];
const NAME_POOL = ['BukaiStamp', 'RateAnnual', 'Rate.First', '_hidden', 'Total_2022', 'BukaiDashboard'];

const value = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.constantFrom<CellSpec['value']>('=1+2', ' 端 ', 'a\r\nb', '_x0041_', '<&>"', '𠮷'),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);
const cell = fc.record({ row: fc.nat(ROWS - 1), col: fc.nat(COLS - 1), value });
const range = fc
  .record({ top: fc.nat(ROWS - 1), left: fc.nat(COLS - 1), height: fc.nat(3), width: fc.nat(2) })
  .map(({ top, left, height, width }): CellRange => ({ top, left, bottom: Math.min(ROWS - 1, top + height), right: Math.min(COLS - 1, left + width) }));
const sheet = fc.record({
  cells: fc.array(cell, { maxLength: 30 }),
  merges: fc.array(range, { maxLength: 3 }),
  names: fc.array(fc.record({ name: fc.constantFrom(...NAME_POOL), range, scope: fc.constantFrom<DefinedName['scope']>('sheet', 'workbook') }), { maxLength: 4 }),
});
const workbook = fc.record({
  names: fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3, selector: (n) => n.toLowerCase() }),
  sheets: fc.array(sheet, { minLength: 3, maxLength: 3 }),
});

/**
 * What our reader gives for each cell: XML-forbidden characters dropped, line ends as LF (the reader
 * normalises them; the CR itself is written and other readers keep it); a merged-away cell is empty.
 */
function expected(spec: SheetSpec, row: number, col: number): string {
  if (spec.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left))) return '';
  const last = spec.cells.filter((c) => c.row === row && c.col === col).pop();
  if (!last || last.value === null) return '';
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot carry
  if (typeof last.value === 'string') return last.value.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g, '').replace(/\r\n?/g, '\n');
  return cellText({ kind: 'number', value: last.value });
}

describe('the workbook writer (property)', () => {
  it('writes any workbook of sheets so that our reader gets every value, merge and name back', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async ({ names, sheets }) => {
        const specs = names.map((name, i) => {
          const s = sheets[i]!;
          return sheetSpec(name, { cells: s.cells, merges: disjointMerges(s.merges), names: s.names });
        });
        const read = readXlsx(await writeWorkbook(specs));
        if (!read.ok) throw new Error(read.failure.message);
        expect(read.workbook.sheets.map((g) => g.name)).toEqual(names);

        // Excel keeps one name per scope: the last one given wins.
        const wantedNames = new Map<string, { name: string; ref: string; sheet?: string }>();
        specs.forEach((spec) => {
          for (const n of spec.names) {
            const key = `${n.scope === 'sheet' ? spec.name : ''}|${n.name.toLowerCase()}`;
            wantedNames.set(key, { name: n.name, ref: toAbsoluteRef(spec.name, n.range), ...(n.scope === 'sheet' ? { sheet: spec.name } : {}) });
          }
        });
        const gotNames = (read.workbook.names ?? []).filter((n) => n.name !== '_xlnm.Print_Titles');
        expect([...gotNames].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
          [...wantedNames.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        );

        specs.forEach((spec, i) => {
          const grid = read.workbook.sheets[i]!;
          for (let r = 0; r < ROWS; r++) {
            for (let c = 0; c < COLS; c++) expect(`${spec.name}!${toA1(r, c)} ${cellText(cellAt(grid, r, c))}`).toBe(`${spec.name}!${toA1(r, c)} ${expected(spec, r, c)}`);
          }
          const order = (a: CellRange, b: CellRange) => a.top - b.top || a.left - b.left;
          expect([...grid.merges].sort(order)).toEqual([...spec.merges].sort(order));
        });
      }),
      { seed: 20261201, numRuns: 80 },
    );
  });
});
