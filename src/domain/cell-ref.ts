/** A1 addresses ⇄ zero-based row/column indices, the one place that converts them. */

/** Zero-based coordinates of a cell. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** An inclusive rectangle of cells, zero-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column index (0 → "A", 26 → "AA") to its letters. */
export function toColumnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row/column to an A1 address ("C12"). */
export function toA1(row: number, col: number): string {
  return `${toColumnLetters(col)}${row + 1}`;
}

/** An A1 address ("C12", "$C$12") to zero-based row/column; null when it is not one. */
export function parseA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(digits);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** A range to "A1:C3" (or "A1" for a single cell). */
export function toA1Range(range: CellRange): string {
  const start = toA1(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${toA1(range.bottom, range.right)}`;
}

/** "A1:C3" (or "A1") to a range; null when it is not one. */
export function parseA1Range(text: string): CellRange | null {
  const [first = '', second] = text.split(':');
  const a = parseA1(first);
  const b = second === undefined ? a : parseA1(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
