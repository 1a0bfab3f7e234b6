/**
 * A chart on a worksheet, described as data: what a SheetSpec may carry beside its cells. The vocabulary
 * is closed on purpose (bar and line charts over sheet ranges, titles, two axes, one threshold line): it
 * is what the plenary's charts need, and every host can draw it.
 */
import * as z from 'zod/mini';
import { ColorSchema, RangeSchema } from './spec-primitives';

/** Cells a chart reads: one row or one column, on the chart's own sheet unless `sheet` names another. */
export const ChartRangeSchema = z
  .object({ sheet: z.optional(z.string().check(z.minLength(1), z.maxLength(31))), range: RangeSchema })
  .check(z.refine((r) => r.range.top === r.range.bottom || r.range.left === r.range.right, 'a chart range is one row or one column'));
export type ChartRange = z.infer<typeof ChartRangeSchema>;

/**
 * The category labels: one row or one column, or several columns of one block (a multi-level axis, the
 * outermost level on the left). An outer level names its group on the group's first row and leaves the
 * rows below it empty, as Excel reads such a block (「就労部会」 over its WGs' plans).
 */
export const ChartCategoriesSchema = z.object({ sheet: z.optional(z.string().check(z.minLength(1), z.maxLength(31))), range: RangeSchema });
export type ChartCategories = z.infer<typeof ChartCategoriesSchema>;

export const ChartSeriesSchema = z.object({
  /** The legend text. */
  name: z.string().check(z.minLength(1)),
  values: ChartRangeSchema,
  color: z.optional(ColorSchema),
});
export type ChartSeries = z.infer<typeof ChartSeriesSchema>;

export const ChartAxisSchema = z.object({
  title: z.optional(z.string()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** Excel number format of the value axis labels, e.g. '0"%"'. */
  numberFormat: z.optional(z.string()),
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
    direction: z.optional(z.enum(['column', 'bar'])),
    title: z.optional(z.string()),
    /** The cells the chart covers: its top-left corner is the top-left cell, its bottom-right the bottom-right one. */
    anchor: RangeSchema,
    /** The category labels (one per point), e.g. the committee names; several columns are levels. */
    categories: ChartCategoriesSchema,
    series: z.array(ChartSeriesSchema).check(z.minLength(1), z.maxLength(12)),
    categoryAxis: z.optional(z.object({ title: z.optional(z.string()) })),
    valueAxis: z.optional(ChartAxisSchema),
    /**
     * A dashed line across the categories (e.g. the 60 % an achievement rate should reach), read from cells
     * like any series: a line of literal values is dropped by LibreOffice, and the sheet shows the value too.
     */
    threshold: z.optional(z.object({ label: z.string().check(z.minLength(1)), values: ChartRangeSchema, color: z.optional(ColorSchema) })),
    /** Default: shown below the plot. */
    showLegend: z.optional(z.boolean()),
  })
  // A line is drawn along the categories; over laid-down bars it would run the wrong way.
  .check(z.refine((c) => !(c.threshold && c.type === 'bar' && c.direction === 'bar'), 'a threshold line needs upright bars or a line chart'));
export type ChartSpec = z.infer<typeof ChartSpecSchema>;
