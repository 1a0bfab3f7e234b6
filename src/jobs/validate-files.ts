/**
 * Job 検証 over submitted files: bytes → workbook → models and issues, one file at a time, a bug in one
 * file confined to it. The CLI's `validate` and the 集約 job (CLI and pane) both go through here.
 */
import type { FileFailure } from '../consolidate/dashboard';
import type { WorkbookGrid } from '../domain/grid';
import type { Issue } from '../domain/issue';
import type { FailureCode } from '../domain/outcomes';
import type { SheetCandidate } from './hidden-sheets';
import { validateGrids, type ValidateOptions, type ValidationReport } from './validate-sheets';

/** A file as the user handed it over: its base name, bytes and (when known) last-modified time. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly modified?: string | undefined;
}

/**
 * Bytes → grids, or a failure by its catalog code (the xlsx host's reader fits this shape). The notices
 * are what the file holds that the grids cannot show (a formula never computed…), by sheet and cell.
 */
export type ReadWorkbookBytes = (
  bytes: Uint8Array,
) => { ok: true; workbook: WorkbookGrid; notices?: readonly Issue[] } | { ok: false; failure: { code: Exclude<FailureCode, 'internal' | 'unavailable'>; sheet?: string | undefined } };

/** One file read and validated, or why it could not be read. */
export type FileValidation =
  | { readonly ok: false; readonly failure: FileFailure }
  | {
      readonly ok: true;
      readonly workbook: WorkbookGrid;
      readonly report: ValidationReport;
      /** What the reader noticed in the file itself (formulas without a value, cut texts). */
      readonly notices: readonly Issue[];
      /** The status sheets, with whether each tab is hidden (hidden copies are resolved by the caller). */
      readonly candidates: ReadonlyArray<SheetCandidate & { fileModified?: string }>;
    };

/** Reads one file and validates its sheets. */
export function validateFile(file: SourceFile, read: ReadWorkbookBytes, options: ValidateOptions): FileValidation {
  let bytes: Uint8Array;
  try {
    bytes = file.bytes;
  } catch {
    // A file read at its turn (the CLI's openSource) that is gone or closed to us by then: that file alone fails.
    return { ok: false, failure: { file: file.name, code: 'unavailable', sheet: null, error: null } };
  }
  let result: ReturnType<ReadWorkbookBytes>;
  try {
    result = read(bytes);
  } catch (error) {
    // The reader classifies bad input itself; anything thrown is a bug, still confined to this file.
    return { ok: false, failure: { file: file.name, code: 'internal', sheet: null, error: String(error) } };
  }
  if (!result.ok) return { ok: false, failure: { file: file.name, code: result.failure.code, sheet: result.failure.sheet ?? null, error: null } };
  const { workbook } = result;
  const report = validateGrids(workbook.sheets, { asOf: options.asOf }, workbook.names);
  const candidates = report.sheets.flatMap((s, i) =>
    s.model ? [{ file: file.name, sheet: s.model, hidden: workbook.sheets[i]?.hidden === true, ...(file.modified ? { fileModified: file.modified } : {}) }] : [],
  );
  return { ok: true, workbook, report, notices: result.notices ?? [], candidates };
}
