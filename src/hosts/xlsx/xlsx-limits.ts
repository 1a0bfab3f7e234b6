/**
 * Explicit limits for reading submitted workbooks. A status sheet is a few hundred cells; these bounds
 * are generous for real sheets and refuse resource attacks before any large allocation.
 */
export interface ReadLimits {
  /** Largest file accepted. Real submissions are 20–200 KB; 20 MB leaves room for pasted images. */
  readonly maxFileBytes: number;
  /** Largest total of the inflated parts we read: declared sizes are checked before inflating, and a part is stopped once it yields more than it declared. */
  readonly maxInflatedBytes: number;
  /** Largest inflated/compressed ratio of one part: XML compresses ~10–30×, a zip bomb ~1000×. */
  readonly maxInflateRatio: number;
  /** Most worksheets in one workbook: a group keeps a handful of plan sheets. */
  readonly maxSheets: number;
  /** Most cells with values in one worksheet (empty formatted cells do not count). */
  readonly maxCellsPerSheet: number;
  /** Highest row / column a cell with a value may sit in (1-based counts); formatting alone may reach further. */
  readonly maxRows: number;
  readonly maxColumns: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxInflateRatio: 200,
  maxSheets: 200,
  maxCellsPerSheet: 200_000,
  maxRows: 10_000,
  maxColumns: 200,
};
