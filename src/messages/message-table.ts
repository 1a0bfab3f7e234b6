/** A message table: for every kind and code of the outcome catalog, params in, text out. */
import type { FailureCode, SkipCode, OutcomeCatalog, OutcomeCode, OutcomeKind } from '../domain/outcomes';

export type MessageTable = { readonly [K in OutcomeKind]: { readonly [C in OutcomeCode<K>]: (params: OutcomeCatalog[K][C]) => string } };

/** A read failure's text when another outcome names it by code (internal needs its error text, others ignore it). */
export function failureMessage(table: MessageTable['failure'], code: FailureCode, sheet: string | null, error: string | null): string {
  return code === 'internal' ? table.internal({ sheet, error: error ?? '' }) : table[code]({ sheet });
}

/** A skip reason's text when another outcome names it by code (only few_month_labels counts months). */
export function skipMessage(table: MessageTable['skip'], code: SkipCode, months: number | null): string {
  return code === 'few_month_labels' ? table.few_month_labels({ months: months ?? 0 }) : table[code]({});
}
