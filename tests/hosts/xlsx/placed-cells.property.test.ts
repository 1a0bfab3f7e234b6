import fc from 'fast-check';
import type { CellSpec, SheetSpec } from '../../../src/domain/sheet-spec';
import { placedCells, type CellOverride, type PlacedCell } from '../../../src/hosts/xlsx/write-sheet-data';
import { sheetSpec } from '../../helpers/sheet-spec-builder';

const SEED = 20261201;

/** What placedCells promises, written the plain way: one cell per position, the last given winning, row-major. */
function reference(spec: SheetSpec, overrides: readonly CellOverride[]): PlacedCell[] {
  const at = new Map<string, PlacedCell>();
  const key = (row: number, col: number): string => `${row}:${col}`;
  for (const c of spec.cells) at.set(key(c.row, c.col), c);
  const given = new Map(at);
  for (const m of spec.merges) {
    const master = at.get(key(m.top, m.left));
    // A master without a style gives its area none; no master at all gives Excel's default (null).
    const style = master ? master.style : null;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) at.set(key(r, c), { row: r, col: c, value: null, style });
  }
  for (const o of overrides) {
    // An override keeps the style of the spec's own cell there (a merge's hidden cell does not count).
    const under = given.get(key(o.row, o.col));
    at.set(key(o.row, o.col), { ...o, style: under ? under.style : null });
  }
  return [...at.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

const cell = fc.record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 6 }), value: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 9 }), fc.constantFrom('計画', '就労部会', '')), style: fc.constantFrom('a', 'b', undefined) });
const merge = fc.record({ top: fc.integer({ min: 0, max: 10 }), left: fc.integer({ min: 0, max: 4 }), height: fc.integer({ min: 0, max: 2 }), width: fc.integer({ min: 0, max: 2 }) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width }));
const override = fc.record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 6 }), value: fc.constantFrom('列1', '列2') });

describe('the cells a sheet is written with', () => {
  it('are one per position, the last given winning, merges and overrides applied, in row-major order, whatever order the cells come in', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), fc.array(merge, { maxLength: 3 }), fc.array(override, { maxLength: 4 }), fc.boolean(), (cells: CellSpec[], merges, overrides, sorted) => {
        // Sorted (stably, repeats kept) is how specs are built; the writer takes a faster path for it.
        const given = sorted ? [...cells].sort((a, b) => a.row - b.row || a.col - b.col) : cells;
        const spec = sheetSpec('S', { cells: given, merges, styles: { a: { bold: true }, b: { italic: true } } });
        expect(placedCells(spec, overrides)).toEqual(reference(spec, overrides));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
