/**
 * One picked workbook read and validated as 集約 does it (validate-files.ts), without its grids: what a
 * read worker posts to the page, and what the page does itself with grids a worker read, or where there
 * are no workers.
 */
import type { CheckedFile, ReadWorkbookBytes } from '../jobs/consolidate-files';
import { validateFile, type FileValidation } from '../jobs/validate-files';
import type { WorkbookRead } from './read-messages';

/** The job's source file for a picked File: its name and, as the job records it, its last-modified time. */
export function pickedSource(file: File, bytes: Uint8Array): { name: string; bytes: Uint8Array; modified: string } {
  return { name: file.name, bytes, modified: new Date(file.lastModified).toISOString() };
}

// The grids stay behind: 集約 needs the models and issues only.
const withoutGrids = (v: FileValidation): CheckedFile => (v.ok ? { ok: true, report: v.report, notices: v.notices, candidates: v.candidates } : v);

/** A bug met while validating a file, confined to that file and worded as the job words an internal failure (a worker must still answer for it). */
export function internalFailure(file: File, error: unknown): CheckedFile {
  return { ok: false, failure: { file: file.name, code: 'internal', sheet: null, error: String(error) } };
}

/** Validates grids already read (a `thrown` read — the browser could not give the bytes — is an internal failure of that file, as the job words a reader that threw). */
export function checkRead(file: File, read: WorkbookRead, asOf: string | null): CheckedFile {
  return withoutGrids(
    validateFile(pickedSource(file, new Uint8Array(0)), () => {
      if ('thrown' in read) throw new Error(read.thrown);
      return read;
    }, { asOf }),
  );
}

/** Reads and validates one picked file. */
export async function checkPickedFile(file: File, read: ReadWorkbookBytes, asOf: string | null): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    // A file removed since it was picked.
    return checkRead(file, { ok: false, thrown: String(error) }, asOf);
  }
  return withoutGrids(validateFile(pickedSource(file, bytes), read, { asOf }));
}
