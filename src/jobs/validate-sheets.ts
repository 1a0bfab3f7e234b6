/** Job 検証: read worksheets into models and validate them, per sheet and across the group. */
import type { Grid, WorkbookGrid } from '../domain/grid';
import type { Issue } from '../domain/issue';
import type { StatusSheet } from '../domain/status-sheet';
import type { WorkbookHost } from '../hosts/host';
import type { Outcome } from '../domain/outcomes';
import { readStatusSheet } from '../reader/read-status-sheet';
import { validateGroup, validateStatusSheet } from '../validate/validate-status-sheet';
import { resolveHiddenSheets } from './hidden-sheets';

export interface SheetValidation {
  readonly sheet: string;
  /** The model, or null when the sheet is not a status sheet (then `skipped` says why). */
  readonly model: StatusSheet | null;
  readonly skipped: Outcome<'skip'> | null;
  readonly issues: readonly Issue[];
}

export interface ValidationReport {
  readonly sheets: readonly SheetValidation[];
  /** Every issue, per-sheet and cross-sheet, in sheet order. */
  readonly issues: readonly Issue[];
}

export interface ValidateOptions {
  /** ISO date the checks are made as of (month-end rules); null skips date-based rules. */
  readonly asOf: string | null;
}

/** Reads and validates grids of one workbook (pure: the pane, the CLI and the consolidation share it). */
export function validateGrids(grids: readonly Grid[], options: ValidateOptions, names?: WorkbookGrid['names']): ValidationReport {
  const sheets: SheetValidation[] = grids.map((grid) => {
    const outcome = readStatusSheet(grid, names ? { names } : undefined);
    if (outcome.kind !== 'status-sheet') return { sheet: grid.name, model: null, skipped: outcome.skip, issues: [] };
    return { sheet: grid.name, model: outcome.sheet, skipped: null, issues: validateStatusSheet(outcome.sheet, { asOf: options.asOf }) };
  });
  // Cross-sheet rules look at the sheets that count: a hidden stale copy beside its visible sheet is
  // not "the same plan number twice", it is an old copy (listed as such by resolveHiddenSheets).
  const candidates = sheets.flatMap((s, i) => (s.model ? [{ file: '', sheet: s.model, hidden: grids[i]?.hidden === true }] : []));
  const groupIssues = validateGroup(resolveHiddenSheets(candidates).used.map((c) => c.sheet));
  const withGroup = sheets.map((s) => ({ ...s, issues: [...s.issues, ...groupIssues.filter((i) => i.sheet === s.sheet)] }));
  return { sheets: withGroup, issues: withGroup.flatMap((s) => s.issues) };
}

/** Validates the named sheets of the open workbook (all sheets when `names` is omitted). */
export async function validateInHost(host: WorkbookHost, options: ValidateOptions, names?: readonly string[]): Promise<ValidationReport> {
  const workbook = await host.readWorkbook(names);
  return validateGrids(workbook.sheets, options, workbook.names);
}
