/** The small shapes every sheet description shares: a cell range and a colour. */
import { z } from 'zod';

/** A rectangle of cells, zero-based and inclusive. */
export const RangeSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});

/** Colours are "RRGGBB" hex without '#'. */
export const ColorSchema = z.string().regex(/^[0-9A-F]{6}$/);
