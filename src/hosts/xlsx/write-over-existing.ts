/**
 * Whether a new workbook may take the place of an existing file without losing anything of it. Our writer
 * writes whole workbooks from SheetSpecs; it never carries another program's parts over. So an existing
 * workbook is replaced only when it is our own dashboard workbook, every sheet of which the new dashboard
 * writes again: every sheet carries the dashboard mark, each is one the new run writes, and the package
 * holds nothing a user could have added (comments, drawings, macros, pivot tables, links, images…).
 */
import { unzipSync } from 'fflate';
import { DASHBOARD_MARK_NAME } from '../../domain/stamp';
import type { ReadFailureCode } from './read-failure';
import { readXlsx } from './read-xlsx';
import { APPLICATION_NAME } from './write-package';

/** Why an existing output may not be replaced: unreadable, sheets not ours, sheets not rewritten, or other parts to keep. */
export type OverwriteProblem =
  | { readonly code: 'unreadable'; readonly failure: ReadFailureCode; readonly sheet: string | null }
  | { readonly code: 'foreign' | 'stale' | 'other'; readonly items: readonly string[] };

export type OverwriteCheck = { readonly ok: true } | { readonly ok: false; readonly problem: OverwriteProblem };

/** Parts any program that saves our dashboard keeps or adds, none of which holds something of the user's. */
const REGENERATED_PARTS = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(core|app|custom)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/calcChain\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/printerSettings\/printerSettings\d+\.bin$/,
];
/** Drawings and charts are ours only while our writer was the last to save the file (docProps/app.xml). */
const OUR_DRAWING_PARTS = [/^xl\/drawings\/drawing\d+\.xml$/, /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/, /^xl\/charts\/chart\d+\.xml$/];

/** Checks that writing sheets named `newSheets` over `existing` would lose nothing; the problem is a code the CLI words. */
export function checkOverwrite(existing: Uint8Array, newSheets: readonly string[]): OverwriteCheck {
  // Only the sheet list and the names are needed: no worksheet is inflated (a 1,000-sheet dashboard is over the reader's row limit).
  const listed = new Set<string>();
  const read = readXlsx(existing, {
    sheets: (name) => {
      listed.add(name);
      return false;
    },
  });
  if (!read.ok) return { ok: false, problem: { code: 'unreadable', failure: read.failure.code, sheet: read.failure.sheet ?? null } };
  const marked = new Set(
    (read.workbook.names ?? []).filter((n) => n.sheet !== undefined && n.name.toLowerCase() === DASHBOARD_MARK_NAME.toLowerCase()).map((n) => (n.sheet ?? '').toLowerCase()),
  );
  const sheets = [...listed];
  const foreign = sheets.filter((name) => !marked.has(name.toLowerCase()));
  if (foreign.length > 0) return { ok: false, problem: { code: 'foreign', items: foreign } };
  const writing = new Set(newSheets.map((n) => n.toLowerCase()));
  const stale = sheets.filter((name) => !writing.has(name.toLowerCase()));
  if (stale.length > 0) return { ok: false, problem: { code: 'stale', items: stale } };

  const names: string[] = [];
  // Listed from the central directory: nothing is inflated.
  unzipSync(existing, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  const ours = writtenByUs(existing);
  // Folder entries ("xl/", as some zip writers add them) hold nothing.
  const other = names.filter((name) => !name.endsWith('/') && !REGENERATED_PARTS.some((p) => p.test(name)) && !(ours && OUR_DRAWING_PARTS.some((p) => p.test(name))));
  if (other.length > 0) return { ok: false, problem: { code: 'other', items: other } };
  return { ok: true };
}

/** Whether our writer was the last to save the package (another program rewrites docProps/app.xml). */
function writtenByUs(bytes: Uint8Array): boolean {
  const app = unzipSync(bytes, { filter: (file) => file.name === 'docProps/app.xml' && file.originalSize < 65_536 })['docProps/app.xml'];
  return app !== undefined && new TextDecoder().decode(app).includes(`<Application>${APPLICATION_NAME}</Application>`);
}
