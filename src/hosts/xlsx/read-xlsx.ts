/**
 * A focused .xlsx reader: bytes → WorkbookGrid. It inflates only the parts a status sheet needs
 * (workbook, relationships, shared strings, styles, worksheets) and scans them for values, merges and
 * the number formats that mark percentages and dates. Runs in Node and the browser; never throws on
 * bad input: every failure is classified with a Japanese message that says what to do.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { CellRange } from '../../domain/cell-ref';
import { parseA1Range } from '../../domain/cell-ref';
import type { Grid, GridCell, WorkbookGrid } from '../../domain/grid';
import { detectContainer } from './read-container-kind';
import { readStyleKinds, serialToIsoDate, type NumberFormatKind } from './read-number-formats';
import { decodeXmlText, readAttributes, readStringItem } from './read-xml-text';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './xlsx-limits';
import { failure, type ReadFailure } from './read-failure';

export type { ReadFailure } from './read-failure';
export type XlsxReadResult = { ok: true; workbook: WorkbookGrid } | { ok: false; failure: ReadFailure };

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  /** Reads only the worksheets whose name passes. */
  readonly sheets?: (name: string) => boolean;
}

const NEEDED_PART = /^(?:\[Content_Types\]\.xml|_rels\/\.rels|xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml))$/i;

class ReadAbort extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.message);
  }
}

/** Reads a workbook's values and merges; never throws. */
export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): XlsxReadResult {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  try {
    return { ok: true, workbook: readOrAbort(bytes, limits, options.sheets) };
  } catch (error) {
    if (error instanceof ReadAbort) return { ok: false, failure: error.failure };
    return { ok: false, failure: failure('malformed', String(error instanceof Error ? error.message : error)) };
  }
}

function readOrAbort(bytes: Uint8Array, limits: ReadLimits, wanted?: (name: string) => boolean): WorkbookGrid {
  if (bytes.length > limits.maxFileBytes) throw new ReadAbort(failure('too_large', `${bytes.length} bytes > ${limits.maxFileBytes}`));
  const kind = detectContainer(bytes);
  if (kind === 'encrypted') throw new ReadAbort(failure('encrypted'));
  if (kind === 'legacy_xls') throw new ReadAbort(failure('legacy_xls'));
  if (kind !== 'zip') throw new ReadAbort(failure('not_xlsx'));

  const parts = unzipParts(bytes, limits);
  const text = (name: string): string | null => {
    const key = [...parts.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
    const data = key === undefined ? undefined : parts.get(key);
    return data ? new TextDecoder('utf-8').decode(data) : null;
  };
  const workbookXml = text('xl/workbook.xml');
  if (!workbookXml) throw new ReadAbort(failure('no_workbook'));

  const targets = readRelationships(text('xl/_rels/workbook.xml.rels') ?? '');
  const sheetRefs = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => readAttributes(m[1] ?? ''));
  if (sheetRefs.length > limits.maxSheets) throw new ReadAbort(failure('too_many_sheets', `${sheetRefs.length} > ${limits.maxSheets}`));
  const date1904 = /date1904\s*=\s*"(?:1|true)"/.test(workbookXml);
  const strings = readSharedStrings(text('xl/sharedStrings.xml'));
  const styles = readStyleKinds(text('xl/styles.xml'));

  const sheets: Grid[] = [];
  const sheetNames: string[] = [];
  for (const attrs of sheetRefs) {
    const name = attrs.get('name') ?? `Sheet${sheetNames.length + 1}`;
    sheetNames.push(name);
    if (wanted && !wanted(name)) continue;
    const target = targets.get(attrs.get('r:id') ?? attrs.get('id') ?? '');
    const xml = target ? text(target) : null;
    const hidden = /hidden/i.test(attrs.get('state') ?? '');
    const grid = xml === null ? { name, rows: [], merges: [] } : readWorksheet(name, xml, strings, styles, date1904, limits);
    sheets.push(hidden ? { ...grid, hidden } : grid);
  }
  return { sheets, names: readDefinedNames(workbookXml, sheetNames) };
}

function unzipParts(bytes: Uint8Array, limits: ReadLimits): Map<string, Uint8Array> {
  let declared = 0;
  let overRatio: string | null = null;
  let overTotal = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!NEEDED_PART.test(file.name)) return false;
        declared += file.originalSize;
        if (declared > limits.maxInflatedBytes) overTotal = true;
        if (file.originalSize > 1_000_000 && file.originalSize / Math.max(1, file.size) > limits.maxInflateRatio) overRatio = file.name;
        // Refusing here means the bomb is never inflated.
        return !overTotal && overRatio === null;
      },
    });
  } catch (error) {
    if (overTotal || overRatio !== null) throw new ReadAbort(failure('zip_bomb', overRatio ?? `> ${limits.maxInflatedBytes} bytes`));
    throw new ReadAbort(failure('truncated', String(error instanceof Error ? error.message : error)));
  }
  if (overTotal || overRatio !== null) throw new ReadAbort(failure('zip_bomb', overRatio ?? `> ${limits.maxInflatedBytes} bytes`));
  return new Map(Object.entries(files));
}

function readRelationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attrs = readAttributes(m[1] ?? '');
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (!id || !target) continue;
    out.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return out;
}

function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) out.push(readStringItem(m[1] ?? ''));
  return out;
}

function readDefinedNames(xml: string, sheetNames: readonly string[]): NonNullable<WorkbookGrid['names']> {
  const names: Array<{ name: string; ref: string; sheet?: string }> = [];
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const attrs = readAttributes(m[1] ?? '');
    const name = attrs.get('name');
    if (!name) continue;
    const local = attrs.get('localSheetId');
    const sheet = local === undefined ? undefined : sheetNames[Number(local)];
    names.push({ name, ref: decodeXmlText(m[2] ?? ''), ...(sheet === undefined ? {} : { sheet }) });
  }
  return names;
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const CELL_REF = /\br="([A-Za-z]{1,3})\d+"/;
const CELL_TYPE = /\bt="(\w+)"/;
const CELL_STYLE = /\bs="(\d+)"/;

/** Column letters ("AB") to a zero-based index. */
function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return col - 1;
}

const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

function readWorksheet(
  name: string,
  xml: string,
  strings: readonly string[],
  styles: readonly NumberFormatKind[],
  date1904: boolean,
  limits: ReadLimits,
): Grid {
  const dimension = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/.exec(xml)?.[1];
  const dim = dimension ? parseA1Range(dimension) : null;
  // A declared 1,000,000-row or XFD-wide sheet is refused before any cell is scanned.
  if (dim && (dim.bottom + 1 > limits.maxRows * 10 || dim.right + 1 > limits.maxColumns * 10)) {
    throw new ReadAbort(failure('too_many_cells', `${name}: ${dimension}`));
  }
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  const end = xml.search(/<\/(?:\w+:)?sheetData>/);
  const data = start === -1 ? '' : xml.slice(start, end === -1 ? undefined : end);
  const rows: Array<Array<GridCell | null> | undefined> = [];
  let cellCount = 0;
  let rowIndex = -1;
  ROW.lastIndex = 0;
  for (let rm = ROW.exec(data); rm; rm = ROW.exec(data)) {
    const rAttr = /\br="(\d+)"/.exec(rm[1] ?? '')?.[1];
    rowIndex = rAttr ? Number(rAttr) - 1 : rowIndex + 1;
    if (rowIndex + 1 > limits.maxRows) throw new ReadAbort(failure('too_many_cells', `${name}: row ${rowIndex + 1} > ${limits.maxRows}`));
    const body = rm[2];
    if (!body) continue;
    let colIndex = -1;
    CELL.lastIndex = 0;
    for (let cm = CELL.exec(body); cm; cm = CELL.exec(body)) {
      // Three targeted looks at the tag beat a general attribute parse per cell (profile: the top reader cost).
      const tag = cm[1] ?? '';
      const ref = CELL_REF.exec(tag)?.[1];
      colIndex = ref ? columnIndex(ref) : colIndex + 1;
      if (colIndex + 1 > limits.maxColumns) throw new ReadAbort(failure('too_many_cells', `${name}: column ${colIndex + 1} > ${limits.maxColumns}`));
      const cell = readCell(CELL_TYPE.exec(tag)?.[1] ?? 'n', CELL_STYLE.exec(tag)?.[1], cm[2] ?? '', strings, styles, date1904);
      if (!cell) continue;
      cellCount += 1;
      if (cellCount > limits.maxCellsPerSheet) throw new ReadAbort(failure('too_many_cells', `${name}: > ${limits.maxCellsPerSheet} cells`));
      const row = rows[rowIndex] ?? (rows[rowIndex] = []);
      row[colIndex] = cell;
    }
  }
  const merges: CellRange[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    const range = parseA1Range(m[1] ?? '');
    if (range) merges.push(range);
  }
  return { name, rows, merges };
}

function readCell(
  type: string,
  style: string | undefined,
  inner: string,
  strings: readonly string[],
  styles: readonly NumberFormatKind[],
  date1904: boolean,
): GridCell | null {
  if (type === 'inlineStr') {
    const text = readStringItem(INLINE.exec(inner)?.[1] ?? '');
    return text === '' ? null : { kind: 'text', text };
  }
  const raw = VALUE.exec(inner)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case 's': {
      const text = strings[Number(raw)] ?? '';
      return text === '' ? null : { kind: 'text', text };
    }
    case 'str': {
      const text = decodeXmlText(raw);
      return text === '' ? null : { kind: 'text', text };
    }
    case 'b':
      return { kind: 'boolean', value: raw.trim() === '1' || raw.trim() === 'true' };
    case 'e':
      return { kind: 'error', code: decodeXmlText(raw) };
    case 'd':
      return { kind: 'date', iso: raw.slice(0, 10) };
    default: {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) return null;
      const format = styles[Number(style ?? 0)] ?? 'plain';
      if (format === 'percent') return { kind: 'number', value, percent: true };
      if (format === 'date') {
        const iso = serialToIsoDate(value, date1904);
        if (iso) return { kind: 'date', iso };
      }
      return { kind: 'number', value };
    }
  }
}
