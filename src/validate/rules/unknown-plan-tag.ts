/** unknown_plan_tag: an entry tagged with a plan number the sheet does not cover. */
import { issue, type SheetRule } from '../rule';

/** A warning at the tagged text: 「⑧…」 on a ⑥・⑦ sheet. */
export const unknownPlanTag: SheetRule = {
  codes: ['unknown_plan_tag'],
  check: (sheet) => {
    // Only sheets covering several plans tag their entries; on a single-plan sheet a leading 「②」 is a list
    // bullet (「①受付 ②面談」), not a plan number.
    if (sheet.planNumbers.length < 2) return [];
    return sheet.months.flatMap((b) =>
      b.entries.flatMap((e) =>
        e.planTags
          .filter((tag) => !sheet.planNumbers.includes(tag))
          .map((tag) => issue(sheet, 'unknown_plan_tag', 'warning', (e.do ?? e.check ?? e.action)?.cell ?? null, { tag, plans: sheet.planNumbers.join('・'), month: b.month })),
      ),
    );
  },
};
