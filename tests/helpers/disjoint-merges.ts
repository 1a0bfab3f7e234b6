/** Generated merge ranges reduced to what Excel allows: more than one cell each, none overlapping. */
import type { CellRange } from '../../src/domain/cell-ref';

/** Keeps the ranges, in order, that are more than one cell and overlap none kept before them. */
export function disjointMerges(ranges: readonly CellRange[]): CellRange[] {
  const kept: CellRange[] = [];
  for (const r of ranges) {
    if (r.top === r.bottom && r.left === r.right) continue;
    if (kept.some((k) => r.left <= k.right && k.left <= r.right && r.top <= k.bottom && k.top <= r.bottom)) continue;
    kept.push(r);
  }
  return kept;
}
