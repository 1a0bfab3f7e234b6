/** A thrown error as the pane shows it: a catalog outcome in the pane's language, else the error's own message. */
import type { Outcome } from '../domain/outcomes';
import { formatOutcome } from '../messages/format-outcome';

/** Whether a thrown value carries a catalog outcome (OfficeWriteError does). */
function hasOutcome(e: unknown): e is { outcome: Outcome } {
  const o = (e as { outcome?: { kind?: unknown; code?: unknown } } | null)?.outcome;
  return typeof o === 'object' && o !== null && typeof o.kind === 'string' && typeof o.code === 'string';
}

/** The text of an error caught by a pane job. */
export function errorText(e: unknown, locale: 'ja' | 'en'): string {
  if (hasOutcome(e)) return formatOutcome(e.outcome, locale);
  return e instanceof Error ? e.message : String(e);
}
