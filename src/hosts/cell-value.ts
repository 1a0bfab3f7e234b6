/**
 * Raw cell → grid cell, the one conversion every host uses: a stored value and its number format code
 * become text, a number (percent or not), a date, a boolean or an error. Pure; the xlsx host and the
 * Office host both call it, so a rate reads the same in the pane as in the CLI.
 */
import type { GridCell } from '../domain/grid';

export type NumberFormatKind = 'percent' | 'date' | 'plain';

/** Classifies a format code: quoted text, escapes, fill/space characters and [colour]/[locale] brackets do not count. */
export function classifyFormatCode(code: string): NumberFormatKind {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    // `_x` (space the width of x) and `*x` (fill with x) name a character, not a format token: "#,##0_m".
    .replace(/[_*]./g, '')
    // [Red], [$¥-411], [<=100] are not tokens; [h] [mm] [ss] (elapsed time) are.
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^[\]]*\]/gi, '');
  if (bare.includes('%')) return 'percent';
  if (/general/i.test(bare)) return 'plain';
  // Scientific notation's E+ / E- is an exponent, not the era token e.
  if (/[ymdhsge]/i.test(bare.replace(/E[+-]/gi, ''))) return 'date';
  return 'plain';
}

/** An Excel serial day number to an ISO date (1900 system unless `date1904`); null outside Excel's dates. */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return null;
  // 1899-12-30 absorbs Lotus's phantom 1900-02-29 for every serial after 60; before it, serial 1 is 1900-01-01.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

/** A stored number shown through a format of `kind`: a percentage, a date (when it is one) or a plain number. */
export function numberCell(value: number, kind: NumberFormatKind, date1904: boolean): GridCell {
  if (kind === 'percent') return { kind: 'number', value, percent: true };
  if (kind === 'date') {
    const iso = serialToIsoDate(value, date1904);
    if (iso) return { kind: 'date', iso };
  }
  return { kind: 'number', value };
}

/** What a host read for one cell: its value as the host gives it, and what it knows of its kind. */
export interface RawCell {
  readonly value: string | number | boolean | null | undefined;
  /** The cell's number format code ("0.0%", "yyyy/m/d", "General"). */
  readonly format: string;
  /** The host says the value is an error (#N/A, #REF!…). */
  readonly error?: boolean;
}

/** One raw cell → a grid cell; null when empty. Text keeps its line breaks as "\n". */
export function toGridCell(raw: RawCell, date1904: boolean): GridCell | null {
  const { value } = raw;
  if (value === '' || value === null || value === undefined) return null;
  if (raw.error) return { kind: 'error', code: String(value).trim() };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return numberCell(value, classifyFormatCode(raw.format), date1904);
  return { kind: 'text', text: value.replace(/\r\n?/g, '\n') };
}
