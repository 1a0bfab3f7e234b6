/** SheetSpec conditional formats → ExcelJS rules. */
import type ExcelJS from 'exceljs';
import { toA1 } from '../../domain/cell-ref';
import type { ConditionalFormat } from '../../domain/sheet-spec';
import { toArgb } from './write-cell-style';

/** ExcelJS's dataBar typing omits the colour its writer reads (lib/xlsx/xform/sheet/cf/databar-xform.js). */
type DataBarRule = ExcelJS.DataBarRuleType & { color: { argb: string } };

/** One ExcelJS rule for one spec format; `priority` orders rules across the sheet. */
export function toConditionalRule(format: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  const rule = format.rule;
  const topLeft = toA1(format.range.top, format.range.left);
  switch (rule.type) {
    case 'dataBar': {
      const bar: DataBarRule = {
        type: 'dataBar',
        priority,
        // `gradient` stays unset: ExcelJS then writes its x14 extension with a real id; with gradient: true
        // it still writes an extLst reference, but with an empty <x14:id/> (cf/ext-lst-ref-xform.js).
        cfvo: [
          { type: 'num', value: rule.min },
          { type: 'num', value: rule.max },
        ],
        color: toArgb(rule.color),
      };
      return bar;
    }
    case 'colorScale': {
      const cfvo: ExcelJS.Cvfo[] = rule.mid ? [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }] : [{ type: 'min' }, { type: 'max' }];
      const colors = rule.mid ? [rule.min, rule.mid, rule.max] : [rule.min, rule.max];
      return { type: 'colorScale', priority, cfvo, color: colors.map(toArgb) };
    }
    case 'lessThan':
      // A cellIs "lessThan" rule also paints blank cells (Excel compares them as 0): test ISNUMBER first.
      return { type: 'expression', priority, formulae: [`AND(ISNUMBER(${topLeft}),${topLeft}<${rule.value})`], style: highlight(rule.fill, rule.fontColor) };
    case 'textEquals': {
      // ExcelJS loses the text of "containsText" rules: write an expression instead (notes/xlsx.md).
      const tests = rule.values.map((v) => `${topLeft}="${v.replace(/"/g, '""')}"`);
      const formula = tests.length === 1 ? (tests[0] ?? '') : `OR(${tests.join(',')})`;
      return { type: 'expression', priority, formulae: [formula], style: highlight(rule.fill, rule.fontColor) };
    }
  }
}

function highlight(fill: string, fontColor: string | undefined): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { fill: { type: 'pattern', pattern: 'solid', bgColor: toArgb(fill) } };
  if (fontColor) style.font = { color: toArgb(fontColor) };
  return style;
}
