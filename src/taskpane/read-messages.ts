/** Messages between the pane and its read workers (read-worker.ts, read-in-workers.ts). */
import type { CheckedFile, ReadWorkbookBytes } from '../jobs/consolidate-files';

/**
 * What reading one workbook gave: its grids or the reader's failure, or what the browser threw when the
 * file itself could not be read (removed since it was picked) — the job words that as an internal failure.
 */
export type WorkbookRead = ReturnType<ReadWorkbookBytes> | { readonly ok: false; readonly thrown: string };

/**
 * Files for one worker to read, each with its place in the pane's list; with `check`, the worker also
 * validates each file as 集約 does and posts its models and issues instead of its grids.
 */
export interface ReadRequest {
  readonly files: ReadonlyArray<{ readonly index: number; readonly file: File }>;
  readonly check: { readonly asOf: string | null } | null;
}

/** Results a worker posts at once (grids, or with `check` the files' validations); `last` when it has done all it was given. */
export interface ReadBatch {
  readonly results: ReadonlyArray<{ readonly index: number; readonly result: WorkbookRead | CheckedFile }>;
  readonly last: boolean;
}
