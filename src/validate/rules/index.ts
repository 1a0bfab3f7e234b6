/** The rule tables: generic code runs every per-sheet rule, then every rule across the sheets of a group. */
import type { IssueCode } from '../../domain/outcomes';
import type { GroupRule, SheetRule } from '../rule';
import { checkActionWithoutDo } from './check-action-without-do';
import { dateInOtherMonth } from './date-in-other-month';
import { duplicatePlanNumber } from './duplicate-plan-number';
import { errorValueRule } from './error-values';
import { missingCommittee } from './missing-committee';
import { missingFiscalYear } from './missing-fiscal-year';
import { missingPlan } from './missing-plan';
import { planWithoutActivity } from './plan-without-activity';
import { plannedInPast } from './planned-in-past';
import { quarterWithoutDo } from './quarter-without-do';
import { rateMissing } from './rate-missing';
import { readingNotes } from './reading-notes';
import { rateValue } from './rate-value';
import { textAfterAsOf } from './text-after-as-of';
import { unknownPlanTag } from './unknown-plan-tag';

export const SHEET_RULES: readonly SheetRule[] = [
  readingNotes,
  missingCommittee,
  missingFiscalYear,
  missingPlan,
  rateValue,
  rateMissing,
  checkActionWithoutDo,
  dateInOtherMonth,
  plannedInPast,
  textAfterAsOf,
  unknownPlanTag,
  planWithoutActivity,
  quarterWithoutDo,
  { codes: ['cell_error_value'], check: errorValueRule },
];

export const GROUP_RULES: readonly GroupRule[] = [duplicatePlanNumber];

/** Every code a rule may emit. */
export const RULE_CODES: readonly IssueCode[] = [...SHEET_RULES, ...GROUP_RULES].flatMap((r) => r.codes);
