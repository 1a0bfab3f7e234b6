/**
 * A focused .xlsx reader: bytes → WorkbookGrid. It inflates only the parts a status sheet needs
 * (workbook, its relationships, shared strings, styles and the wanted worksheets) and scans them for
 * values, merges and the number formats that mark percentages and dates. Runs in Node and the browser;
 * never throws on bad input: every failure is classified with a Japanese message that says what to do.
 */
import type { WorkbookGrid, Grid } from '../../domain/grid';
import type { Issue } from '../../domain/issue';
import { detectContainer } from './read-container-kind';
import { failure, type ReadFailure } from './read-failure';
import { ReadAbort } from './read-abort';
import { readStyleKinds } from './read-number-formats';
import { XlsxPackage, readRelationships, relationshipsPartOf } from './read-package';
import { readWorksheet, type SheetNotes, type WorkbookContext } from './read-worksheet';
import { readSharedStrings } from './read-string-items';
import { decodeXmlText, forEachElement, readAttributes, startTags } from './read-xml-text';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './xlsx-limits';

export type { ReadFailure, ReadFailureCode } from './read-failure';
/**
 * A read workbook, and what its file holds that Excel would show otherwise (formulas never computed,
 * texts over Excel's cell limit), as warnings with their sheet and cell.
 */
export type XlsxReadResult = { ok: true; workbook: WorkbookGrid; notices: Issue[] } | { ok: false; failure: ReadFailure };

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  /** Reads only the worksheets whose name passes (the others are listed by name only, never inflated). */
  readonly sheets?: (name: string) => boolean;
}

const ROOT_RELS = '_rels/.rels';
const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** Reads a workbook's values and merges; never throws. */
export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): XlsxReadResult {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  try {
    const notices: Issue[] = [];
    return { ok: true, workbook: readOrAbort(bytes, limits, options.sheets, notices), notices };
  } catch (error) {
    if (error instanceof ReadAbort) return { ok: false, failure: error.failure };
    // Anything else is a structure we did not expect (a RangeError from a corrupt part, say).
    return { ok: false, failure: failure('malformed_xml', error instanceof Error ? error.message : String(error)) };
  }
}

function readOrAbort(bytes: Uint8Array, limits: ReadLimits, wanted: ((name: string) => boolean) | undefined, notices: Issue[]): WorkbookGrid {
  if (bytes.length > limits.maxFileBytes) throw new ReadAbort(failure('too_large', `${bytes.length} bytes > ${limits.maxFileBytes}`));
  const kind = detectContainer(bytes);
  if (kind === 'encrypted') throw new ReadAbort(failure('encrypted'));
  if (kind === 'legacy_xls') throw new ReadAbort(failure('legacy_xls'));
  if (kind !== 'zip') throw new ReadAbort(failure('not_xlsx'));

  const pkg = new XlsxPackage(bytes, limits);
  // The usual names in one pass over the zip; the package's own relationships win when they name another part.
  pkg.inflate([ROOT_RELS, DEFAULT_WORKBOOK, relationshipsPartOf(DEFAULT_WORKBOOK)]);
  const officeDocument = [...readRelationships(pkg.text(ROOT_RELS), '').values()].find((r) => r.type === 'officeDocument')?.target;
  let workbookPart = officeDocument ?? DEFAULT_WORKBOOK;
  // A binary workbook (.xlsb) is a zip too: it must be saved as .xlsx, not merely saved again.
  if (/\.bin$/i.test(workbookPart) || (!pkg.has(DEFAULT_WORKBOOK) && pkg.has('xl/workbook.bin'))) throw new ReadAbort(failure('xlsb'));
  let workbookXml = pkg.text(workbookPart);
  if (workbookXml === null && workbookPart !== DEFAULT_WORKBOOK) workbookXml = pkg.text((workbookPart = DEFAULT_WORKBOOK));
  if (workbookXml === null) {
    // An OpenDocument spreadsheet is a zip too, told to be saved as .xlsx like the .xlsb above.
    if (pkg.has('content.xml') && /opendocument\.spreadsheet/.test(pkg.text('mimetype') ?? '')) throw new ReadAbort(failure('ods'));
    throw new ReadAbort(failure('no_workbook'));
  }
  if (!/<(?:\w+:)?workbook\b/.test(workbookXml)) throw new ReadAbort(failure('malformed_xml', `${workbookPart}: no <workbook> element`));

  const relationships = readRelationships(pkg.text(relationshipsPartOf(workbookPart)), workbookPart);
  const sheetRefs = readSheetRefs(workbookXml);
  if (sheetRefs.length > limits.maxSheets) throw new ReadAbort(failure('too_many_sheets', `${sheetRefs.length} > ${limits.maxSheets}`));

  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const partOfType = (type: string, fallback: string): string => [...relationships.values()].find((r) => r.type === type)?.target ?? folder + fallback;
  const sheetParts = sheetRefs.map((ref) => (wanted && !wanted(ref.name) ? null : (relationships.get(ref.relationshipId)?.target ?? null)));
  const stringsPart = partOfType('sharedStrings', 'sharedStrings.xml');
  const stylesPart = partOfType('styles', 'styles.xml');
  pkg.inflate([stringsPart, stylesPart, ...sheetParts.filter((p): p is string => p !== null)]);

  const context: WorkbookContext = {
    strings: readSharedStrings(pkg.text(stringsPart)),
    styles: readStyleKinds(pkg.text(stylesPart)),
    date1904: readDate1904(workbookXml),
  };
  const sheets: Grid[] = [];
  sheetRefs.forEach((ref, i) => {
    if (wanted && !wanted(ref.name)) return;
    const part = sheetParts[i];
    const xml = part ? pkg.text(part) : null;
    // A sheet entry whose part is missing (or a chart sheet) reads as an empty sheet, not a failure.
    const notes: SheetNotes = { firstUncomputed: null, uncomputed: 0, truncatedTexts: [] };
    const grid = xml === null ? { name: ref.name, rows: [], merges: [] } : readWorksheet(ref.name, xml, context, limits, notes);
    sheets.push(ref.hidden ? { ...grid, hidden: true } : grid);
    notices.push(...sheetNotices(ref.name, notes));
  });
  return { sheets, names: readDefinedNames(workbookXml, sheetRefs.map((r) => r.name)) };
}

/** One warning per sheet for uncomputed formulas (the first cell and how many), one per truncated text. */
function sheetNotices(sheet: string, notes: SheetNotes): Issue[] {
  const out: Issue[] = [];
  if (notes.firstUncomputed !== null) {
    out.push({ code: 'formula_without_value', severity: 'warning', sheet, cell: notes.firstUncomputed, params: { count: notes.uncomputed } });
  }
  for (const cell of notes.truncatedTexts) out.push({ code: 'text_truncated', severity: 'warning', sheet, cell, params: { limit: 32_767 } });
  return out;
}

interface SheetRef {
  readonly name: string;
  readonly relationshipId: string;
  readonly hidden: boolean;
}

function readSheetRefs(workbookXml: string): SheetRef[] {
  return startTags(workbookXml, 'sheet').map((tag, i) => {
    const attrs = readAttributes(tag);
    // The relationship attribute's prefix is whatever the file bound the namespace to: r:id, or rel:id.
    const relationshipId = attrs.get('r:id') ?? attrs.get('id') ?? '';
    return { name: attrs.get('name') ?? `Sheet${i + 1}`, relationshipId, hidden: /hidden/i.test(attrs.get('state') ?? '') };
  });
}

function readDate1904(workbookXml: string): boolean {
  const pr = startTags(workbookXml, 'workbookPr')[0];
  return pr !== undefined && /^(?:1|true)$/i.test(readAttributes(pr).get('date1904') ?? '');
}

function readDefinedNames(xml: string, sheetNames: readonly string[]): NonNullable<WorkbookGrid['names']> {
  const names: Array<{ name: string; ref: string; sheet?: string }> = [];
  forEachElement(xml, 'definedName', (tag, body) => {
    const attrs = readAttributes(tag);
    const name = attrs.get('name');
    if (!name || body === null) return;
    const local = attrs.get('localSheetId');
    const sheet = local === undefined ? undefined : sheetNames[Number(local)];
    names.push({ name, ref: decodeXmlText(body), ...(sheet === undefined ? {} : { sheet }) });
  });
  return names;
}
