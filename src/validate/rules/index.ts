/** The per-sheet rules, run in this order by generic code. */
import type { Rule } from '../rule';
import { identityRule } from './identity';
import { asOfRule, dateInOtherMonthRule, withoutDoRule } from './months';
import { planActivityRule, quarterRule, unknownTagRule } from './plans';
import { rateDueRule, rateValueRule } from './rates';

export const SHEET_RULES: readonly Rule[] = [
  identityRule,
  rateValueRule,
  rateDueRule,
  withoutDoRule,
  dateInOtherMonthRule,
  asOfRule,
  unknownTagRule,
  planActivityRule,
  quarterRule,
];
