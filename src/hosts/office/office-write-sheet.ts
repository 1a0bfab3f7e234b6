/**
 * Queues a SheetSpec onto a new worksheet: every write is queued, none syncs, so a whole sheet costs no
 * round trip of its own. Values and number formats go as 2-D blocks; styles as multi-area ranges.
 */
import { toA1, toA1Range, type CellRange } from '../../domain/cell-ref';
import type { CellStyle, ConditionalFormat, SheetSpec } from '../../domain/sheet-spec';

/** Excel on the web refuses requests over 5 MB: values go in row bands of at most this many cells. */
const MAX_CELLS_PER_WRITE = 20_000;
/** Excel's column width unit is a character; Office.js wants points (a 8.43-char column is 48 pt). */
const POINTS_PER_CHAR = 5.7;
/** getRanges takes a comma list of areas; long lists are split to stay well under its limits. */
const MAX_AREAS_PER_CALL = 200;

/** Queues every part of `spec` onto `sheet` (a sheet this product just added). */
export function queueSheetSpec(sheet: Excel.Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((c, i) => {
    const column = sheet.getRange(`${toA1(0, i).replace(/\d+$/, '')}:${toA1(0, i).replace(/\d+$/, '')}`);
    column.format.columnWidth = c.width * POINTS_PER_CHAR;
    if (c.hidden) column.columnHidden = true;
  });
  for (const r of spec.rowHeights) sheet.getRange(`${r.row + 1}:${r.row + 1}`).format.rowHeight = r.height;
  queueValues(sheet, spec);
  queueStyles(sheet, spec);
  for (const m of spec.merges) sheet.getRange(toA1Range(m)).merge(false);
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
  for (const t of spec.tables) {
    const table = sheet.tables.add(toA1Range(t.range), true);
    table.name = `${t.name}_${sheet.name.length}${Math.abs(hash(sheet.name)) % 1000}`.slice(0, 250);
    table.style = t.style;
  }
  for (const n of spec.names) sheet.names.add(n.name, sheet.getRange(toA1Range(n.range)));
  if (spec.freeze) {
    if (spec.freeze.rows > 0) sheet.freezePanes.freezeRows(spec.freeze.rows);
    if (spec.freeze.cols > 0) sheet.freezePanes.freezeColumns(spec.freeze.cols);
  }
  sheet.pageLayout.orientation = spec.print.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  sheet.pageLayout.paperSize = Excel.PaperType.a4;
  if (spec.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (spec.print.titleRows) sheet.pageLayout.setPrintTitleRows(`$${spec.print.titleRows.from + 1}:$${spec.print.titleRows.to + 1}`);
  if (spec.protect) sheet.protection.protect({ allowFormatRows: true, allowFormatColumns: true, allowFormatCells: true });
}

/** Table names are workbook-wide in Excel; the sheet's name keeps two dashboards' tables apart. */
function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

/** The rectangle the cells occupy. */
function bounds(spec: SheetSpec): CellRange | null {
  if (spec.cells.length === 0) return null;
  let bottom = 0;
  let right = 0;
  for (const c of spec.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top: 0, left: 0, bottom, right };
}

/**
 * Values and number formats as 2-D blocks. Text cells get the text format "@" first, so workbook text
 * that begins with = + - @ stays text and never becomes a formula.
 */
function queueValues(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const box = bounds(spec);
  if (!box) return;
  const width = box.right + 1;
  const values: Array<Array<string | number>> = Array.from({ length: box.bottom + 1 }, () => Array<string | number>(width).fill(''));
  const formats: string[][] = Array.from({ length: box.bottom + 1 }, () => Array<string>(width).fill('General'));
  for (const c of spec.cells) {
    const style: CellStyle | undefined = c.style ? spec.styles[c.style] : undefined;
    const row = values[c.row];
    const formatRow = formats[c.row];
    if (!row || !formatRow) continue;
    row[c.col] = c.value ?? '';
    formatRow[c.col] = typeof c.value === 'string' ? '@' : (style?.numberFormat ?? 'General');
  }
  const band = Math.max(1, Math.floor(MAX_CELLS_PER_WRITE / width));
  for (let top = 0; top <= box.bottom; top += band) {
    const bottom = Math.min(box.bottom, top + band - 1);
    const range = sheet.getRange(toA1Range({ top, left: 0, bottom, right: box.right }));
    range.numberFormat = formats.slice(top, bottom + 1);
    range.values = values.slice(top, bottom + 1);
  }
}

/** Each named style applied once, to all its cells as column runs (multi-area ranges). */
function queueStyles(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const byStyle = new Map<string, Map<number, number[]>>();
  for (const c of spec.cells) {
    if (!c.style) continue;
    const cols = byStyle.get(c.style) ?? new Map<number, number[]>();
    const rows = cols.get(c.col) ?? [];
    rows.push(c.row);
    cols.set(c.col, rows);
    byStyle.set(c.style, cols);
  }
  for (const [name, cols] of byStyle) {
    const style = spec.styles[name];
    if (!style) continue;
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
    for (let i = 0; i < areas.length; i += MAX_AREAS_PER_CALL) applyStyle(sheet.getRanges(areas.slice(i, i + MAX_AREAS_PER_CALL).join(',')), style);
  }
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
