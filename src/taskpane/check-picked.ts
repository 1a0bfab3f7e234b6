/**
 * One picked workbook read and validated as 集約 does it (validate-files.ts), without its grids: what a
 * read worker posts to the page, and what the page does itself where there are no workers.
 */
import type { CheckedFile, ReadWorkbookBytes } from '../jobs/consolidate-files';
import { validateFile } from '../jobs/validate-files';

/** The job's source file for a picked File: its name and, as the job records it, its last-modified time. */
export function pickedSource(file: File, bytes: Uint8Array): { name: string; bytes: Uint8Array; modified: string } {
  return { name: file.name, bytes, modified: new Date(file.lastModified).toISOString() };
}

/** Reads and validates one picked file; a file the browser cannot read (removed since it was picked) is an internal failure of that file. */
export async function checkPickedFile(file: File, read: ReadWorkbookBytes, asOf: string | null): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    // Worded as the job words a reader that threw: confined to this file.
    const thrown = String(error);
    return validateFile(pickedSource(file, new Uint8Array(0)), () => {
      throw new Error(thrown);
    }, { asOf });
  }
  const validated = validateFile(pickedSource(file, bytes), read, { asOf });
  // The grids stay here: 集約 needs the models and issues only.
  return validated.ok ? { ok: true, report: validated.report, notices: validated.notices, candidates: validated.candidates } : validated;
}
