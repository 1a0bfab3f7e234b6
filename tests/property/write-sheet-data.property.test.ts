/**
 * Property test of the direct cell writer: any spec — cells in any order, several at one position, any
 * text (markup, control characters, edge spaces, surrogate pairs), any finite number, merged areas — is
 * written so that our reader gets back, at every position, the last value the spec put there.
 */
import fc from 'fast-check';
import type { CellRange } from '../../src/domain/cell-ref';
import { cellAt, cellText } from '../../src/domain/grid';
import type { CellSpec, SheetSpec } from '../../src/domain/sheet-spec';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { sheetSpec } from '../helpers/sheet-spec-builder';
import { addSheets } from '../../src/jobs/sheet-placement';
import { disjointMerges } from '../helpers/disjoint-merges';

const ROWS = 12;
const COLS = 6;
const TEXTS = ['就労部会', '=SUM(A1:A2)', '+81', '@user', '\tタブ', ' 前後 ', 'a & b <c> "d"', '改行\n二行目', '\u0001\u0008制御', '𠮷野家', '', '文字どおり _x0041_ と _x000D_'];

const value = fc.oneof(
  fc.constantFrom<CellSpec['value']>(...TEXTS),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.integer({ min: -1_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);
const cell = fc.record({ row: fc.nat(ROWS - 1), col: fc.nat(COLS - 1), value, style: fc.constantFrom<string | undefined>('boxed', 'pct', undefined, 'unknown') });
const range = fc
  .record({ top: fc.nat(ROWS - 1), left: fc.nat(COLS - 1), height: fc.nat(2), width: fc.nat(2) })
  .map(({ top, left, height, width }): CellRange => ({ top, left, bottom: Math.min(ROWS - 1, top + height), right: Math.min(COLS - 1, left + width) }));

function specOf(cells: CellSpec[], merges: CellRange[]): SheetSpec {
  return sheetSpec('検査', {
    columns: Array.from({ length: COLS }, () => ({ width: 10 })),
    rowHeights: [{ row: ROWS + 2, height: 20 }],
    styles: { boxed: { border: 'thin' }, pct: { numberFormat: '0%' } },
    cells,
    merges,
  });
}

/** What Excel shows for a spec value: XML-forbidden characters dropped, numbers as numbers. */
function expectedText(v: CellSpec['value'], style: string | undefined): string {
  if (v === null) return '';
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot carry
  if (typeof v === 'string') return v.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g, '');
  return cellText({ kind: 'number', value: v, percent: style === 'pct' });
}

describe('the direct cell writer (property)', () => {
  it('writes back, at every position, the last value the spec put there; merged-away cells are empty', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 60 }), fc.array(range, { maxLength: 4 }), async (cells, ranges) => {
        const merges = disjointMerges(ranges);
        const host = await XlsxWorkbookHost.create();
        await addSheets(host, [specOf(cells, merges)]);
        const read = readXlsx(await host.toBytes());
        if (!read.ok) throw new Error(read.failure.message);
        const grid = read.workbook.sheets[0];
        if (!grid) throw new Error('no sheet');
        const hidden = (r: number, c: number) => merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
        for (let r = 0; r < ROWS; r++) {
          for (let c = 0; c < COLS; c++) {
            const last = cells.filter((x) => x.row === r && x.col === c).pop();
            const style = last?.style === 'pct' || last?.style === 'boxed' ? last.style : undefined;
            const expected = hidden(r, c) || !last ? '' : expectedText(last.value, style);
            expect(`${r},${c}: ${cellText(cellAt(grid, r, c))}`).toBe(`${r},${c}: ${expected}`);
          }
        }
        expect([...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual([...merges].sort((a, b) => a.top - b.top || a.left - b.left));
      }),
      { seed: 20261130, numRuns: 100 },
    );
  });
});
