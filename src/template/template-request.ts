/** What the user asks for when creating one standard sheet. */
import * as z from 'zod/mini';
import { PlanNumberSchema } from '../domain/status-sheet';
import { DEFAULT_ROWS_PER_MONTH } from '../domain/template-layout';

export const TemplateRequestSchema = z.object({
  /** Gregorian start year of the fiscal year (令和4年度 → 2022). */
  fiscalYear: z.number().check(z.int()),
  committee: z.string(),
  /** Stored without brackets (雇用啓発WG), shown as 【雇用啓発WG】; null when the committee has none. */
  workingGroup: z.nullable(z.string()),
  /** The circled numbers this one sheet covers (["①","④","⑤"]); may be []. */
  plans: z.array(PlanNumberSchema),
  locale: z._default(z.enum(['ja', 'en']), 'ja'),
  rowsPerMonth: z._default(z.number().check(z.int(), z.gte(1), z.lte(10)), DEFAULT_ROWS_PER_MONTH),
  /** ISO timestamp written into the stamp. */
  createdAt: z.string(),
});
/** The request as callers write it (locale and rowsPerMonth may be omitted). */
export type TemplateRequest = z.input<typeof TemplateRequestSchema>;
/** The request with its defaults filled in. */
export type ResolvedTemplateRequest = z.infer<typeof TemplateRequestSchema>;
