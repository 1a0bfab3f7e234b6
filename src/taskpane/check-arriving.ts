/**
 * The picked files' validations as they arrive from the read workers, so that 集約 aggregates file k on
 * the page while the workers read and validate the files after it; where the workers cannot start or
 * fail, the page reads and validates the files not yet done itself.
 */
import type { CheckedFile, ReadWorkbookBytes } from '../jobs/consolidate-files';
import { checkPickedFile } from './check-picked';
import type { PaneServices } from './pane-services';

/** Validations arriving in any order, awaited one file at a time in the files' order. */
export interface ArrivingChecks {
  /** Resolves once file `index` is done (at once past the last file). */
  ready(index: number): Promise<void>;
  /** File `index`'s validation, after `ready(index)`. */
  take(index: number): CheckedFile;
}

/** Starts checking `files` on the workers (when there are any) and returns their validations as they arrive. */
export function checkAsTheyArrive(services: PaneServices, files: readonly File[], asOf: string | null, readOnPage: ReadWorkbookBytes, onProgress: (done: number) => void): ArrivingChecks {
  const done = new Array<CheckedFile | undefined>(files.length);
  let waiting: { index: number; wake: () => void } | null = null;
  let failed = !services.checkWorkbooks;
  const arrive = (index: number, checked: CheckedFile): void => {
    done[index] = checked;
    if (waiting?.index === index) waiting.wake();
  };
  // A failure of the workers (a policy, a failed chunk) wakes whoever waits, who then reads on the page.
  void services.checkWorkbooks?.(files, asOf, onProgress, arrive).catch(() => {
    failed = true;
    waiting?.wake();
  });
  return {
    async ready(index) {
      const file = files[index];
      if (file === undefined || done[index] !== undefined) return;
      if (!failed) await new Promise<void>((wake) => (waiting = { index, wake }));
      waiting = null;
      if (done[index] !== undefined) return;
      done[index] = await checkPickedFile(file, readOnPage, asOf);
      onProgress(index + 1);
    },
    take(index) {
      const checked = done[index];
      if (checked === undefined) throw new Error('the file has not been read');
      // Let go once taken: the job keeps what it needs of it.
      done[index] = undefined;
      return checked;
    },
  };
}
