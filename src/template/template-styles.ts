/** The standard sheet's look: a calm, printable form (light fills, thin borders, 10 pt text). */
import type { CellStyle } from '../domain/sheet-spec';

/** Style names the renderer places; the table below defines each one. */
export type TemplateStyleName =
  | 'title'
  | 'subtitle'
  | 'label'
  | 'header'
  | 'quarter'
  | 'month'
  | 'planNumber'
  | 'input'
  | 'rate'
  | 'summaryLabel'
  | 'stamp';

const LABEL_FILL = 'DCE6F1';
const HEADER_FILL = 'C5D9F1';
const MONTH_FILL = 'EEF3FA';
const SUMMARY_FILL = 'FCE4D6';

export const TEMPLATE_STYLES: Readonly<Record<TemplateStyleName, CellStyle>> = {
  title: { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle' },
  subtitle: { fontSize: 11, horizontal: 'center', vertical: 'middle' },
  label: { bold: true, fontSize: 10, fill: LABEL_FILL, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  header: { bold: true, fontSize: 10, fill: HEADER_FILL, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  quarter: { bold: true, fontSize: 10, fill: LABEL_FILL, horizontal: 'center', vertical: 'middle', verticalText: true, border: 'thin' },
  month: { fontSize: 10, fill: MONTH_FILL, horizontal: 'center', vertical: 'middle', border: 'thin' },
  planNumber: { bold: true, fontSize: 11, fill: LABEL_FILL, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  input: { fontSize: 10, horizontal: 'left', vertical: 'top', wrap: true, border: 'thin', locked: false },
  rate: { bold: true, fontSize: 11, horizontal: 'center', vertical: 'middle', border: 'thin', numberFormat: '0%', locked: false },
  summaryLabel: { bold: true, fontSize: 10, fill: SUMMARY_FILL, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  stamp: { fontSize: 8, fontColor: '808080' },
};

/** Row heights in points: wrapped text is not auto-heighted by every reader, so the form sets them. */
export const TEMPLATE_ROW_HEIGHTS = {
  title: 26,
  yearLine: 20,
  philosophy: 40,
  goal: 52,
  planLabel: 20,
  plan: 32,
  header: 22,
  /** A month row when a month has several rows (one meeting each). */
  monthRow: 30,
  /** A month row when each month has one row only: room for a few bullet lines. */
  singleMonthRow: 48,
  summaryLabel: 18,
  summaryInput: 54,
} as const;

/** Column widths in characters: A (quarter, vertical text), B (month), C–E (DO/CHECK/ACTION), F gutter, G hidden stamp. */
export const TEMPLATE_COLUMN_WIDTHS = [5, 6, 42, 42, 42, 2, 20] as const;
