/**
 * Grid → StatusSheet. Exact for our stamped template, tolerant for legacy sheets: every value keeps the
 * cell it came from. A grid that is not a status sheet is reported with a skip code, never forced.
 */
import { parseA1, type CellPosition } from '../domain/cell-ref';
import { cellText, type Grid, type WorkbookGrid } from '../domain/grid';
import { outcome, type Outcome } from '../domain/outcomes';
import { decodeStamp, STAMP_MARKER, STAMP_NAME } from '../domain/stamp';
import type { Stamp, StatusSheet } from '../domain/status-sheet';
import { canonicalCommittee, normalizeWorkingGroup } from '../domain/committee-names';
import { layoutForStamp, rateInputsOf } from '../domain/template-layout';
import { GridView } from './grid-view';
import { findDoHeaderRow, findForm } from './find-form';
import { judgeLayout } from './judge-layout';
import { matchMonthLabel } from './match-label';
import { hiddenNotes, readBody } from './read-months';
import { readHeading } from './read-heading';
import { readTemplateSheet } from './read-template-sheet';

/** A sheet, or why the grid is not one (a skip outcome of the catalog, worded by src/messages/). */
export type ReadOutcome = { kind: 'status-sheet'; sheet: StatusSheet } | { kind: 'not-status-sheet'; skip: Outcome<'skip'> };

/** Fewer distinct month labels than this and the grid is not taken for a status sheet. */
const MIN_MONTH_LABELS = 3;

/** Reads one worksheet into the model, or says why it is not a status sheet. */
export function readStatusSheet(grid: Grid, context?: { names?: WorkbookGrid['names'] }): ReadOutcome {
  const view = new GridView(grid);
  if (!hasAnyText(view)) return notStatusSheet(outcome('skip', 'empty', {}));
  const stamp = findStamp(view, stampAddress(grid.name, context?.names));
  const exact = stamp ? readTemplateSheet(view, stamp) : null;
  if (exact) return { kind: 'status-sheet', sheet: { sheetName: grid.name, ...exact } };
  const doRow = findDoHeaderRow(view);
  // A pivot or a memo listing months is not a status sheet: ours and every real one head the texts 実行実績(DO).
  if (doRow === null) {
    return hasMonthLabel(view)
      ? notStatusSheet(outcome('skip', 'no_do_header', {}))
      : notStatusSheet(outcome('skip', 'no_form', {}));
  }
  const layout = findForm(view, doRow);
  if (layout.monthCol === null) {
    return notStatusSheet(outcome('skip', 'no_month_rows', {}));
  }
  const heading = readHeading(view, layout.headerTop);
  const body = readBody(view, layout);
  const labelled = body.months.filter((m) => m.label !== null).length;
  if (labelled < MIN_MONTH_LABELS) {
    return notStatusSheet(outcome('skip', 'few_month_labels', { months: labelled }));
  }
  const sheet: StatusSheet = {
    sheetName: grid.name,
    origin: stamp ? 'template' : 'legacy',
    stamp,
    committee: heading.committee,
    committeeCanonical: heading.committeeCanonical,
    workingGroup: heading.workingGroup,
    fiscalYear: heading.fiscalYear,
    philosophy: heading.philosophy,
    goal: heading.goal,
    planNumbers: heading.planNumbers,
    planNumbersCell: heading.planNumbersCell,
    plans: heading.plans,
    months: body.months,
    summaries: body.summaries,
    rateInputs: null,
    readingNotes: [...judgeLayout(layout, body), ...hiddenNotes(body), ...heading.notes],
  };
  return { kind: 'status-sheet', sheet: stamp ? applyStamp(sheet, stamp) : sheet };
}

function notStatusSheet(skip: Outcome<'skip'>): ReadOutcome {
  return { kind: 'not-status-sheet', skip };
}

function hasAnyText(view: GridView): boolean {
  for (let r = 0; r < view.height; r++) if (view.cells(r).length > 0) return true;
  return false;
}

/** Where the sheet-scoped name BukaiStamp points on this sheet (G1 in our template), if it has one. */
function stampAddress(sheetName: string, names: WorkbookGrid['names']): CellPosition | null {
  const entry = names?.find((n) => {
    if (n.name !== STAMP_NAME) return false;
    const target = refSheet(n.ref);
    // The name must be this sheet's and point into this sheet; a bare "$G$1" counts when the scope says so.
    return target === null ? n.sheet === sheetName : target === sheetName && (n.sheet === undefined || n.sheet === sheetName);
  });
  if (!entry) return null;
  return parseA1(entry.ref.slice(entry.ref.lastIndexOf('!') + 1));
}

/** The sheet a reference names: "'R4 ①'!$G$1" → 「R4 ①」; null for a reference without a sheet ("$G$1"). */
function refSheet(ref: string): string | null {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return null;
  const sheet = ref.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The stamp: at the named cell when the workbook says where, else in the first rows (rows inserted above G1). */
function findStamp(view: GridView, named: CellPosition | null): Stamp | null {
  if (named) {
    const text = cellText(view.cell(named.row, named.col)).trim();
    if (text.startsWith(STAMP_MARKER)) return decodeStamp(text);
  }
  for (let r = 0; r < Math.min(view.height, 5); r++) {
    for (const c of view.cells(r)) if (c.text.startsWith(STAMP_MARKER)) return decodeStamp(c.text);
  }
  return null;
}

/** Whether any cell is a month label (to say which part of the form is missing). */
function hasMonthLabel(view: GridView): boolean {
  for (let r = 0; r < view.height; r++) if (view.cells(r).some((c) => matchMonthLabel(c.text) !== null)) return true;
  return false;
}

/** Our template's stamp gives the identity exactly; the cells stay those of the visible title. */
function applyStamp(sheet: StatusSheet, stamp: Stamp): StatusSheet {
  return {
    ...sheet,
    committee: { value: stamp.committee, cell: sheet.committee?.cell ?? null },
    committeeCanonical: canonicalCommittee(stamp.committee),
    workingGroup: stamp.workingGroup ? { value: normalizeWorkingGroup(stamp.workingGroup), cell: sheet.workingGroup?.cell ?? null } : null,
    fiscalYear: { value: stamp.fiscalYear, cell: sheet.fiscalYear?.cell ?? null },
    planNumbers: stamp.plans,
    // The stamp still says where the rates are typed, even on a copy whose rows no longer fit the layout.
    rateInputs: rateInputsOf(layoutForStamp(stamp)),
  };
}
