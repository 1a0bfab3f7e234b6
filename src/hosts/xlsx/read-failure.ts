/** Why a file could not be read: a failure code of the outcome catalog, with the sheet it concerns. */
import type { FailureCode } from '../../domain/outcomes';
import { formatOutcome } from '../../messages/format-outcome';

export type ReadFailureCode = Exclude<FailureCode, 'internal' | 'unavailable'>;

export interface ReadFailure {
  readonly code: ReadFailureCode;
  /** The failure in Japanese, for logs and errors thrown by tools; a UI words `code` in its own language. */
  readonly message: string;
  readonly detail?: string;
  /** The worksheet the failure is about, when it is about one. */
  readonly sheet?: string;
}

/** A failure of the given code, with an optional technical detail and the sheet it concerns. */
export function failure(code: ReadFailureCode, detail?: string, sheet?: string): ReadFailure {
  const message = formatOutcome({ kind: 'failure', code, params: { sheet: sheet ?? null } });
  return { code, message, ...(detail === undefined ? {} : { detail }), ...(sheet === undefined ? {} : { sheet }) };
}
