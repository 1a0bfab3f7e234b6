/**
 * The picked files' validations as they arrive from the read workers, so that 集約 aggregates file k on
 * the page while the workers read and validate the files after it; where the workers cannot start or
 * fail, the page reads and validates the files not yet done itself.
 */
import type { CheckedFile, ReadWorkbookBytes } from '../jobs/consolidate-files';
import { checkPickedFile, checkRead, internalFailure } from './check-picked';
import type { PaneServices } from './pane-services';

/**
 * From this many files the workers validate too. Below it they post grids and the page validates each as
 * it arrives: a fresh worker compiles the validation code once more, which a few files do not repay.
 */
export const CHECK_IN_WORKERS_FROM = 20;

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
  function arrive(index: number, checked: CheckedFile): void {
    done[index] = checked;
    if (waiting?.index === index) waiting.wake();
  }
  const inWorkers =
    files.length >= CHECK_IN_WORKERS_FROM && services.checkWorkbooks
      ? services.checkWorkbooks(files, asOf, onProgress, arrive)
      : services.readWorkbooks?.(files, onProgress, (index, read) => {
          const file = files[index];
          if (!file) return;
          try {
            arrive(index, checkRead(file, read, asOf));
          } catch (error) {
            arrive(index, internalFailure(file, error));
          }
        });
  let failed = !inWorkers;
  // A failure of the workers (a policy, a failed chunk) wakes whoever waits, who then reads on the page.
  void inWorkers?.catch(() => {
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
      done[index] = await checkPickedFile(file, readOnPage, asOf).catch((error: unknown) => internalFailure(file, error));
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
