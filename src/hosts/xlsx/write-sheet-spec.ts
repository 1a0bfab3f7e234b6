/** Renders a SheetSpec into an ExcelJS worksheet: every part of the spec, nothing of the domain. */
import type ExcelJS from 'exceljs';
import { toA1, toA1Range } from '../../domain/cell-ref';
import type { DataValidation, SheetSpec } from '../../domain/sheet-spec';
import { toExcelStyle, toArgb } from './write-cell-style';
import { toConditionalRule } from './write-conditional-format';
import { addSheetScopedName, toAbsoluteRef } from './write-sheet-scoped-names';
import { deferSheetData, placedCells, styleSamples } from './write-sheet-data';
import { writeTable } from './write-table';

/** Excel's paper size code for A4. */
const PAPER_A4 = 9;

/** Adds a worksheet named `spec.name` (the caller makes the name free) and renders the spec into it. */
export function writeSheetSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name, spec.tabColor ? { properties: { tabColor: toArgb(spec.tabColor) } } : {});

  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });

  // Tables first: Excel needs their header texts unique and non-empty, so the host may change them.
  const overrides = spec.tables.flatMap((t) => writeTable(ws, t, spec.cells).map((value, i) => ({ row: t.range.top, col: t.range.left + i, value })));
  const cells = placedCells(spec, overrides);
  // ExcelJS gets one cell per style, so that it registers the style; every cell is written by
  // write-sheet-data.ts when the workbook is serialised (why: see there).
  const styleNames = new Set(Object.keys(spec.styles));
  const samples = new Map<string, string>();
  for (const [key, c] of styleSamples(cells, spec.merges, styleNames)) {
    ws.getRow(c.row + 1).getCell(c.col + 1).style = toExcelStyle(key === '' ? undefined : spec.styles[key]);
    samples.set(key, toA1(c.row, c.col));
  }
  deferSheetData(ws, { cells, rowHeights: spec.rowHeights, samples, styleNames });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  const validations = dataValidationsOf(ws);
  for (const v of spec.validations) validations.add(toA1Range(v.range), toExcelValidation(v));
  spec.conditionalFormats.forEach((f, i) => ws.addConditionalFormatting({ ref: toA1Range(f.range), rules: [toConditionalRule(f, i + 1)] }));

  for (const n of spec.names) {
    if (n.scope === 'sheet') addSheetScopedName(ws, { name: n.name, range: n.range });
    else workbook.definedNames.add(toAbsoluteRef(ws.name, n.range), n.name);
  }

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    const topLeftCell = toA1(spec.freeze.rows, spec.freeze.cols);
    ws.views = [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows, topLeftCell, activeCell: 'A1' }];
  }

  Object.assign(ws.pageSetup, {
    paperSize: PAPER_A4,
    orientation: spec.print.orientation,
    fitToPage: spec.print.fitToWidth,
    fitToWidth: 1,
    // 0 = as many pages down as needed.
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  });
  if (spec.print.titleRows) ws.pageSetup.printTitlesRow = `${spec.print.titleRows.from + 1}:${spec.print.titleRows.to + 1}`;
  // Excel's <brk id="n"> breaks after 1-based row n, i.e. before zero-based row n.
  for (const row of spec.pageBreaks ?? []) ws.getRow(row).addPageBreak();
  ws.headerFooter.oddFooter = '&C&P / &N';

  if (spec.protect) {
    // No password, so the promise ExcelJS returns has nothing to wait for: its executor sets
    // sheetProtection synchronously (lib/doc/worksheet.js protect()).
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatRows: true, formatColumns: true });
  }
  return ws;
}

interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): unknown;
}

/**
 * ExcelJS 4.4 has worksheet.dataValidations.add(range, rule) at runtime but not in index.d.ts. One rule
 * per range matters: rules added cell by cell get merged into wrong ranges (addresses sorted as text).
 */
function dataValidationsOf(ws: ExcelJS.Worksheet): RangeValidations {
  const dv: unknown = Reflect.get(ws, 'dataValidations');
  if (dv && typeof dv === 'object' && 'add' in dv && typeof dv.add === 'function') return dv as RangeValidations;
  throw new Error('ExcelJS worksheet has no dataValidations collection');
}

function toExcelValidation(v: DataValidation): ExcelJS.DataValidation {
  const messages = {
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
    ...(v.error ? { showErrorMessage: true, errorStyle: 'stop', errorTitle: v.error.title, error: v.error.message } : {}),
  };
  switch (v.rule.type) {
    case 'decimal':
    case 'whole':
      return { type: v.rule.type, operator: 'between', allowBlank: true, formulae: [v.rule.min, v.rule.max], ...messages };
    case 'list':
      // A literal list is one quoted, comma-separated formula; quotes inside values are doubled.
      return { type: 'list', allowBlank: true, formulae: [`"${v.rule.values.map((s) => s.replace(/"/g, '""')).join(',')}"`], ...messages };
  }
}
