/**
 * The writer: SheetSpec[] → the parts of an .xlsx package → its bytes. It writes the whole package from
 * the closed SheetSpec vocabulary and nothing else (docs/adr/0002); every part is a pure function of the
 * specs, so the same specs give the same bytes, in Node and in the browser.
 */
import { toA1, parseA1, type CellRange } from '../../domain/cell-ref';
import { cellBlocksOf } from '../../domain/cell-columns';
import type { SheetSpec } from '../../domain/sheet-spec';
import { chartXml, type CellLookup } from './write-chart';
import { drawingXml } from './write-drawing';
import type { CONTENT_TYPE} from './write-package';
import { contentTypesXml, corePropertiesXml, extendedPropertiesXml, relationshipsXml, type Relationship } from './write-package';
import { extentOf, overrideBlocks, placedCells, rowHeightColumns, toColumns } from './write-sheet-data';
import { SharedStringTable } from './write-shared-strings';
import { StyleTable } from './write-styles';
import { themeXml } from './write-theme';
import { placeTable, tableXml, type PlacedTable } from './write-table';
import { worksheetChunks, type CellSource } from './write-worksheet';
import { XML_DECLARATION, attr, toAbsoluteRef, xmlText } from './write-xml';
import { joinChunks, zipPartsInto, zipPartStream, type DeflateRaw, type Part } from './write-zip';

/** Where the user lands when the workbook opens. */
export interface WorkbookView {
  /** The active tab (index into the specs). */
  readonly activeSheet?: number;
  /** The selected cell of the active tab (A1); other sheets select their first scrolling cell. */
  readonly activeCell?: string;
}

/** Characters Excel forbids in sheet names. */
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*:[\]]/;

/** Writes the specs, in tab order, as .xlsx bytes. */
export async function writeWorkbook(specs: readonly SheetSpec[], view: WorkbookView = {}, deflateRaw?: DeflateRaw): Promise<Uint8Array> {
  checkSheetNames(specs);
  return zipPartStream(workbookPartStream(specs, view), deflateRaw);
}

/** The same workbook handed to `sink` chunk by chunk as its archive is made, in order (zipPartsInto). */
export function writeWorkbookInto(specs: readonly SheetSpec[], sink: (chunk: Uint8Array) => void, view: WorkbookView = {}, deflateRaw?: DeflateRaw): Promise<void> {
  checkSheetNames(specs);
  return zipPartsInto(workbookPartStream(specs, view), sink, deflateRaw);
}

/** The package's parts, by part name, in the order they are zipped ([Content_Types].xml first). */
export function workbookParts(specs: readonly SheetSpec[], view: WorkbookView = {}): Record<string, Uint8Array> {
  checkSheetNames(specs);
  const parts: Record<string, Uint8Array> = {};
  // Each part joined before the next is made: the styles and strings parts come from what the sheets registered.
  for (const [name, data] of workbookPartStream(specs, view)) parts[name] = joinChunks(data);
  return parts;
}

/**
 * The package's parts in zip order, each worksheet made only while it is read, in chunks of one reused
 * buffer: the zip deflates a part before asking for the next, so no worksheet's XML is ever held whole
 * (the 5,000-sheet dashboard's worksheets are ~45 MB of XML; bench/README.md). The small parts are made up front.
 */
function* workbookPartStream(specs: readonly SheetSpec[], view: WorkbookView): Generator<Part> {
  const encoder = new TextEncoder();
  const styles = new StyleTable();
  const strings = new SharedStringTable();
  const taken = new Set(specs.flatMap((s) => s.names.map((n) => n.name.toLowerCase())));
  // Table ids run over the workbook in sheet order; a sheet's tables are placed (their header texts read
  // from its cells) only when the sheet is written, so its cells are read once and let go after it.
  const firstTableId: number[] = [];
  let tableCount = 0;
  for (const spec of specs) {
    firstTableId.push(tableCount + 1);
    tableCount += spec.tables.length;
  }
  const tableIdsOf = (i: number): number[] => (specs[i]?.tables ?? []).map((_, k) => (firstTableId[i] ?? 0) + k);
  const lookup = cellLookup(specs, (i, visit) => {
    const spec = specs[i];
    if (spec) visitPlacedCells(spec, visit);
  });
  const active = Math.min(Math.max(0, view.activeSheet ?? 0), Math.max(0, specs.length - 1));

  const types: Array<readonly [string, keyof typeof CONTENT_TYPE]> = [['xl/workbook.xml', 'workbook']];
  const sheetRels: Array<Relationship[]> = [];
  const drawingRels: Array<string | null> = [];
  const drawingOf: Array<number | null> = [];
  const firstChartOf: number[] = [];
  let drawingCount = 0;
  let chartCount = 0;
  specs.forEach((spec, i) => {
    const ids = tableIdsOf(i);
    const rels: Relationship[] = ids.map((id, k) => ({ id: `rId${k + 1}`, type: 'table', target: `../tables/table${id}.xml` }));
    for (const id of ids) types.push([`xl/tables/table${id}.xml`, 'table']);
    const charts = spec.charts ?? [];
    let drawingRelationship: string | null = null;
    firstChartOf.push(chartCount + 1);
    if (charts.length > 0) {
      const drawing = ++drawingCount;
      drawingOf.push(drawing);
      drawingRelationship = `rId${rels.length + 1}`;
      rels.push({ id: drawingRelationship, type: 'drawing', target: `../drawings/drawing${drawing}.xml` });
      types.push([`xl/drawings/drawing${drawing}.xml`, 'drawing']);
      for (let k = 0; k < charts.length; k++) types.push([`xl/charts/chart${++chartCount}.xml`, 'chart']);
    } else drawingOf.push(null);
    types.push([`xl/worksheets/sheet${i + 1}.xml`, 'worksheet']);
    sheetRels.push(rels);
    drawingRels.push(drawingRelationship);
  });
  types.push(['xl/theme/theme1.xml', 'theme'], ['xl/styles.xml', 'styles'], ['xl/sharedStrings.xml', 'sharedStrings'], ['docProps/core.xml', 'coreProperties'], ['docProps/app.xml', 'extendedProperties']);

  const workbookRels: Relationship[] = specs.map((_, i) => ({ id: `rId${i + 1}`, type: 'worksheet', target: `worksheets/sheet${i + 1}.xml` }));
  workbookRels.push(
    { id: `rId${specs.length + 1}`, type: 'styles', target: 'styles.xml' },
    { id: `rId${specs.length + 2}`, type: 'sharedStrings', target: 'sharedStrings.xml' },
    { id: `rId${specs.length + 3}`, type: 'theme', target: 'theme/theme1.xml' },
  );
  const rootRels: Relationship[] = [
    { id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' },
    { id: 'rId2', type: 'coreProperties', target: 'docProps/core.xml' },
    { id: 'rId3', type: 'extendedProperties', target: 'docProps/app.xml' },
  ];
  yield ['[Content_Types].xml', encoder.encode(contentTypesXml(types))];
  yield ['_rels/.rels', encoder.encode(relationshipsXml(rootRels))];
  yield ['docProps/core.xml', encoder.encode(corePropertiesXml())];
  yield ['docProps/app.xml', encoder.encode(extendedPropertiesXml())];
  yield ['xl/workbook.xml', encoder.encode(workbookXml(specs, active))];
  yield ['xl/_rels/workbook.xml.rels', encoder.encode(relationshipsXml(workbookRels))];
  // The tables', drawings' and charts' parts, in sheet order, zipped after the worksheets.
  const later: Part[] = [];
  for (const [i, spec] of specs.entries()) {
    const selected = i === active;
    const activeCell = selected && view.activeCell && parseA1(view.activeCell) ? view.activeCell.replace(/\$/g, '').toUpperCase() : firstScrollingCell(spec);
    const rels = sheetRels[i] ?? [];
    const ids = tableIdsOf(i);
    yield worksheetPart(spec, i, {
      styles,
      strings,
      selected,
      activeCell,
      drawingRelationship: drawingRels[i] ?? null,
      place: (cells) => spec.tables.map((t, k) => placeTable(t, cells, ids[k] ?? 0, taken)),
      release: (name) => taken.delete(name.toLowerCase()),
      later: (tables) => {
        for (const t of tables) later.push([`xl/tables/table${t.id}.xml`, encoder.encode(tableXml(t))]);
        later.push(...chartParts(spec, drawingOf[i] ?? null, firstChartOf[i] ?? 1, lookup, encoder));
      },
    });
    if (rels.length > 0) yield [`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, encoder.encode(relationshipsXml(rels))];
  }
  yield* later;
  yield ['xl/theme/theme1.xml', encoder.encode(themeXml())];
  // Written last: the worksheets register their styles and strings while they are written.
  yield ['xl/styles.xml', encoder.encode(styles.xml())];
  yield ['xl/sharedStrings.xml', strings.xml()];
}

interface WorksheetPartContext {
  readonly styles: StyleTable;
  readonly strings: SharedStringTable;
  readonly selected: boolean;
  readonly activeCell: string;
  readonly drawingRelationship: string | null;
  /** Places the sheet's tables over its cells. */
  readonly place: (cells: SheetSpec['cells']) => PlacedTable[];
  /** Receives the placed tables, to make their parts (and the sheet's charts') for after the worksheets. */
  readonly later: (tables: readonly PlacedTable[]) => void;
  /** Frees a table name placed but not used. */
  readonly release: (name: string) => void;
}

/**
 * One worksheet's part. Its own frame holds the sheet's cells (read from the spec once), so they are
 * let go when the zip is done with the part, before the next sheet's are made.
 */
function worksheetPart(spec: SheetSpec, i: number, context: WorksheetPartContext): Part {
  return [
    `xl/worksheets/sheet${i + 1}.xml`,
    worksheetChunks(spec, {
      cells: sheetCells(spec, context),
      styles: context.styles,
      strings: context.strings,
      selected: context.selected,
      activeCell: context.activeCell,
      tableRelationships: spec.tables.map((_, k) => `rId${k + 1}`),
      drawingRelationship: context.drawingRelationship,
    }),
  ];
}

/**
 * The sheet's placed cells, its tables placed over them. A spec offering its cells in blocks (the
 * dashboard's table sheets: no merges, cells in row-major order) is written from those, a block at a time,
 * with no object per cell and never all of its cells at once; any other from its cells, read once.
 */
function sheetCells(spec: SheetSpec, context: WorksheetPartContext): CellSource {
  const offered = spec.merges.length === 0 ? cellBlocksOf(spec) : null;
  if (offered) {
    const tops = new Set(spec.tables.map((t) => t.range.top));
    const tables = context.place(offered.headerCells.filter((c) => tops.has(c.row)));
    const overrides = headerOverrides(tables);
    const headers = new Set(offered.headerCells.map((c) => positionKey(c.row, c.col)));
    if (overrides.every((o) => headers.has(positionKey(o.row, o.col)))) {
      context.later(tables);
      const extent = offered.extent;
      return { count: offered.count, extent: extent && `${toA1(extent.top, extent.left)}:${toA1(extent.bottom, extent.right)}`, blocks: overrideBlocks(offered.blocks(), overrides), rowHeights: offered.rowHeights };
    }
    // A header position without a cell: the tables are placed again below, so give back their names.
    for (const t of tables) context.release(t.name);
  }
  const cells = spec.cells;
  const tables = context.place(cells);
  context.later(tables);
  const columns = toColumns(placedCells(spec, headerOverrides(tables), cells));
  return { count: columns.rows.length, extent: extentOf(columns), blocks: [columns], rowHeights: rowHeightColumns(spec.rowHeights) };
}

const positionKey = (row: number, col: number): number => row * 16_384 + col;

/** A sheet's drawing, its charts and the drawing's relationships, as parts. */
function chartParts(spec: SheetSpec, drawing: number | null, firstChart: number, lookup: CellLookup, encoder: TextEncoder): Part[] {
  const charts = spec.charts ?? [];
  if (drawing === null || charts.length === 0) return [];
  const parts: Part[] = [[`xl/drawings/drawing${drawing}.xml`, encoder.encode(drawingXml(charts))]];
  const chartRels: Relationship[] = [];
  charts.forEach((chart, k) => {
    const n = firstChart + k;
    chartRels.push({ id: `rId${k + 1}`, type: 'chart', target: `../charts/chart${n}.xml` });
    parts.push([`xl/charts/chart${n}.xml`, encoder.encode(chartXml(chart, spec.name, lookup))]);
  });
  parts.push([`xl/drawings/_rels/drawing${drawing}.xml.rels`, encoder.encode(relationshipsXml(chartRels))]);
  return parts;
}

/** Sheet names Excel would refuse or confuse are a bug in the caller (hosts free names before writing). */
function checkSheetNames(specs: readonly SheetSpec[]): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const key = spec.name.toLowerCase();
    if (seen.has(key)) throw new RangeError(`two sheets are named "${spec.name}"`);
    if (FORBIDDEN_IN_SHEET_NAME.test(spec.name) || spec.name.length > 31 || spec.name.trim() === '' || /^'|'$/.test(spec.name) || spec.name.toLowerCase() === 'history') {
      throw new RangeError(`Excel does not accept the sheet name "${spec.name}"`);
    }
    seen.add(key);
  }
}

function headerOverrides(tables: readonly PlacedTable[]): Array<{ row: number; col: number; value: string }> {
  return tables.flatMap((t) => t.columns.map((value, i) => ({ row: t.spec.range.top, col: t.spec.range.left + i, value })));
}

type CellVisit = (row: number, col: number, value: string | number | null) => void;

/**
 * The values charts read: only the cells of the ranges they read, each range's values in one array; a chart
 * reading a sheet not written is a bug. A map of every cell of the sheets charts read (集約_達成率 whole) was
 * ~7 MB at 5,000 plan sheets, made while the workbook is written (bench/README.md).
 */
function cellLookup(specs: readonly SheetSpec[], cellsOf: (sheet: number, visit: CellVisit) => void): CellLookup {
  const wanted = new Map<string, CellRange[]>();
  for (const s of specs) {
    for (const c of s.charts ?? []) {
      for (const r of [c.categories, ...c.series.map((x) => x.values), ...(c.threshold ? [c.threshold.values] : [])]) {
        const sheet = (r.sheet ?? s.name).toLowerCase();
        const ranges = wanted.get(sheet) ?? [];
        if (!ranges.some((x) => sameRange(x, r.range))) ranges.push(r.range);
        wanted.set(sheet, ranges);
      }
    }
  }
  const written = new Set(specs.map((s) => s.name.toLowerCase()));
  const missing = [...wanted.keys()].filter((name) => !written.has(name));
  if (missing.length > 0) throw new RangeError(`a chart reads the sheet "${missing.join('", "')}", which is not in the workbook`);
  const bySheet = new Map<string, Array<{ range: CellRange; values: Array<string | number | null> }>>();
  specs.forEach((spec, i) => {
    const ranges = wanted.get(spec.name.toLowerCase());
    if (!ranges) return;
    const held = ranges.map((range) => ({ range, values: new Array<string | number | null>((range.bottom - range.top + 1) * (range.right - range.left + 1)).fill(null) }));
    // The last cell at a position wins, as when a sheet is written.
    cellsOf(i, (row, col, value) => {
      for (const h of held) if (inside(h.range, row, col)) h.values[offsetIn(h.range, row, col)] = value;
    });
    bySheet.set(spec.name.toLowerCase(), held);
  });
  return (sheet, row, col) => {
    const held = bySheet.get(sheet.toLowerCase())?.find((h) => inside(h.range, row, col));
    return held ? (held.values[offsetIn(held.range, row, col)] ?? null) : null;
  };
}

const sameRange = (a: CellRange, b: CellRange): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
const inside = (r: CellRange, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
const offsetIn = (r: CellRange, row: number, col: number): number => (row - r.top) * (r.right - r.left + 1) + (col - r.left);

/**
 * Each cell of a sheet as it is written (the tables' header texts as the tables will have them; names are
 * placed for real when the sheet is written): from its blocks when it offers them, as sheetCells writes it.
 */
function visitPlacedCells(spec: SheetSpec, visit: CellVisit): void {
  const offered = spec.merges.length === 0 ? cellBlocksOf(spec) : null;
  if (offered) {
    const tops = new Set(spec.tables.map((t) => t.range.top));
    const overrides = headerOverrides(spec.tables.map((t) => placeTable(t, offered.headerCells.filter((c) => tops.has(c.row)), 0, new Set())));
    const headers = new Set(offered.headerCells.map((c) => positionKey(c.row, c.col)));
    if (overrides.every((o) => headers.has(positionKey(o.row, o.col)))) {
      for (const block of overrideBlocks(offered.blocks(), overrides)) {
        for (let k = 0; k < block.values.length; k++) visit(block.rows[k] ?? 0, block.cols[k] ?? 0, block.values[k] ?? null);
      }
      return;
    }
  }
  const cells = spec.cells;
  for (const c of placedCells(spec, headerOverrides(spec.tables.map((t) => placeTable(t, cells, 0, new Set()))), cells)) visit(c.row, c.col, c.value);
}

/** The cell below and right of the frozen panes: where the user starts. */
function firstScrollingCell(spec: SheetSpec): string {
  return toA1(spec.freeze?.rows ?? 0, spec.freeze?.cols ?? 0);
}

/** xl/workbook.xml: the sheets in tab order and every defined name (print titles included). */
function workbookXml(specs: readonly SheetSpec[], active: number): string {
  const sheets = specs.map((s, i) => `<sheet name="${attr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<workbookPr/>' +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>${definedNamesXml(specs)}<calcPr calcId="191029"/></workbook>`
  );
}

function definedNamesXml(specs: readonly SheetSpec[]): string {
  // Excel keeps one name per scope (compared case-insensitively): a later one replaces an earlier one.
  const names = new Map<string, string>();
  specs.forEach((spec, i) => {
    for (const n of spec.names) {
      const scope = n.scope === 'sheet' ? String(i) : '';
      const local = n.scope === 'sheet' ? ` localSheetId="${i}"` : '';
      names.set(`${scope}|${n.name.toLowerCase()}`, `<definedName name="${attr(n.name)}"${local}>${xmlText(toAbsoluteRef(spec.name, n.range))}</definedName>`);
    }
    const titles = spec.print.titleRows;
    if (titles) {
      const ref = `${toAbsoluteRef(spec.name, { top: 0, left: 0, bottom: 0, right: 0 }).replace(/!.*$/, '')}!$${titles.from + 1}:$${titles.to + 1}`;
      names.set(`${i}|_xlnm.print_titles`, `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(ref)}</definedName>`);
    }
    const area = spec.print.area;
    if (area) names.set(`${i}|_xlnm.print_area`, `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(toAbsoluteRef(spec.name, area))}</definedName>`);
  });
  return names.size === 0 ? '' : `<definedNames>${[...names.values()].join('')}</definedNames>`;
}
