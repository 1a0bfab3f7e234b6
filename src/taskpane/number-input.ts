/** What a clerk typed into a number field, read as they meant it: full-width digits, 令和 years, a range. */
import { parseFiscalYear } from '../domain/fiscal-calendar';

export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

export type NumberInput = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: 'empty' | 'not_a_number' | 'out_of_range' };

/** Reads a whole number in range; `fiscalYear` also accepts 令和5 / R5 / 令和5年度 / 2023年度. */
export function readNumberInput(text: string, range: NumberRange, kind: 'number' | 'fiscalYear' = 'number'): NumberInput {
  const s = text.normalize('NFKC').replace(/[\s,]/g, '').replace(/[%％]$/, '');
  if (s === '') return { ok: false, problem: 'empty' };
  const value = /^[+-]?\d+$/.test(s) ? Number(s) : kind === 'fiscalYear' ? parseFiscalYear(s) : null;
  if (value === null || !Number.isSafeInteger(value)) return { ok: false, problem: 'not_a_number' };
  if (value < range.min || value > range.max) return { ok: false, problem: 'out_of_range' };
  return { ok: true, value };
}
