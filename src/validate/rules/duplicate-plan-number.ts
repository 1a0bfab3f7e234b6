/** duplicate_plan_number: the same plan number on two sheets of one group and year. */
import type { Issue } from '../../domain/issue';
import type { StatusSheet } from '../../domain/status-sheet';
import { groupKey } from '../../domain/committee-names';
import { issue, type GroupRule } from '../rule';

/** An error on the second and later sheets that repeat a plan number of their group (暮らし部会 = くらし部会). */
export const duplicatePlanNumber: GroupRule = {
  codes: ['duplicate_plan_number'],
  check: (sheets) => {
    const seen = new Map<string, StatusSheet>();
    const out: Issue[] = [];
    for (const sheet of sheets) {
      if (!sheet.committee) continue;
      const group = `${groupKey(sheet.committeeCanonical ?? sheet.committee.value, sheet.workingGroup?.value ?? null)}|${sheet.fiscalYear?.value ?? ''}`;
      for (const plan of sheet.planNumbers) {
        const first = seen.get(`${group}|${plan}`);
        if (first && first !== sheet) out.push(issue(sheet, 'duplicate_plan_number', 'error', sheet.planNumbersCell, { plan, other: first.sheetName }));
        else seen.set(`${group}|${plan}`, sheet);
      }
    }
    return out;
  },
};
