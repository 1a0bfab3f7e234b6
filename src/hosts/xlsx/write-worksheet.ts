/**
 * One worksheet part from a SheetSpec, in CT_Worksheet's element order: sheet properties (tab colour,
 * fit to page), dimension, view (freeze panes, the selected cell), columns, cells, protection, merges,
 * conditional formats, validations, print setup, page breaks, the drawing and the tables.
 */
import { toA1 } from '../../domain/cell-ref';
import type { SheetSpec } from '../../domain/sheet-spec';
import { ByteSink } from './byte-sink';
import { conditionalFormatsXml } from './write-conditional-format';
import { dataValidationsXml } from './write-data-validation';
import type { CellColumns } from '../../domain/cell-columns';
import { styleKeyOf, writeSheetData, type RowHeightColumns } from './write-sheet-data';
import type { SharedStringTable } from './write-shared-strings';
import type { StyleTable } from './write-styles';
import { XML_DECLARATION, argb, attr, num, quoteSheetName } from './write-xml';

/** Excel's paper size code for A4. */
const PAPER_A4 = 9;
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** What a worksheet part is written from besides its spec. */
export interface WorksheetContext {
  /** The cells to write (placed: one per position, row-major), as blocks of columns. */
  readonly cells: CellSource;
  readonly styles: StyleTable;
  readonly strings: SharedStringTable;
  /** The sheet is the active tab. */
  readonly selected: boolean;
  /** The selected cell (A1), where the user lands. */
  readonly activeCell: string;
  /** Relationship ids of the sheet's tables, in order, and of its drawing (null: no charts). */
  readonly tableRelationships: readonly string[];
  readonly drawingRelationship: string | null;
}

/** A worksheet's cells as the writer reads them: how many, the range they cover (A1:…, null for none), and their blocks. */
export interface CellSource {
  readonly count: number;
  readonly extent: string | null;
  readonly blocks: Iterable<CellColumns>;
  readonly rowHeights: RowHeightColumns;
}

/**
 * Bytes of a worksheet part handed over at a time: the 37 MB of XML of the 5,000-sheet dashboard's
 * CHECK/ACTION sheet pass through two buffers of this size instead of being held whole (bench/README.md).
 */
const CHUNK_BYTES = 256 * 1024;

/**
 * The worksheet part as UTF-8, in chunks of about CHUNK_BYTES; each chunk is a view of one of two buffers
 * that take turns, valid until the chunk after next is asked for.
 */
export function* worksheetChunks(spec: SheetSpec, context: WorksheetContext): Generator<Uint8Array, void, undefined> {
  const { cells, styles } = context;
  const styleNames = new Set(Object.keys(spec.styles));
  const styleIds = new Map<string, number>([['', styles.cellFormat(undefined)]]);
  for (const name of styleNames) styleIds.set(name, styles.cellFormat(spec.styles[name]));
  const idByStyle = new Map<string | null | undefined, number>();

  const head = headXml(spec, context, cells.extent);
  const rowHeights = cells.rowHeights;
  const tail = tailXml(spec, context);
  // ~43 bytes per cell and per <row> on the 1,000-sheet dashboard: room enough that the buffer never grows.
  const out = new ByteSink(Math.min(CHUNK_BYTES + 4096, (head.length + tail.length) * 3 + (cells.count + rowHeights.rows.length) * 48));
  out.text(head);
  yield* writeSheetData(
    out,
    cells.blocks,
    (style) => {
      // Once per style name the sheet uses, not per cell.
      let id = idByStyle.get(style);
      if (id === undefined) {
        const key = styleKeyOf(styleNames, style);
        id = key === null ? 0 : (styleIds.get(key) ?? 0);
        idByStyle.set(style, id);
      }
      return id;
    },
    rowHeights,
    context.strings,
    CHUNK_BYTES,
  );
  out.text(tail);
  yield out.handOff();
}

function headXml(spec: SheetSpec, context: WorksheetContext, extent: string | null): string {
  let xml = `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;
  const tab = spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : '';
  const fit = spec.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  if (tab || fit) xml += `<sheetPr>${tab}${fit}</sheetPr>`;
  xml += `<dimension ref="${extent ?? 'A1'}"/>`;
  xml += `<sheetViews><sheetView${context.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(spec.freeze, context.activeCell)}</sheetView></sheetViews>`;
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  if (spec.columns.length > 0) {
    const cols = spec.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${num(c.width)}" customWidth="1"${c.hidden ? ' hidden="1"' : ''}/>`);
    xml += `<cols>${cols.join('')}</cols>`;
  }
  return xml;
}

/** The frozen pane and the selection, which sits in the pane the user scrolls. */
function paneXml(freeze: SheetSpec['freeze'], activeCell: string): string {
  const rows = freeze?.rows ?? 0;
  const cols = freeze?.cols ?? 0;
  if (rows === 0 && cols === 0) return `<selection activeCell="${activeCell}" sqref="${activeCell}"/>`;
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${toA1(rows, cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${activeCell}" sqref="${activeCell}"/>`;
}

function tailXml(spec: SheetSpec, context: WorksheetContext): string {
  let xml = '';
  // No password: protection keeps labels from being typed over, it is not a secret. Row heights and
  // column widths stay adjustable (formatRows/formatColumns="0" lifts those locks).
  if (spec.protect) xml += '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';
  if (spec.merges.length > 0) {
    xml += `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`).join('')}</mergeCells>`;
  }
  xml += conditionalFormatsXml(spec.conditionalFormats, context.styles);
  xml += dataValidationsXml(spec.validations);
  // A link inside the workbook is a location, no relationship: nothing to follow outside the file.
  const links = spec.links ?? [];
  if (links.length > 0) xml += `<hyperlinks>${links.map((l) => `<hyperlink ref="${toA1(l.row, l.col)}" location="${attr(`${quoteSheetName(l.to.sheet)}!${toA1(l.to.row, l.to.col)}`)}"/>`).join('')}</hyperlinks>`;
  xml += '<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>';
  // fitToHeight 0: as many pages down as needed; 1 with fitToHeight (one page in all).
  xml += `<pageSetup paperSize="${PAPER_A4}" orientation="${spec.print.orientation}" fitToWidth="1" fitToHeight="${spec.print.fitToHeight ? 1 : 0}"/>`;
  xml += '<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>';
  // <brk id="n"> breaks after 1-based row (column) n, i.e. before zero-based n.
  xml += breaksXml('rowBreaks', spec.pageBreaks ?? [], LAST_COL);
  xml += breaksXml('colBreaks', spec.columnBreaks ?? [], LAST_ROW);
  if (context.drawingRelationship) xml += `<drawing r:id="${context.drawingRelationship}"/>`;
  if (context.tableRelationships.length > 0) {
    xml += `<tableParts count="${context.tableRelationships.length}">${context.tableRelationships.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  }
  return `${xml}</worksheet>`;
}

function breaksXml(tag: 'rowBreaks' | 'colBreaks', at: readonly number[], max: number): string {
  const ids = [...new Set(at)].sort((a, b) => a - b);
  if (ids.length === 0) return '';
  return `<${tag} count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((id) => `<brk id="${id}" max="${max}" man="1"/>`).join('')}</${tag}>`;
}
