/**
 * A worksheet described as plain data: what the template and the dashboard produce and what every
 * host (our .xlsx writer for files, Office.js in Excel) renders. Hosts hold no domain rules, only this.
 */
import { z } from 'zod';
import { ChartSpecSchema } from './chart-spec';
import { ColorSchema, RangeSchema } from './spec-primitives';

export type { ChartCategories, ChartRange, ChartSeries, ChartSpec } from './chart-spec';

export const CellStyleSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  fontSize: z.number().positive().optional(),
  fontColor: ColorSchema.optional(),
  fill: ColorSchema.optional(),
  horizontal: z.enum(['left', 'center', 'right']).optional(),
  vertical: z.enum(['top', 'middle', 'bottom']).optional(),
  wrap: z.boolean().optional(),
  /** Stacked vertical text (縦書き) for narrow label columns. */
  verticalText: z.boolean().optional(),
  border: z.enum(['thin', 'medium', 'none']).optional(),
  numberFormat: z.string().optional(),
  /** Inputs are unlocked; labels stay locked when the sheet is protected. Default: locked. */
  locked: z.boolean().optional(),
});
export type CellStyle = z.infer<typeof CellStyleSchema>;

export const CellSpecSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  /** Text is always written as text, never as a formula, whatever it starts with. */
  value: z.union([z.string(), z.number(), z.null()]),
  style: z.string().optional(),
});
export type CellSpec = z.infer<typeof CellSpecSchema>;

export const ValidationRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decimal'), min: z.number(), max: z.number() }),
  z.object({ type: z.literal('whole'), min: z.number(), max: z.number() }),
  z.object({ type: z.literal('list'), values: z.array(z.string()).min(1) }),
]);

export const DataValidationSchema = z.object({
  range: RangeSchema,
  rule: ValidationRuleSchema,
  prompt: z.object({ title: z.string(), message: z.string() }).optional(),
  error: z.object({ title: z.string(), message: z.string() }).optional(),
});
export type DataValidation = z.infer<typeof DataValidationSchema>;

export const ConditionalFormatSchema = z.object({
  range: RangeSchema,
  rule: z.discriminatedUnion('type', [
    z.object({ type: z.literal('dataBar'), color: ColorSchema, min: z.number(), max: z.number() }),
    z.object({ type: z.literal('colorScale'), min: ColorSchema, mid: ColorSchema.optional(), max: ColorSchema }),
    /** Highlights cells whose number is below `value` (blank cells excluded). */
    z.object({ type: z.literal('lessThan'), value: z.number(), fill: ColorSchema, fontColor: ColorSchema.optional() }),
    /** Highlights cells whose text equals one of `values`. */
    z.object({ type: z.literal('textEquals'), values: z.array(z.string()).min(1), fill: ColorSchema, fontColor: ColorSchema.optional() }),
  ]),
});
export type ConditionalFormat = z.infer<typeof ConditionalFormatSchema>;

export const TableSpecSchema = z.object({
  /** Excel table name: letters, digits, underscores; starts with a letter; not a cell reference. */
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{2,}$/),
  /** The header row and the data below it; the header cells are written in `cells` too. */
  range: RangeSchema,
  style: z.string().default('TableStyleMedium2'),
});
export type TableSpec = z.infer<typeof TableSpecSchema>;

export const DefinedNameSchema = z.object({
  name: z.string().regex(/^[A-Za-z_\\][A-Za-z0-9_.]*$/),
  range: RangeSchema,
  /** Sheet-scoped names let every plan sheet of a workbook carry the same names. */
  scope: z.enum(['sheet', 'workbook']),
});
export type DefinedName = z.infer<typeof DefinedNameSchema>;

export const SheetSpecSchema = z.object({
  name: z.string().min(1).max(31),
  tabColor: ColorSchema.optional(),
  /** Widths in characters (Excel's column width unit). */
  columns: z.array(z.object({ width: z.number().positive(), hidden: z.boolean().optional() })),
  /** Heights in points, for rows that need one (wrapped text is not auto-heighted by other readers). */
  rowHeights: z.array(z.object({ row: z.number().int().nonnegative(), height: z.number().positive() })),
  styles: z.record(z.string(), CellStyleSchema),
  cells: z.array(CellSpecSchema),
  merges: z.array(RangeSchema),
  validations: z.array(DataValidationSchema),
  conditionalFormats: z.array(ConditionalFormatSchema),
  tables: z.array(TableSpecSchema),
  names: z.array(DefinedNameSchema),
  freeze: z.object({ rows: z.number().int().nonnegative(), cols: z.number().int().nonnegative() }).nullable(),
  print: z.object({
    orientation: z.enum(['landscape', 'portrait']),
    paper: z.literal('A4'),
    fitToWidth: z.boolean(),
    /** With fitToWidth: one page tall too (the overview prints on exactly one page). */
    fitToHeight: z.boolean().optional(),
    /** The cells printed (default: all that hold something). */
    area: RangeSchema.optional(),
    /** Rows repeated at the top of every printed page (zero-based, inclusive). */
    titleRows: z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }).nullable(),
  }),
  /** Zero-based rows that start a new printed page (manual page breaks), e.g. each quarter of the template. */
  pageBreaks: z.array(z.number().int().positive()).optional(),
  /** Zero-based columns that start a new printed page. */
  columnBreaks: z.array(z.number().int().positive()).optional(),
  /** Cells that link to a cell of a sheet of the same workbook (the overview's rows to 集約_達成率). */
  links: z
    .array(z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative(), to: z.object({ sheet: z.string().min(1).max(31), row: z.number().int().nonnegative(), col: z.number().int().nonnegative() }) }))
    .optional(),
  /** Charts drawn over the sheet, reading its cells (or another sheet's). */
  charts: z.array(ChartSpecSchema).optional(),
  /** Protect the sheet (no password) so only unlocked input cells can be typed into. */
  protect: z.boolean(),
});
export type SheetSpec = z.infer<typeof SheetSpecSchema>;

/** Several sheets written together (one workbook of plan sheets, or the dashboard). */
export type WorkbookSpec = { readonly sheets: readonly SheetSpec[] };
