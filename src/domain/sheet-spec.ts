/**
 * A worksheet described as plain data: what the template and the dashboard produce and what every
 * host (our .xlsx writer for files, Office.js in Excel) renders. Hosts hold no domain rules, only this.
 */
import * as z from 'zod/mini';
import { ChartSpecSchema } from './chart-spec';
import { ColorSchema, RangeSchema } from './spec-primitives';

export type { ChartCategories, ChartRange, ChartSeries, ChartSpec } from './chart-spec';

export const CellStyleSchema = z.object({
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  fontSize: z.optional(z.number().check(z.positive())),
  fontColor: z.optional(ColorSchema),
  fill: z.optional(ColorSchema),
  horizontal: z.optional(z.enum(['left', 'center', 'right'])),
  vertical: z.optional(z.enum(['top', 'middle', 'bottom'])),
  wrap: z.optional(z.boolean()),
  /** Stacked vertical text (縦書き) for narrow label columns. */
  verticalText: z.optional(z.boolean()),
  border: z.optional(z.enum(['thin', 'medium', 'none'])),
  numberFormat: z.optional(z.string()),
  /** Inputs are unlocked; labels stay locked when the sheet is protected. Default: locked. */
  locked: z.optional(z.boolean()),
});
export type CellStyle = z.infer<typeof CellStyleSchema>;

export const CellSpecSchema = z.object({
  row: z.number().check(z.int(), z.nonnegative()),
  col: z.number().check(z.int(), z.nonnegative()),
  /** Text is always written as text, never as a formula, whatever it starts with. */
  value: z.union([z.string(), z.number(), z.null()]),
  style: z.optional(z.string()),
});
export type CellSpec = z.infer<typeof CellSpecSchema>;

export const ValidationRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decimal'), min: z.number(), max: z.number() }),
  z.object({ type: z.literal('whole'), min: z.number(), max: z.number() }),
  z.object({ type: z.literal('list'), values: z.array(z.string()).check(z.minLength(1)) }),
]);

export const DataValidationSchema = z.object({
  range: RangeSchema,
  rule: ValidationRuleSchema,
  prompt: z.optional(z.object({ title: z.string(), message: z.string() })),
  error: z.optional(z.object({ title: z.string(), message: z.string() })),
});
export type DataValidation = z.infer<typeof DataValidationSchema>;

export const ConditionalFormatSchema = z.object({
  range: RangeSchema,
  rule: z.discriminatedUnion('type', [
    z.object({ type: z.literal('dataBar'), color: ColorSchema, min: z.number(), max: z.number() }),
    z.object({ type: z.literal('colorScale'), min: ColorSchema, mid: z.optional(ColorSchema), max: ColorSchema }),
    /** Highlights cells whose number is below `value` (blank cells excluded). */
    z.object({ type: z.literal('lessThan'), value: z.number(), fill: ColorSchema, fontColor: z.optional(ColorSchema) }),
    /** Highlights cells whose text equals one of `values`. */
    z.object({ type: z.literal('textEquals'), values: z.array(z.string()).check(z.minLength(1)), fill: ColorSchema, fontColor: z.optional(ColorSchema) }),
  ]),
});
export type ConditionalFormat = z.infer<typeof ConditionalFormatSchema>;

export const TableSpecSchema = z.object({
  /** Excel table name: letters, digits, underscores; starts with a letter; not a cell reference. */
  name: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]{2,}$/)),
  /** The header row and the data below it; the header cells are written in `cells` too. */
  range: RangeSchema,
  style: z._default(z.string(), 'TableStyleMedium2'),
});
export type TableSpec = z.infer<typeof TableSpecSchema>;

export const DefinedNameSchema = z.object({
  name: z.string().check(z.regex(/^[A-Za-z_\\][A-Za-z0-9_.]*$/)),
  range: RangeSchema,
  /** Sheet-scoped names let every plan sheet of a workbook carry the same names. */
  scope: z.enum(['sheet', 'workbook']),
});
export type DefinedName = z.infer<typeof DefinedNameSchema>;

export const SheetSpecSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(31)),
  tabColor: z.optional(ColorSchema),
  /** Widths in characters (Excel's column width unit). */
  columns: z.array(z.object({ width: z.number().check(z.positive()), hidden: z.optional(z.boolean()) })),
  /** Heights in points, for rows that need one (wrapped text is not auto-heighted by other readers). */
  rowHeights: z.array(z.object({ row: z.number().check(z.int(), z.nonnegative()), height: z.number().check(z.positive()) })),
  styles: z.record(z.string(), CellStyleSchema),
  cells: z.array(CellSpecSchema),
  merges: z.array(RangeSchema),
  validations: z.array(DataValidationSchema),
  conditionalFormats: z.array(ConditionalFormatSchema),
  tables: z.array(TableSpecSchema),
  names: z.array(DefinedNameSchema),
  freeze: z.nullable(z.object({ rows: z.number().check(z.int(), z.nonnegative()), cols: z.number().check(z.int(), z.nonnegative()) })),
  print: z.object({
    orientation: z.enum(['landscape', 'portrait']),
    paper: z.literal('A4'),
    fitToWidth: z.boolean(),
    /** With fitToWidth: one page tall too (the overview prints on exactly one page). */
    fitToHeight: z.optional(z.boolean()),
    /** The cells printed (default: all that hold something). */
    area: z.optional(RangeSchema),
    /** Rows repeated at the top of every printed page (zero-based, inclusive). */
    titleRows: z.nullable(z.object({ from: z.number().check(z.int(), z.nonnegative()), to: z.number().check(z.int(), z.nonnegative()) })),
  }),
  /** Zero-based rows that start a new printed page (manual page breaks), e.g. each quarter of the template. */
  pageBreaks: z.optional(z.array(z.number().check(z.int(), z.positive()))),
  /** Zero-based columns that start a new printed page. */
  columnBreaks: z.optional(z.array(z.number().check(z.int(), z.positive()))),
  /** Cells that link to a cell of a sheet of the same workbook (the overview's rows to 集約_達成率). */
  links: z.optional(
    z.array(z.object({ row: z.number().check(z.int(), z.nonnegative()), col: z.number().check(z.int(), z.nonnegative()), to: z.object({ sheet: z.string().check(z.minLength(1), z.maxLength(31)), row: z.number().check(z.int(), z.nonnegative()), col: z.number().check(z.int(), z.nonnegative()) }) })),
  ),
  /** Charts drawn over the sheet, reading its cells (or another sheet's). */
  charts: z.optional(z.array(ChartSpecSchema)),
  /** Protect the sheet (no password) so only unlocked input cells can be typed into. */
  protect: z.boolean(),
});
export type SheetSpec = z.infer<typeof SheetSpecSchema>;

/** Several sheets written together (one workbook of plan sheets, or the dashboard). */
export type WorkbookSpec = { readonly sheets: readonly SheetSpec[] };
