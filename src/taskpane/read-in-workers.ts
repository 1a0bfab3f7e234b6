/**
 * Reads the picked workbooks on two Web Workers (read-worker.ts): the page's main thread only receives
 * grids, so the pane stays responsive, and two files are read at once on a machine with two cores.
 */
import type { CheckedFile } from '../jobs/consolidate-files';
import type { ReadBatch, ReadRequest, WorkbookRead } from './read-messages';

/** Workers at most: the pane's machines have 2–8 cores, and Excel itself needs one. */
const MAX_WORKERS = 2;

/** Starts one read worker (Vite bundles read-worker.ts as its own file, allowed by the pane's CSP 'self'). */
export function spawnReadWorker(): Worker {
  return new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'bukai-read' });
}

/** Workers started ahead of a run and kept between runs: starting one and loading its reader costs ~100 ms. */
const idle: Worker[] = [];

const workerCount = (files: number): number => Math.max(1, Math.min(MAX_WORKERS, files, navigator.hardwareConcurrency || 1));

/** Starts the workers while the clerk is still choosing files, so pressing 集約 does not wait for them. */
export function warmReadWorkers(spawn: () => Worker = spawnReadWorker): void {
  while (idle.length < workerCount(MAX_WORKERS)) idle.push(spawn());
}

/** How often at most the page is told how many files are read: a React render per file was a frame each. */
const PROGRESS_MS = 100;

/**
 * Reads every file, handing each read to `onRead` as it arrives and reporting how many are done at most
 * every ~100 ms and at the end; results in the files' order.
 */
export function readInWorkers(files: readonly File[], onProgress: (done: number) => void, onRead?: (index: number, read: WorkbookRead) => void, spawn: () => Worker = spawnReadWorker, silentMs = SILENT_WORKER_MS): Promise<WorkbookRead[]> {
  return runInWorkers<WorkbookRead>(files, null, onProgress, onRead, spawn, silentMs);
}

/**
 * A worker that has said nothing for this long while it still has files is taken for dead: one that is
 * killed (out of memory, a crashed process) fires no error event, and the pane would wait forever. A
 * submission is read and validated in well under a second; the page then does the files left itself.
 */
export const SILENT_WORKER_MS = 30_000;

/**
 * Reads and validates every file as 集約 does (check-picked.ts), handing each file's validation to
 * `onChecked` as it arrives, so the page aggregates file k while the workers do the next ones.
 */
export function checkInWorkers(files: readonly File[], asOf: string | null, onProgress: (done: number) => void, onChecked?: (index: number, checked: CheckedFile) => void, spawn: () => Worker = spawnReadWorker, silentMs = SILENT_WORKER_MS): Promise<CheckedFile[]> {
  return runInWorkers<CheckedFile>(files, { asOf }, onProgress, onChecked, spawn, silentMs);
}

/**
 * Files a worker has in hand at once. The files are dealt as the workers finish them, not split ahead:
 * on a machine shared with Excel and everything else, one worker is often slowed, and half the files
 * fixed to it ahead made the run wait for it. Two in hand so a worker never waits for the page's answer.
 */
const IN_HAND = 2;

function runInWorkers<T extends ReadBatch['results'][number]['result']>(
  files: readonly File[],
  check: ReadRequest['check'],
  onProgress: (done: number) => void,
  onResult: ((index: number, result: T) => void) | undefined,
  spawn: () => Worker,
  silentMs: number,
): Promise<T[]> {
  const count = workerCount(files.length);
  const results: T[] = new Array<T>(files.length);
  let next = 0;
  let done = 0;
  let told = -Infinity;
  const workers: Worker[] = [];
  // When each worker last answered, and how to fail it: one timer looks at them all now and then, as
  // a timer reset at every file cost the page more than the check is worth.
  const heard: number[] = [];
  const inHandOf: number[] = [];
  const fail: Array<(error: Error) => void> = [];
  const watch = setInterval(() => {
    for (const [w, at] of heard.entries()) if ((inHandOf[w] ?? 0) > 0 && performance.now() - at > silentMs) fail[w]?.(new Error(`read worker: silent for ${silentMs} ms`));
  }, Math.min(1_000, silentMs / 3));
  const finished = Array.from(
    { length: count },
    (_, w) =>
      new Promise<void>((resolve, reject) => {
        const worker = idle.pop() ?? spawn();
        workers.push(worker);
        fail[w] = reject;
        heard[w] = performance.now();
        const deal = (): void => {
          let inHand = inHandOf[w] ?? 0;
          while (inHand < IN_HAND && next < files.length) {
            const index = next++;
            const file = files[index];
            if (file === undefined) continue;
            inHand++;
            worker.postMessage({ files: [{ index, file }], check } satisfies ReadRequest);
          }
          inHandOf[w] = inHand;
          if (inHand === 0) resolve();
        };
        worker.onmessage = (event: MessageEvent<ReadBatch>) => {
          heard[w] = performance.now();
          for (const { index, result } of event.data.results) {
            // The worker answers in the kind it was asked for (`check`).
            results[index] = result as T;
            onResult?.(index, result as T);
            inHandOf[w] = (inHandOf[w] ?? 1) - 1;
          }
          done += event.data.results.length;
          if (done === files.length || performance.now() - told >= PROGRESS_MS) {
            told = performance.now();
            onProgress(done);
          }
          deal();
        };
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new Error(`read worker: ${event.message}`));
        };
        deal();
      }),
  );
  return Promise.all(finished).then(
    () => {
      clearInterval(watch);
      // Back to the pool for the next run; a worker holds only its reader between runs.
      idle.push(...workers);
      return results;
    },
    (error: unknown) => {
      clearInterval(watch);
      for (const worker of workers) worker.terminate();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
  );
}
