/** The small shapes every sheet description shares: a cell range and a colour. */
import * as z from 'zod/mini';

/** A rectangle of cells, zero-based and inclusive. */
export const RangeSchema = z.object({
  top: z.number().check(z.int(), z.nonnegative()),
  left: z.number().check(z.int(), z.nonnegative()),
  bottom: z.number().check(z.int(), z.nonnegative()),
  right: z.number().check(z.int(), z.nonnegative()),
});

/** Colours are "RRGGBB" hex without '#'. */
export const ColorSchema = z.string().check(z.regex(/^[0-9A-F]{6}$/));
