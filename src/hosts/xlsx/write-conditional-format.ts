/** SheetSpec conditional formats → <conditionalFormatting> elements of a worksheet. */
import { toA1, toA1Range } from '../../domain/cell-ref';
import type { ConditionalFormat } from '../../domain/sheet-spec';
import type { StyleTable } from './write-styles';
import { argb, num, xmlText } from './write-xml';

/** The sheet's conditional formats, one element each; priorities count from 1 in spec order. */
export function conditionalFormatsXml(formats: readonly ConditionalFormat[], styles: StyleTable): string {
  return formats.map((f, i) => `<conditionalFormatting sqref="${toA1Range(f.range)}">${ruleXml(f, i + 1, styles)}</conditionalFormatting>`).join('');
}

function ruleXml(format: ConditionalFormat, priority: number, styles: StyleTable): string {
  const rule = format.rule;
  // Formulas are relative to the range's top-left cell, as Excel stores them.
  const topLeft = toA1(format.range.top, format.range.left);
  switch (rule.type) {
    case 'dataBar':
      // The 2007 form (no x14 extension): every reader draws it; Excel 2010+ draws it with a gradient.
      return (
        `<cfRule type="dataBar" priority="${priority}"><dataBar>` +
        `<cfvo type="num" val="${num(rule.min)}"/><cfvo type="num" val="${num(rule.max)}"/><color rgb="${argb(rule.color)}"/>` +
        '</dataBar></cfRule>'
      );
    case 'colorScale': {
      const cfvo = rule.mid ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>' : '<cfvo type="min"/><cfvo type="max"/>';
      const colors = (rule.mid ? [rule.min, rule.mid, rule.max] : [rule.min, rule.max]).map((c) => `<color rgb="${argb(c)}"/>`).join('');
      return `<cfRule type="colorScale" priority="${priority}"><colorScale>${cfvo}${colors}</colorScale></cfRule>`;
    }
    case 'lessThan':
      // A cellIs "lessThan" rule also paints blank cells (Excel compares them as 0): test ISNUMBER first.
      return expression(`AND(ISNUMBER(${topLeft}),${topLeft}<${num(rule.value)})`, priority, styles.highlight(rule));
    case 'textEquals': {
      // An expression rather than "containsText": equality, not a substring, and every reader keeps it.
      const tests = rule.values.map((v) => `${topLeft}="${v.replace(/"/g, '""')}"`);
      return expression(tests.length === 1 ? (tests[0] ?? '') : `OR(${tests.join(',')})`, priority, styles.highlight(rule));
    }
  }
}

function expression(formula: string, priority: number, dxfId: number): string {
  return `<cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><formula>${xmlText(formula)}</formula></cfRule>`;
}
