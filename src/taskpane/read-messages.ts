/** Messages between the pane and its read workers (read-worker.ts, read-in-workers.ts). */
import type { CheckedFile, ReadWorkbookBytes } from '../jobs/consolidate-files';
import type { ThemeTable } from '../consolidate/themes/theme-table';

/**
 * What reading one workbook gave: its grids or the reader's failure, or what the browser threw when the
 * file itself could not be read (removed since it was picked) — the job words that as an internal failure.
 */
export type WorkbookRead = ReturnType<ReadWorkbookBytes> | { readonly ok: false; readonly thrown: string };

/**
 * Files for one worker to read, each with its place in the pane's list; with `check`, the worker also
 * validates each file as 集約 does and posts its models and issues instead of its grids, with its texts'
 * words and themes by `themes` (the run's table; null: the shipped one).
 */
export interface ReadRequest {
  readonly files: ReadonlyArray<{ readonly index: number; readonly file: File }>;
  readonly check: CheckRequest | null;
}

/** What a worker validates by: the run's 基準日 and 課題テーマ表 (null: the shipped one). */
export interface CheckRequest {
  readonly asOf: string | null;
  readonly themes: ThemeTable | null;
}

/** Results a worker posts at once (grids, or with `check` the files' validations); `last` when it has done all it was given. */
export interface ReadBatch {
  readonly results: ReadonlyArray<{ readonly index: number; readonly result: WorkbookRead | CheckedFile }>;
  readonly last: boolean;
}
