/** An outcome's text in the user's language, from the one pair of message tables. */
import type { Issue } from '../domain/issue';
import type { Outcome } from '../domain/outcomes';
import { en } from './en';
import { ja } from './ja';
import type { MessageTable } from './message-table';

export type Locale = 'ja' | 'en';
export const MESSAGES: Readonly<Record<Locale, MessageTable>> = { ja, en };

/** The message of any outcome of the catalog. */
export function formatOutcome(outcome: Outcome, locale: Locale = 'ja'): string {
  // The table is total over the catalog (checked where it is written); the kind and code pick one function.
  const table = MESSAGES[locale][outcome.kind] as Record<string, (params: unknown) => string>;
  const message = table[outcome.code];
  if (!message) throw new Error(`no ${locale} message for ${outcome.kind}.${outcome.code}`);
  return message(outcome.params);
}

/** The message of an issue (an issue is an outcome of kind 'issue' with a sheet, a cell and a severity). */
export function formatIssue(issue: Pick<Issue, 'code' | 'params'>, locale: Locale = 'ja'): string {
  return formatOutcome({ kind: 'issue', code: issue.code, params: issue.params } as Outcome<'issue'>, locale);
}
