/** An issue's text in the user's language, from the one shared message table. */
import type { Issue } from '../../domain/issue';
import { en } from './en';
import { ja } from './ja';

export type Locale = 'ja' | 'en';
const TABLES = { ja, en } as const;

/** The message of an issue; an unknown code falls back to the code itself rather than failing. */
export function formatIssue(issue: Pick<Issue, 'code' | 'params'>, locale: Locale = 'ja'): string {
  const message = TABLES[locale][issue.code];
  return message ? message(issue.params) : issue.code;
}

/** Every issue code that has a message in both languages. */
export const MESSAGE_CODES: readonly string[] = Object.keys(ja);
