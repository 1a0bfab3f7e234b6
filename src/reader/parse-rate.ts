/** Achievement rates as written: 100%, 「達成率 50%」, 0.8 with a percent format, 80, "８０％", "80.0%". */
import { cellText, type GridCell } from '../domain/grid';
import { compactLabel } from './match-label';

/** The rate a cell holds (percent points), or null when the cell holds no rate-like value. */
export function parseRateCell(cell: GridCell | null | undefined): { value: number | null; raw: string } | null {
  if (!cell) return null;
  if (cell.kind === 'number') {
    // 0.8 typed into a 0% cell is 80; a bare 0.8 means the same, nobody writes 0.8 %.
    const value = cell.percent || (cell.value > 0 && cell.value < 1) ? cell.value * 100 : cell.value;
    return { value: Math.round(value * 1e6) / 1e6, raw: cellText(cell) };
  }
  if (cell.kind !== 'text') return null;
  return parseRateText(cell.text);
}

/** A rate in text: 「100%」, 「達成率 50%」, 「８０％」, 「80」 → 80; other text → null. */
export function parseRateText(text: string): { value: number | null; raw: string } | null {
  const s = compactLabel(text).replace(/^達成率[:：]?/, '');
  if (s === '') return null;
  const m = /^(-?\d+(?:\.\d+)?)%?$/.exec(s);
  if (m) return { value: Number(m[1]), raw: text.trim() };
  return null;
}

/** Whether a text after 「達成率」 is a rate that could not be read (「約半分」) rather than a comment. */
export function looksLikeRateAttempt(text: string): boolean {
  const s = compactLabel(text);
  return s.length <= 8 && /[%％割]|^約|^\d/.test(s);
}
