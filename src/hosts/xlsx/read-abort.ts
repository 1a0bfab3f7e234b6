/** The one exception the reader throws internally; readXlsx turns it into a failed result. */
import type { ReadFailure } from './read-failure';

/** Stops reading with a classified failure. */
export class ReadAbort extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.message);
  }
}
