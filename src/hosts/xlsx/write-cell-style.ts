/** SheetSpec cell styles → ExcelJS styles: the one place that knows ExcelJS's style shape. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../domain/sheet-spec';

/** The font every written cell uses: the default of Japanese Excel since 2016 (other apps substitute a CJK font). */
export const DEFAULT_FONT_NAME = '游ゴシック';
export const DEFAULT_FONT_SIZE = 10;

/** "RRGGBB" → ExcelJS's ARGB colour. */
export function toArgb(rgb: string): { argb: string } {
  return { argb: `FF${rgb}` };
}

/** Converts one spec style (undefined: plain text) to a complete ExcelJS style. */
export function toExcelStyle(style: CellStyle | undefined): Partial<ExcelJS.Style> {
  const s = style ?? {};
  const font: Partial<ExcelJS.Font> = { name: DEFAULT_FONT_NAME, size: s.fontSize ?? DEFAULT_FONT_SIZE };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontColor) font.color = toArgb(s.fontColor);

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.horizontal) alignment.horizontal = s.horizontal;
  if (s.vertical) alignment.vertical = s.vertical;
  if (s.wrap) alignment.wrapText = true;
  if (s.verticalText) alignment.textRotation = 'vertical';

  const out: Partial<ExcelJS.Style> = { font, alignment };
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: toArgb(s.fill), bgColor: toArgb(s.fill) };
  if (s.border && s.border !== 'none') {
    const edge: Partial<ExcelJS.Border> = { style: s.border, color: { argb: 'FF808080' } };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  if (s.numberFormat) out.numFmt = s.numberFormat;
  // Cells are locked by default in Excel; only inputs say otherwise.
  out.protection = { locked: s.locked !== false };
  return out;
}
