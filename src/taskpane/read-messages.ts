/** Messages between the pane and its read workers (read-worker.ts, read-in-workers.ts). */
import type { ReadWorkbookBytes } from '../jobs/consolidate-files';

/** What reading one workbook gave: its grids, or a failure with a Japanese message. */
export type WorkbookRead = ReturnType<ReadWorkbookBytes>;

/** Files for one worker to read, each with its place in the pane's list. */
export interface ReadRequest {
  readonly files: ReadonlyArray<{ readonly index: number; readonly file: File }>;
}

/** Results a worker posts at once; `last` when it has read all it was given. */
export interface ReadBatch {
  readonly results: ReadonlyArray<{ readonly index: number; readonly result: WorkbookRead }>;
  readonly last: boolean;
}
