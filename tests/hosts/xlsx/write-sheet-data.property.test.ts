import fc from 'fast-check';
import { ByteSink } from '../../../src/hosts/xlsx/byte-sink';
import { rowHeightColumns, toColumns, writeSheetData } from '../../../src/hosts/xlsx/write-sheet-data';
import { SharedStringTable } from '../../../src/hosts/xlsx/write-shared-strings';

const SEED = 20230418;

/** The <row> elements of written sheet data, in order: row number (1-based) and height, if any. */
function writtenRows(cells: Array<{ row: number; col: number }>, rowHeights: Array<{ row: number; height: number }>, chunkBytes: number): Array<[number, number | null]> {
  const out = new ByteSink(64);
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  const placed = cells.map((c) => ({ ...c, value: `v${c.row}-${c.col}` }));
  for (const chunk of writeSheetData(out, [toColumns(placed)], () => 0, rowHeightColumns(rowHeights), new SharedStringTable(), chunkBytes)) chunks.push(decoder.decode(chunk));
  chunks.push(decoder.decode(out.handOff()));
  return [...chunks.join('').matchAll(/<row r="(\d+)"(?: ht="([\d.]+)" customHeight="1")?>/g)].map((m) => [Number(m[1]), m[2] === undefined ? null : Number(m[2])]);
}

describe('the rows of written sheet data', () => {
  it('are every row with a cell or a height, once each, in order, each height on its row (a later height of one row winning)', () => {
    const position = fc.record({ row: fc.integer({ min: 0, max: 40 }), col: fc.integer({ min: 0, max: 4 }) });
    const height = fc.record({ row: fc.integer({ min: 0, max: 45 }), height: fc.integer({ min: 15, max: 400 }) });
    fc.assert(
      fc.property(fc.uniqueArray(position, { selector: (p) => p.row * 16 + p.col, maxLength: 60 }), fc.array(height, { maxLength: 25 }), fc.constantFrom(16, 1 << 20), (positions, rowHeights, chunkBytes) => {
        const cells = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
        const heights = new Map(rowHeights.map((h) => [h.row, h.height]));
        const expected = [...new Set([...cells.map((c) => c.row), ...heights.keys()])].sort((a, b) => a - b).map((r): [number, number | null] => [r + 1, heights.get(r) ?? null]);
        expect(writtenRows(cells, rowHeights, chunkBytes)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('sheet data given in blocks', () => {
  it('refuses cells out of row-major order across two blocks, naming where', () => {
    const block = (row: number, col: number) => toColumns([{ row, col, value: 'x' }]);
    const write = (): void => {
      for (const chunk of writeSheetData(new ByteSink(64), [block(3, 1), block(3, 0)], () => 0, rowHeightColumns([]), new SharedStringTable(), 1 << 20)) void chunk;
    };
    expect(write).toThrow('row 4, column 1');
  });
});
