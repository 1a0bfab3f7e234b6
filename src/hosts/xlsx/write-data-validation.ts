/** SheetSpec data validations → a worksheet's <dataValidations>: one rule per range, with its prompt and error. */
import { toA1Range } from '../../domain/cell-ref';
import type { DataValidation } from '../../domain/sheet-spec';
import { attr, num, xmlText } from './write-xml';

/** The sheet's <dataValidations> element, or '' when it has none. */
export function dataValidationsXml(validations: readonly DataValidation[]): string {
  if (validations.length === 0) return '';
  return `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
}

function validationXml(v: DataValidation): string {
  let attrs = ` type="${v.rule.type}" allowBlank="1"`;
  if (v.rule.type !== 'list') attrs += ' operator="between"';
  if (v.prompt) attrs += ` showInputMessage="1" promptTitle="${attr(v.prompt.title)}" prompt="${attr(v.prompt.message)}"`;
  if (v.error) attrs += ` showErrorMessage="1" errorStyle="stop" errorTitle="${attr(v.error.title)}" error="${attr(v.error.message)}"`;
  const formulas =
    v.rule.type === 'list'
      ? // A literal list is one quoted, comma-separated formula; quotes inside values are doubled.
        `<formula1>${xmlText(`"${v.rule.values.map((s) => s.replace(/"/g, '""')).join(',')}"`)}</formula1>`
      : `<formula1>${num(v.rule.min)}</formula1><formula2>${num(v.rule.max)}</formula2>`;
  return `<dataValidation${attrs} sqref="${toA1Range(v.range)}">${formulas}</dataValidation>`;
}
