/**
 * The picked files' reads as they arrive from the read workers, so that 集約 checks file k on the page
 * while the workers read the files after it; where the workers cannot start or fail, the page reads the
 * files not yet read itself.
 */
import type { XlsxReadResult } from '../hosts/xlsx/read-xlsx';
import type { PaneServices } from './pane-services';
import type { WorkbookRead } from './read-messages';

/** Reads arriving in any order, awaited one file at a time in the files' order. */
export interface ArrivingReads {
  /** Resolves once file `index` is read (at once past the last file). */
  ready(index: number): Promise<void>;
  /** File `index`'s read, after `ready(index)`. */
  take(index: number): WorkbookRead;
}

/** Starts reading `files` on the workers (when there are any) and returns their reads as they arrive. */
export function readAsTheyArrive(services: PaneServices, files: readonly File[], readOnPage: (bytes: Uint8Array) => XlsxReadResult, onProgress: (done: number) => void): ArrivingReads {
  const reads = new Array<WorkbookRead | undefined>(files.length);
  let waiting: { index: number; wake: () => void } | null = null;
  let failed = !services.readWorkbooks;
  const arrive = (index: number, read: WorkbookRead): void => {
    reads[index] = read;
    if (waiting?.index === index) waiting.wake();
  };
  const onPage = async (index: number): Promise<void> => {
    const file = files[index];
    if (file === undefined || reads[index] !== undefined) return;
    try {
      reads[index] = readOnPage(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      // readXlsx never throws on bad input; a file the browser cannot read (removed since it was picked) can.
      reads[index] = { ok: false, thrown: String(error) };
    }
    onProgress(index + 1);
  };
  // A failure of the workers (a policy, a failed chunk) wakes whoever waits, who then reads on the page.
  void services.readWorkbooks?.(files, onProgress, arrive).catch(() => {
    failed = true;
    waiting?.wake();
  });
  return {
    async ready(index) {
      if (index >= files.length || reads[index] !== undefined) return;
      if (!failed) await new Promise<void>((wake) => (waiting = { index, wake }));
      waiting = null;
      if (reads[index] === undefined) await onPage(index);
    },
    take(index) {
      const read = reads[index];
      if (read === undefined) throw new Error('the file has not been read');
      return read;
    },
  };
}
