/**
 * A chart on a worksheet, described as data: what a SheetSpec may carry beside its cells. The vocabulary
 * is closed on purpose (bar and line charts over sheet ranges, titles, two axes, one threshold line): it
 * is what the plenary's charts need, and every host can draw it.
 */
import { z } from 'zod';
import { ColorSchema, RangeSchema } from './spec-primitives';

/** Cells a chart reads: one row or one column, on the chart's own sheet unless `sheet` names another. */
export const ChartRangeSchema = z
  .object({ sheet: z.string().min(1).max(31).optional(), range: RangeSchema })
  .refine((r) => r.range.top === r.range.bottom || r.range.left === r.range.right, 'a chart range is one row or one column');
export type ChartRange = z.infer<typeof ChartRangeSchema>;

/**
 * The category labels: one row or one column, or several columns of one block (a multi-level axis, the
 * outermost level on the left). An outer level names its group on the group's first row and leaves the
 * rows below it empty, as Excel reads such a block (「就労部会」 over its WGs' plans).
 */
export const ChartCategoriesSchema = z.object({ sheet: z.string().min(1).max(31).optional(), range: RangeSchema });
export type ChartCategories = z.infer<typeof ChartCategoriesSchema>;

export const ChartSeriesSchema = z.object({
  /** The legend text. */
  name: z.string().min(1),
  values: ChartRangeSchema,
  color: ColorSchema.optional(),
});
export type ChartSeries = z.infer<typeof ChartSeriesSchema>;

export const ChartAxisSchema = z.object({
  title: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Excel number format of the value axis labels, e.g. '0"%"'. */
  numberFormat: z.string().optional(),
});
export type ChartAxis = z.infer<typeof ChartAxisSchema>;

export const ChartSpecSchema = z
  .object({
    /**
     * 'bar': one bar per category and series (several series stand side by side: a clustered bar chart);
     * 'line': one line per series.
     */
    type: z.enum(['bar', 'line']),
    /** Bars only: 'column' (the default) stands them up, categories along the bottom; 'bar' lays them down. */
    direction: z.enum(['column', 'bar']).optional(),
    title: z.string().optional(),
    /** The cells the chart covers: its top-left corner is the top-left cell, its bottom-right the bottom-right one. */
    anchor: RangeSchema,
    /** The category labels (one per point), e.g. the committee names; several columns are levels. */
    categories: ChartCategoriesSchema,
    series: z.array(ChartSeriesSchema).min(1).max(12),
    categoryAxis: z.object({ title: z.string().optional() }).optional(),
    valueAxis: ChartAxisSchema.optional(),
    /**
     * A dashed line across the categories (e.g. the 60 % an achievement rate should reach), read from cells
     * like any series: a line of literal values is dropped by LibreOffice, and the sheet shows the value too.
     */
    threshold: z.object({ label: z.string().min(1), values: ChartRangeSchema, color: ColorSchema.optional() }).optional(),
    /** Default: shown below the plot. */
    showLegend: z.boolean().optional(),
  })
  // A line is drawn along the categories; over laid-down bars it would run the wrong way.
  .refine((c) => !(c.threshold && c.type === 'bar' && c.direction === 'bar'), 'a threshold line needs upright bars or a line chart');
export type ChartSpec = z.infer<typeof ChartSpecSchema>;
