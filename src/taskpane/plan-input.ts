/** The plan-number field of 作成: 「①・④・⑤,②・③」 → the plan numbers of each sheet, each number once. */
import { isCircled, parsePlanNumberList } from '../domain/plan-number';
import { parsePlanSheets } from '../template/render-status-sheet';

export type PlanInput =
  | { readonly ok: true; readonly planSheets: string[][] }
  | { readonly ok: false; readonly problem: 'invalid' }
  | { readonly ok: false; readonly problem: 'duplicate'; readonly plan: string };

/** Every number as written, repeats kept: the shared parser folds 「①・①」 into ① without a word. */
function writtenNumbers(text: string): string[] {
  return text
    .split(/[,、，・\s]+/)
    .filter(Boolean)
    .flatMap((token) => ([...token].every(isCircled) ? [...token] : [token]))
    .flatMap((token) => parsePlanNumberList(token) ?? []);
}

/** Reads the plan numbers; a number given twice (「①,①」, 「①・①」) is refused, naming the number. */
export function readPlanInput(text: string): PlanInput {
  const planSheets = parsePlanSheets(text);
  if (planSheets === null || planSheets.length === 0) return { ok: false, problem: 'invalid' };
  const seen = new Set<string>();
  for (const plan of writtenNumbers(text)) {
    if (seen.has(plan)) return { ok: false, problem: 'duplicate', plan };
    seen.add(plan);
  }
  return { ok: true, planSheets };
}
