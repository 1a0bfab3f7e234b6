/**
 * One picked workbook read and validated as 集約 does it (validate-files.ts), without its grids: what a
 * read worker posts to the page, and what the page does itself with grids a worker read, or where there
 * are no workers.
 */
import type { CheckedFile, ReadWorkbookBytes } from '../jobs/consolidate-files';
import { validateFile, type FileValidation } from '../jobs/validate-files';
import { segmentWords, wordSegmenter } from '../consolidate/themes/segment-words';
import { DEFAULT_THEMES } from '../consolidate/themes/default-themes';
import { matchThemes, type ThemeTag } from '../consolidate/themes/tag-themes';
import { toMatchers, type ThemeTable } from '../consolidate/themes/theme-table';
import { themeTextsOf } from '../consolidate/themes/sheet-texts';
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

/**
 * Does a validated file's share of 集約_課題's theme work as the file arrives on the page: its CHECK /
 * ACTION texts cut into words (segmentWords) and tagged by the run's table (matchThemes). Done at the end,
 * these were the largest items of the serial tail after the last file (Intl.Segmenter alone ~200 ms at
 * 1,000 plan sheets); file by file they run while the workers read the next files, on a main thread that
 * is otherwise mostly waiting. Texts repeat from file to file (a group copies its wording, year after
 * year), so a run's theme work does each text once and gives it with the first file that has it: a later
 * file's `segmented` and `tagged` lack it, as consolidateFiles expects (it merges every file's into one
 * lookup). `table` must be the one the job is given (null: the shipped DEFAULT_THEMES).
 */
export function themeWorkOnce(table: ThemeTable | null): (checked: CheckedFile) => CheckedFile {
  const segmenter = wordSegmenter();
  const matchers = toMatchers(table ?? DEFAULT_THEMES);
  const seen = new Set<string>();
  return (checked) => {
    if (!checked.ok) return checked;
    try {
      const segmented = new Map<string, readonly string[]>();
      const tagged = new Map<string, ThemeTag[]>();
      for (const c of checked.candidates) {
        for (const text of themeTextsOf(c.sheet)) {
          if (seen.has(text)) continue;
          seen.add(text);
          segmented.set(text, segmentWords(text, segmenter));
          tagged.set(text, matchThemes(text, matchers));
        }
      }
      return { ...checked, segmented, tagged };
    } catch {
      // Only time is lost: the consolidation does what it was not given.
      return checked;
    }
  };
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
