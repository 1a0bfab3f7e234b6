/**
 * A SheetSpec as Office.js writes, cut into steps of known payload so the host can batch them into
 * syncs under a byte budget. Steps of one sheet run in order: the sheet is added first, values after
 * their text format "@"; protection is a step of its own that the host queues last, after the charts
 * (a protected sheet refuses further writes).
 */
import { toA1, toA1Range, toColumnLetters, type CellRange } from '../../domain/cell-ref';
import type { CellStyle, ConditionalFormat, SheetSpec } from '../../domain/sheet-spec';
import { ACTION_BYTES, jsonBytes, utf8Bytes } from './office-batch';

/** One piece of a sheet's writing: its estimated request bytes and the queuing (no sync) it does. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: (sheet: Excel.Worksheet) => void;
}

/** Each value band carries at most this much (so a band never fills a sync on its own). */
const MAX_BAND_BYTES = 256 * 1024;
/** What a padding cell of a value band costs: `"",` among the values and `null,` among the formats. */
const PAD_BYTES = 8;
/** getRanges takes a comma list of areas; long lists are split to stay well under its limits. */
const MAX_AREAS_PER_CALL = 200;
/** ... and an address of at most this many characters (see areaLists). */
const MAX_ADDRESS_CHARS = 4000;
const MERGES_PER_STEP = 400;
/** A row-height statement: getRanges, its format, the set and the references the library keeps. */
const ROW_HEIGHT_ACTIONS = 2;
/** Maximum digit width in pixels of the default font (Calibri 11, also what our .xlsx files declare). */
const MAX_DIGIT_WIDTH_PX = 7;

/**
 * An OOXML column width (characters of the default font's digit, padding included — what the xlsx host
 * writes) → Office.js points: Excel's own rounding to whole pixels, then 96 px = 72 pt.
 */
export function columnWidthToPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
  return (pixels * 72) / 96;
}

/** The steps that write `spec` onto the sheet `name`, in order; the host adds the sheet in the first step's batch. */
export function sheetWriteSteps(lazy: SheetSpec, name: string, tableNames: readonly string[]): WriteStep[] {
  // A dashboard sheet lays its cells out each time they are read (table-sheet.ts): read them once here.
  const spec: SheetSpec = { ...lazy };
  return [layoutStep(spec, name), ...rowHeightSteps(spec), ...valueSteps(spec), ...linkSteps(spec), ...styleSteps(spec), ...mergeSteps(spec), rulesStep(spec, tableNames)];
}

/** Links to cells of the workbook (ExcelApi 1.7), after the values: the text shown is the cell's own value. */
function linkSteps(spec: SheetSpec): WriteStep[] {
  const links = spec.links ?? [];
  if (links.length === 0) return [];
  const shown = new Map(spec.cells.map((c) => [`${c.row},${c.col}`, c.value]));
  const target = (l: (typeof links)[number]): string => `'${l.to.sheet.replace(/'/g, "''")}'!${toA1(l.to.row, l.to.col)}`;
  return [
    {
      bytes: links.reduce((n, l) => n + 3 * ACTION_BYTES + utf8Bytes(target(l)) + utf8Bytes(String(shown.get(`${l.row},${l.col}`) ?? '')), 0),
      queue: (sheet) => {
        for (const l of links) {
          const text = shown.get(`${l.row},${l.col}`);
          sheet.getRange(toA1(l.row, l.col)).hyperlink = { documentReference: target(l), ...(text === null || text === undefined ? {} : { textToDisplay: String(text) }) };
        }
      },
    },
  ];
}

/** Tab colour, column widths, page setup, page breaks and panes of the sheet just added. */
function layoutStep(spec: SheetSpec, name: string): WriteStep {
  const actions = 8 + spec.columns.length * 2 + (spec.pageBreaks?.length ?? 0) + (spec.columnBreaks?.length ?? 0);
  return {
    bytes: actions * ACTION_BYTES + utf8Bytes(name),
    queue: (sheet) => {
      if (spec.tabColor) sheet.tabColor = `#${spec.tabColor}`;
      spec.columns.forEach((c, i) => {
        const letters = toColumnLetters(i);
        const column = sheet.getRange(`${letters}:${letters}`);
        column.format.columnWidth = columnWidthToPoints(c.width);
        if (c.hidden) column.columnHidden = true;
      });
      const layout = sheet.pageLayout;
      layout.orientation = spec.print.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
      layout.paperSize = Excel.PaperType.a4;
      if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: spec.print.fitToHeight ? 1 : 0 };
      if (spec.print.area) layout.setPrintArea(toA1Range(spec.print.area));
      if (spec.print.titleRows) layout.setPrintTitleRows(`$${spec.print.titleRows.from + 1}:$${spec.print.titleRows.to + 1}`);
      // A break added at a row's first cell sits above that row, like the xlsx host's <brk>.
      for (const row of spec.pageBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
      // And one added at a column's first cell stands left of that column, like the xlsx host's <colBreaks>.
      for (const col of spec.columnBreaks ?? []) sheet.verticalPageBreaks.add(`${toColumnLetters(col)}1`);
      if (spec.freeze) {
        if (spec.freeze.rows > 0) sheet.freezePanes.freezeRows(spec.freeze.rows);
        if (spec.freeze.cols > 0) sheet.freezePanes.freezeColumns(spec.freeze.cols);
      }
    },
  };
}

/**
 * Row heights, one statement per height over all its rows ("5:5,7:9,12:12" as one RangeAreas): a dashboard
 * row's height follows its text, so rows of one height are scattered and a statement per run of rows was
 * most of the request (~600 bytes each, 4,400 of them at 100 plan sheets).
 */
function rowHeightSteps(spec: SheetSpec): WriteStep[] {
  const byHeight = new Map<number, number[]>();
  for (const r of spec.rowHeights) {
    const rows = byHeight.get(r.height) ?? [];
    rows.push(r.row);
    byHeight.set(r.height, rows);
  }
  const steps: WriteStep[] = [];
  for (const [height, rows] of byHeight) {
    for (const address of areaLists(rowRuns(rows))) {
      steps.push({ bytes: utf8Bytes(address) + ROW_HEIGHT_ACTIONS * ACTION_BYTES, queue: (sheet) => void (sheet.getRanges(address).format.rowHeight = height) });
    }
  }
  return steps;
}

/** Rows (0-based, any order) as whole-row areas of consecutive rows: "5:5", "7:9". */
function rowRuns(rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const areas: string[] = [];
  let start = sorted[0] ?? 0;
  let prev = start;
  for (const row of [...sorted.slice(1), Number.NaN]) {
    if (row === prev + 1) {
      prev = row;
      continue;
    }
    areas.push(`${start + 1}:${prev + 1}`);
    start = row;
    prev = row;
  }
  return areas;
}

/**
 * Areas joined into getRanges addresses of at most MAX_AREAS_PER_CALL areas and MAX_ADDRESS_CHARS
 * characters: Excel refuses some addresses of ~8,200 characters whatever their area count (office-js#5198).
 */
function areaLists(areas: readonly string[]): string[] {
  const lists: string[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const area of areas) {
    if (current.length > 0 && (current.length >= MAX_AREAS_PER_CALL || chars + 1 + area.length > MAX_ADDRESS_CHARS)) {
      lists.push(current.join(','));
      current = [];
      chars = 0;
    }
    chars += (current.length > 0 ? 1 : 0) + area.length;
    current.push(area);
  }
  if (current.length > 0) lists.push(current.join(','));
  return lists;
}

/**
 * Values and number formats as 2-D row bands sized by their bytes. Text cells get the text format "@"
 * first, so workbook text that begins with = + - @ or looks like a number stays text. A band is as wide
 * as its widest row, and a row much narrower or wider than the band starts a new one: a sheet whose
 * matrix has a column per group (集約_課題, 90 at 1,000 plan sheets) above an 11-column list would
 * otherwise send every list row padded to the matrix's width, half the request.
 */
function valueSteps(spec: SheetSpec): WriteStep[] {
  if (spec.cells.length === 0) return [];
  const rows: Array<{ values: Array<string | number>; formats: Array<string | null> }> = [];
  for (const c of spec.cells) {
    const style: CellStyle | undefined = c.style ? spec.styles[c.style] : undefined;
    const row = (rows[c.row] ??= { values: [], formats: [] });
    row.values[c.col] = c.value ?? '';
    row.formats[c.col] = typeof c.value === 'string' ? '@' : (style?.numberFormat ?? null);
  }
  const steps: WriteStep[] = [];
  let top = -1;
  let width = 0;
  let bytes = 0;
  const close = (end: number): void => {
    if (top < 0) return;
    const band = { top, left: 0, bottom: end, right: width - 1 };
    const bandValues: Array<Array<string | number>> = [];
    // null leaves a cell's format as it is: General, on the new sheet every write goes to (and 4 bytes, not 9).
    const bandFormats: Array<Array<string | null>> = [];
    for (let r = top; r <= end; r++) {
      const row = rows[r];
      const values = Array<string | number>(width).fill('');
      const formats = Array<string | null>(width).fill(null);
      row?.values.forEach((v, c) => (values[c] = v));
      row?.formats.forEach((f, c) => (formats[c] = f));
      bandValues.push(values);
      bandFormats.push(formats);
    }
    steps.push({
      bytes: bytes + 2 * ACTION_BYTES,
      queue: (sheet) => {
        const range = sheet.getRange(toA1Range(band));
        range.numberFormat = bandFormats;
        range.values = bandValues;
      },
    });
    top = -1;
    width = 0;
    bytes = 0;
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const rowWidth = row?.values.length ?? 0;
    const rowBytes = row ? jsonBytes(row.values) + jsonBytes(row.formats) : 0;
    if (top >= 0) {
      // What taking this row into the band adds in padding, against what a band of its own costs.
      const padding = PAD_BYTES * (rowWidth <= width ? width - rowWidth : (rowWidth - width) * (r - top));
      if (padding > 2 * ACTION_BYTES || bytes + rowBytes + padding > MAX_BAND_BYTES) close(r - 1);
      else bytes += padding;
    }
    // Rows without cells need no band of their own (a new sheet's cells are empty).
    if (top < 0 && rowWidth === 0) continue;
    if (top < 0) top = r;
    width = Math.max(width, rowWidth);
    bytes += rowBytes;
  }
  close(rows.length - 1);
  return steps;
}

/** Each named style applied to all its cells as column runs (multi-area ranges), in steps of a bounded address. */
function styleSteps(spec: SheetSpec): WriteStep[] {
  const byStyle = new Map<string, Map<number, number[]>>();
  for (const c of spec.cells) {
    if (!c.style) continue;
    const cols = byStyle.get(c.style) ?? new Map<number, number[]>();
    const rows = cols.get(c.col) ?? [];
    rows.push(c.row);
    cols.set(c.col, rows);
    byStyle.set(c.style, cols);
  }
  const steps: WriteStep[] = [];
  for (const [name, cols] of byStyle) {
    const style = spec.styles[name];
    if (!style) continue;
    for (const address of areaLists(columnRuns(cols))) {
      steps.push({ bytes: utf8Bytes(address) + styleActions(style) * ACTION_BYTES, queue: (sheet) => applyStyle(sheet.getRanges(address), style) });
    }
  }
  return steps;
}

function columnRuns(cols: Map<number, number[]>): string[] {
  const areas: string[] = [];
  for (const [col, rows] of cols) {
    rows.sort((a, b) => a - b);
    let start = rows[0] ?? 0;
    let prev = start;
    for (const row of [...rows.slice(1), Number.NaN]) {
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      areas.push(toA1Range({ top: start, left: col, bottom: prev, right: col }));
      start = row;
      prev = row;
    }
  }
  return areas;
}

function mergeSteps(spec: SheetSpec): WriteStep[] {
  const steps: WriteStep[] = [];
  for (let i = 0; i < spec.merges.length; i += MERGES_PER_STEP) {
    const chunk: CellRange[] = spec.merges.slice(i, i + MERGES_PER_STEP);
    steps.push({ bytes: chunk.length * ACTION_BYTES, queue: (sheet) => chunk.forEach((m) => sheet.getRange(toA1Range(m)).merge(false)) });
  }
  return steps;
}

/** Protection of the sheet, when its spec asks for it: queued after everything else is on the sheet. */
export function protectStep(spec: SheetSpec): WriteStep | null {
  if (!spec.protect) return null;
  return { bytes: 2 * ACTION_BYTES, queue: (sheet) => sheet.protection.protect({ allowFormatRows: true, allowFormatColumns: true, allowFormatCells: true }) };
}

/** Validations, conditional formats, tables and names. */
function rulesStep(spec: SheetSpec, tableNames: readonly string[]): WriteStep {
  const actions = 4 * spec.validations.length + 6 * spec.conditionalFormats.length + 3 * spec.tables.length + spec.names.length;
  const text = spec.validations.reduce((n, v) => n + jsonBytes(v), 0) + spec.conditionalFormats.reduce((n, f) => n + jsonBytes(f), 0);
  return {
    bytes: actions * ACTION_BYTES + text,
    queue: (sheet) => {
      for (const v of spec.validations) {
        const dv = sheet.getRange(toA1Range(v.range)).dataValidation;
        dv.rule =
          v.rule.type === 'list'
            ? { list: { inCellDropDown: true, source: v.rule.values.join(',') } }
            : { [v.rule.type === 'whole' ? 'wholeNumber' : 'decimal']: { formula1: v.rule.min, formula2: v.rule.max, operator: Excel.DataValidationOperator.between } };
        if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
        if (v.error) dv.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: v.error.title, message: v.error.message };
      }
      for (const f of spec.conditionalFormats) queueConditionalFormat(sheet.getRange(toA1Range(f.range)), f.rule, toA1(f.range.top, f.range.left));
      spec.tables.forEach((t, i) => {
        const table = sheet.tables.add(toA1Range(t.range), true);
        table.name = tableNames[i] ?? t.name;
        table.style = t.style;
      });
      // A workbook-scoped name is the workbook's (one per workbook); the plan sheets' own names are the sheet's.
      for (const n of spec.names) (n.scope === 'workbook' ? sheet.context.workbook.names : sheet.names).add(n.name, sheet.getRange(toA1Range(n.range)));
    },
  };
}

function styleActions(s: CellStyle): number {
  return Object.keys(s).length + (s.border && s.border !== 'none' ? 12 : 0) + 3;
}

function applyStyle(target: Excel.RangeAreas, s: CellStyle): void {
  const format = target.format;
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.fontColor) format.font.color = `#${s.fontColor}`;
  if (s.fill) format.fill.color = `#${s.fill}`;
  if (s.horizontal) format.horizontalAlignment = s.horizontal === 'left' ? Excel.HorizontalAlignment.left : s.horizontal === 'right' ? Excel.HorizontalAlignment.right : Excel.HorizontalAlignment.center;
  if (s.vertical) format.verticalAlignment = s.vertical === 'top' ? Excel.VerticalAlignment.top : s.vertical === 'bottom' ? Excel.VerticalAlignment.bottom : Excel.VerticalAlignment.center;
  if (s.wrap) format.wrapText = true;
  // Office.js: 180 is vertically stacked text (ExcelApi 1.7).
  if (s.verticalText) format.textOrientation = 180;
  if (s.border && s.border !== 'none') {
    for (const edge of [Excel.BorderIndex.edgeTop, Excel.BorderIndex.edgeBottom, Excel.BorderIndex.edgeLeft, Excel.BorderIndex.edgeRight]) {
      const border = format.borders.getItem(edge);
      border.style = Excel.BorderLineStyle.continuous;
      border.weight = s.border === 'medium' ? Excel.BorderWeight.medium : Excel.BorderWeight.thin;
      border.color = '#808080';
    }
  }
  if (s.locked === false) format.protection.locked = false;
}

/** Conditional formats; custom rules are written relative to the range's first cell (`first`). */
function queueConditionalFormat(range: Excel.Range, rule: ConditionalFormat['rule'], first: string): void {
  switch (rule.type) {
    case 'dataBar': {
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      cf.dataBar.lowerBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: String(rule.min) };
      cf.dataBar.upperBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: String(rule.max) };
      cf.dataBar.positiveFormat.fillColor = `#${rule.color}`;
      return;
    }
    case 'colorScale': {
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      cf.colorScale.criteria = {
        minimum: { type: Excel.ConditionalFormatColorCriterionType.lowestValue, color: `#${rule.min}` },
        ...(rule.mid ? { midpoint: { type: Excel.ConditionalFormatColorCriterionType.percentile, formula: '50', color: `#${rule.mid}` } } : {}),
        maximum: { type: Excel.ConditionalFormatColorCriterionType.highestValue, color: `#${rule.max}` },
      };
      return;
    }
    case 'lessThan':
    case 'textEquals': {
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      const ref = first;
      cf.custom.rule.formula =
        rule.type === 'lessThan' ? `=AND(ISNUMBER(${ref}),${ref}<${rule.value})` : `=OR(${rule.values.map((v) => `${ref}="${v.replace(/"/g, '""')}"`).join(',')})`;
      cf.custom.format.fill.color = `#${rule.fill}`;
      if (rule.fontColor) cf.custom.format.font.color = `#${rule.fontColor}`;
      return;
    }
  }
}
