/** A CHECK / ACTION text to tag: its group, plan, month and source cell (the dashboard's comment rows fit). */
import * as z from 'zod/mini';

export const ThemeTextSchema = z.object({
  committee: z.string(),
  workingGroup: z.nullable(z.string()),
  plans: z.string(),
  month: z.number().check(z.int(), z.gte(1), z.lte(12)),
  kind: z.enum(['check', 'action']),
  text: z.string(),
  file: z.string(),
  sheet: z.string(),
  cell: z.nullable(z.string()),
});
export type ThemeText = z.infer<typeof ThemeTextSchema>;

/** One committee / WG: the columns of the theme matrix and the groups of a theme. */
export const ThemeGroupSchema = z.object({ committee: z.string(), workingGroup: z.nullable(z.string()) });
export type ThemeGroup = z.infer<typeof ThemeGroupSchema>;

/** The key of a text's group (a committee without WG is a group of its own). */
export const groupKeyOf = (g: ThemeGroup): string => `${g.committee}\u0000${g.workingGroup ?? ''}`;
