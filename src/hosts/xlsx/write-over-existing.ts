/**
 * Whether a new workbook may take the place of an existing file without losing anything of it. Our writer
 * writes whole workbooks from SheetSpecs; it never carries another program's parts over. So an existing
 * workbook is replaced only when it is our own dashboard workbook, every sheet of which the new dashboard
 * writes again: every sheet carries the dashboard mark, each is one the new run writes, and the package
 * holds nothing a user could have added (comments, drawings, macros, pivot tables, links, images…).
 * Charts are ours when our writer saved last, or — after another program (LibreOffice, Excel) saved the
 * dashboard — when each stands on a sheet where the new run draws a chart of the same title, reads only
 * sheets that chart reads, and its drawing holds nothing but charts: a chart or shape the user added is kept.
 */
import { unzipSync } from 'fflate';
import type { SheetSpec } from '../../domain/sheet-spec';
import { DASHBOARD_MARK_NAME } from '../../domain/stamp';
import { readChartParts, type FoundChart } from './read-chart-parts';
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

/** What the check needs of the sheets the new run writes: their names and charts. */
export type NewSheet = Pick<SheetSpec, 'name' | 'charts'>;

/** Checks that writing `newSheets` over `existing` would lose nothing; the problem is a code the CLI words. */
export function checkOverwrite(existing: Uint8Array, newSheets: readonly NewSheet[]): OverwriteCheck {
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
  const writing = new Set(newSheets.map((n) => n.name.toLowerCase()));
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
  const chartParts = ours ? null : ourChartParts(existing, newSheets);
  // Folder entries ("xl/", as some zip writers add them) hold nothing.
  const other = names.filter(
    (name) => !name.endsWith('/') && !REGENERATED_PARTS.some((p) => p.test(name)) && !(ours && OUR_DRAWING_PARTS.some((p) => p.test(name))) && !chartParts?.has(name.toLowerCase()),
  );
  if (other.length > 0) return { ok: false, problem: { code: 'other', items: other } };
  return { ok: true };
}

/** Whether our writer was the last to save the package (another program rewrites docProps/app.xml). */
function writtenByUs(bytes: Uint8Array): boolean {
  const app = unzipSync(bytes, { filter: (file) => file.name === 'docProps/app.xml' && file.originalSize < 65_536 })['docProps/app.xml'];
  return app !== undefined && new TextDecoder().decode(app).includes(`<Application>${APPLICATION_NAME}</Application>`);
}

/**
 * The drawing and chart parts (lower case) of charts the new run draws again: per sheet, each chart found is
 * matched to one not yet matched chart the new run puts on that sheet with the same title, and may read only
 * the sheets that chart reads. A drawing holding a shape or picture, or an unmatched chart, keeps its parts
 * out of the set (so the file is refused and those parts named).
 */
function ourChartParts(existing: Uint8Array, newSheets: readonly NewSheet[]): Set<string> {
  const allowed = new Set<string>();
  const bySheet = new Map(newSheets.map((s) => [s.name.toLowerCase(), s]));
  let sheets: ReturnType<typeof readChartParts>;
  try {
    sheets = readChartParts(existing);
  } catch {
    // A package whose drawings cannot be read has nothing we recognise: every drawing part is named.
    return allowed;
  }
  for (const found of sheets) {
    const spec = bySheet.get(found.sheet.toLowerCase());
    if (!spec || found.charts.length === 0 || found.foreignDrawings.length > 0) continue;
    const expected = (spec.charts ?? []).map((c) => ({ title: c.title ?? null, sheets: chartSheets(c, spec.name), used: false }));
    const matched = found.charts.filter((chart) => {
      const match = expected.find((e) => !e.used && e.title !== null && e.title === chart.title && readsOnly(chart, e.sheets));
      if (match) match.used = true;
      return match !== undefined;
    });
    // A drawing is replaced whole: it is ours only when every chart on it is.
    if (matched.length !== found.charts.length) continue;
    for (const part of found.drawings) allowed.add(part);
    for (const chart of matched) for (const part of [chart.part, ...chart.companions]) allowed.add(part);
  }
  return allowed;
}

/** The sheets (lower case) a chart of the new run reads. */
function chartSheets(chart: NonNullable<SheetSpec['charts']>[number], own: string): Set<string> {
  const ranges = [chart.categories, ...chart.series.map((s) => s.values), ...(chart.threshold ? [chart.threshold.values] : [])];
  return new Set(ranges.map((r) => (r.sheet ?? own).toLowerCase()));
}

function readsOnly(chart: FoundChart, sheets: ReadonlySet<string>): boolean {
  return chart.onlyStyles && !chart.otherReferences && chart.sheets.length > 0 && chart.sheets.every((s) => sheets.has(s));
}
