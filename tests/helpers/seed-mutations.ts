/** Clerk-like damage to the FY2022 seed rows, shared by the property tests of the reader and validator. */
import fc from 'fast-check';

/** One edit: what to do, at which row (modulo the row count) and, for a blank, which column. */
export type SeedEdit = readonly ['delete' | 'blank' | 'shift' | 'brackets' | 'halfwidth' | 'duplicate', number, number];

/** Random edits: rows deleted or duplicated, cells blanked, rows shifted left, brackets swapped either way. */
export function seedEdits(maxLength: number): fc.Arbitrary<SeedEdit[]> {
  return fc.array(fc.tuple(fc.constantFrom('delete', 'blank', 'shift', 'brackets', 'halfwidth', 'duplicate'), fc.nat(), fc.nat({ max: 5 })), { maxLength });
}

/** A copy of the rows with the edits applied in order. */
export function mutateRows(source: readonly (readonly string[])[], edits: readonly SeedEdit[]): string[][] {
  const rows = source.map((r) => [...r]);
  for (const [kind, at, col] of edits) {
    const r = rows.length === 0 ? 0 : at % rows.length;
    const row = rows[r];
    if (!row) continue;
    if (kind === 'delete') rows.splice(r, 1);
    // Only cells the row has: writing past its end would leave holes no real grid has.
    else if (kind === 'blank') {
      if (col < row.length) row[col] = '';
    }
    else if (kind === 'shift') row.shift();
    else if (kind === 'duplicate') rows.splice(r, 0, [...row]);
    else if (kind === 'brackets') rows[r] = row.map((c) => c.replace(/\(/g, '（').replace(/\)/g, '）').replace(/【/g, '[').replace(/】/g, ']'));
    else rows[r] = row.map((c) => c.replace(/（/g, '(').replace(/）/g, ')'));
  }
  return rows;
}
