/**
 * The workbook's styles part, built from the SheetSpec styles of every sheet: each distinct font, fill,
 * border, number format and cell format is written once, however many sheets and cells use it.
 */
import type { CellStyle } from '../../domain/sheet-spec';
import { XML_DECLARATION, argb, attr, num } from './write-xml';

/** The font every written cell uses: the default of Japanese Excel since 2016 (other apps substitute a CJK font). */
export const DEFAULT_FONT_NAME = '游ゴシック';
export const DEFAULT_FONT_SIZE = 10;
const BORDER_COLOR = '808080';

/** Number formats Excel knows by id (ECMA-376 §18.8.30): written by id, never redefined. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
/** The first id a workbook's own number formats may take. */
const FIRST_CUSTOM_FORMAT = 164;

/** A highlight a conditional format applies (a differential format). */
export interface Highlight {
  readonly fill: string;
  readonly fontColor?: string | undefined;
}

/** Distinct values → their index in a list, in first-use order. */
class Indexed {
  private readonly indexes = new Map<string, number>();
  readonly items: string[] = [];

  constructor(initial: readonly string[] = []) {
    for (const item of initial) this.indexOf(item);
  }

  indexOf(xml: string): number {
    let index = this.indexes.get(xml);
    if (index === undefined) {
      index = this.items.length;
      this.indexes.set(xml, index);
      this.items.push(xml);
    }
    return index;
  }
}

/** Every cell format and highlight of the workbook, deduplicated; renders xl/styles.xml. */
export class StyleTable {
  // Font 0 is the Normal style's: Excel measures column widths in its digits, so it stays Excel's default.
  private readonly fonts = new Indexed(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  // Fills 0 and 1 are reserved by Excel (none and gray125) whatever the file says.
  private readonly fills = new Indexed(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Indexed(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly formats = new Map<string, number>();
  // Cell format 0 is Excel's default, the style of a cell that has none.
  private readonly xfs = new Indexed(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Indexed();

  /** The cell format id of a spec style (undefined: plain text in the default font; null: Excel's default). */
  cellFormat(style: CellStyle | undefined | null): number {
    if (style === null) return 0;
    const s = style ?? {};
    const fontId = this.fonts.indexOf(fontXml(s));
    const fillId = s.fill ? this.fills.indexOf(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor rgb="${argb(s.fill)}"/></patternFill></fill>`) : 0;
    const borderId = s.border && s.border !== 'none' ? this.borders.indexOf(borderXml(s.border)) : 0;
    const numFmtId = s.numberFormat ? this.numberFormat(s.numberFormat) : 0;
    const alignment = alignmentXml(s);
    const unlocked = s.locked === false;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyFont="1"`;
    if (numFmtId !== 0) xf += ' applyNumberFormat="1"';
    if (fillId !== 0) xf += ' applyFill="1"';
    if (borderId !== 0) xf += ' applyBorder="1"';
    if (alignment) xf += ' applyAlignment="1"';
    if (unlocked) xf += ' applyProtection="1"';
    xf += alignment || unlocked ? `>${alignment}${unlocked ? '<protection locked="0"/>' : ''}</xf>` : '/>';
    return this.xfs.indexOf(xf);
  }

  /** The differential format id of a highlight. */
  highlight(h: Highlight): number {
    const font = h.fontColor ? `<font><color rgb="${argb(h.fontColor)}"/></font>` : '';
    return this.dxfs.indexOf(`<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="${argb(h.fill)}"/></patternFill></fill></dxf>`);
  }

  /** xl/styles.xml. */
  xml(): string {
    const list = (tag: string, items: readonly string[]): string => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = [...this.formats].filter(([, id]) => id >= FIRST_CUSTOM_FORMAT).map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${attr(code)}"/>`);
    return (
      `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (numFmts.length > 0 ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }

  private numberFormat(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + [...this.formats.values()].filter((v) => v >= FIRST_CUSTOM_FORMAT).length;
      this.formats.set(code, id);
    }
    return id;
  }
}

function fontXml(s: CellStyle): string {
  // CT_Font is a choice of children in any order; Excel writes them in this one.
  let xml = '<font>';
  if (s.bold) xml += '<b/>';
  if (s.italic) xml += '<i/>';
  xml += `<sz val="${num(s.fontSize ?? DEFAULT_FONT_SIZE)}"/>`;
  if (s.fontColor) xml += `<color rgb="${argb(s.fontColor)}"/>`;
  // family 3 (modern) and charset 128 (Shift-JIS): what Excel writes for its Japanese default font.
  return `${xml}<name val="${DEFAULT_FONT_NAME}"/><family val="3"/><charset val="128"/></font>`;
}

function borderXml(style: 'thin' | 'medium'): string {
  const edge = (side: string): string => `<${side} style="${style}"><color rgb="${argb(BORDER_COLOR)}"/></${side}>`;
  return `<border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<diagonal/></border>`;
}

function alignmentXml(s: CellStyle): string {
  let attrs = '';
  if (s.horizontal) attrs += ` horizontal="${s.horizontal}"`;
  // SpreadsheetML says "center" for what the spec (and Office.js) call middle.
  if (s.vertical) attrs += ` vertical="${s.vertical === 'middle' ? 'center' : s.vertical}"`;
  // 255: the characters stacked one above the other (縦書き), not rotated.
  if (s.verticalText) attrs += ' textRotation="255"';
  if (s.wrap) attrs += ' wrapText="1"';
  return attrs ? `<alignment${attrs}/>` : '';
}
