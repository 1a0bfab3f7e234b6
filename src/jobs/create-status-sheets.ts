/** Job 作成: the standard sheet(s) of one group, written as new worksheets through any host. */
import * as z from 'zod/mini';
import { PlanNumberSchema } from '../domain/status-sheet';
import type { WorkbookHost } from '../hosts/host';
import { addSheets } from './sheet-placement';
import { renderStatusSheet } from '../template/render-status-sheet';
import { sheetNameFor } from '../template/sheet-name';

export const CreateRequestSchema = z.object({
  fiscalYear: z.number().check(z.int(), z.gte(2019), z.lte(2100)),
  committee: z.string().check(z.trim(), z.minLength(1)),
  workingGroup: z.nullable(z.string().check(z.trim(), z.minLength(1))),
  /** One entry per sheet; each the circled numbers that sheet covers (["①","④","⑤"]). */
  planSheets: z.array(z.array(PlanNumberSchema)).check(z.minLength(1)),
  locale: z._default(z.enum(['ja', 'en']), 'ja'),
  rowsPerMonth: z._default(z.number().check(z.int(), z.gte(1), z.lte(10)), 3),
});
export type CreateRequest = z.input<typeof CreateRequestSchema>;

export interface CreateResult {
  /** The worksheet names actually used, one per requested sheet, in order. */
  readonly sheets: readonly string[];
  /** Sheets whose natural name was taken and got another. */
  readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly used: string }>;
}

/** The names the requested sheets would take in an empty workbook (a UI compares them with the sheets there). */
export function plannedSheetNames(input: CreateRequest): string[] {
  const request = CreateRequestSchema.parse(input);
  const taken: string[] = [];
  for (const plans of request.planSheets) taken.push(sheetNameFor({ plans, locale: request.locale }, taken));
  return taken;
}

/** Renders each requested plan sheet and adds it to the workbook without touching existing sheets. */
export async function createStatusSheets(host: WorkbookHost, input: CreateRequest, now: Date = new Date()): Promise<CreateResult> {
  const request = CreateRequestSchema.parse(input);
  // The host frees clashing names itself, so no round trip is spent listing sheets first.
  const taken: string[] = [];
  const wanted: string[] = [];
  const specs = request.planSheets.map((plans) => {
    const sheetRequest = {
      fiscalYear: request.fiscalYear,
      committee: request.committee,
      workingGroup: request.workingGroup,
      plans,
      locale: request.locale,
      rowsPerMonth: request.rowsPerMonth,
      createdAt: now.toISOString(),
    };
    // Two sheets of one request never share a name (e.g. two 「計画」 sheets without plan numbers).
    const name = sheetNameFor(sheetRequest, taken);
    taken.push(name);
    wanted.push(name);
    return { ...renderStatusSheet(sheetRequest), name };
  });
  const used = await addSheets(host, specs);
  const renamed = used.flatMap((name, i) => (name !== wanted[i] ? [{ wanted: wanted[i] ?? name, used: name }] : []));
  const first = used[0];
  if (first !== undefined) await host.select(first, 'A1');
  return { sheets: used, renamed };
}
