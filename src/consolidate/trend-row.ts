/** A row of 集約_経年: one plan across fiscal years, its rates per year, last year's ACTIONs and this year's PLAN. */
import * as z from 'zod/mini';
import { TREND_PARAMS, type Outcome } from '../domain/outcomes';

const Rate = z.nullable(z.number().check(z.int(), z.gte(0), z.lte(100)));

/** One year's sheet of the plan: its three rates and where it came from. */
export const TrendYearSchema = z.object({
  year: z.number().check(z.int()),
  firstHalf: Rate,
  secondHalf: Rate,
  annual: Rate,
  file: z.string(),
  sheet: z.string(),
});
export type TrendYear = z.infer<typeof TrendYearSchema>;

/** A text of a sheet, with its month (an ACTION) or its plan label (a PLAN: 「①」, 「【第1四半期計画】」), and its cell. */
export const TrendTextSchema = z.object({ month: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(12))), label: z.string(), text: z.string(), file: z.string(), sheet: z.string(), cell: z.nullable(z.string()) });
export type TrendText = z.infer<typeof TrendTextSchema>;

export const TrendRowSchema = z.object({
  /** The committee as the latest year's sheet writes it. */
  committee: z.string(),
  committeeCanonical: z.string(),
  workingGroup: z.nullable(z.string()),
  plans: z.array(z.string()),
  /** The years this plan has a sheet in, oldest first. */
  years: z.array(TrendYearSchema),
  /** The ACTIONs of the plan's sheet in the year before the latest, in month order. */
  previousActions: z.array(TrendTextSchema),
  /** The PLAN texts of the plan's sheet in the latest year (label 「①」 or 「①【第1四半期計画】」). */
  plan: z.array(TrendTextSchema),
  /** Why the row is not one plan matched over every year (worded when rendered). */
  notes: z.array(z.object({ kind: z.literal('trend'), code: z.enum(Object.keys(TREND_PARAMS) as [keyof typeof TREND_PARAMS]), params: z.unknown() })),
});
/** The row; its notes typed by the outcome catalog. */
export type TrendRow = Omit<z.infer<typeof TrendRowSchema>, 'notes'> & { notes: Array<Outcome<'trend'>> };
