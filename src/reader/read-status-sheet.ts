/**
 * Grid → StatusSheet. Exact for our stamped template, tolerant for legacy sheets: every value keeps the
 * cell it came from. A grid that is not a status sheet is reported with a reason, never forced.
 */
import type { Grid, WorkbookGrid } from '../domain/grid';
import { decodeStamp, STAMP_MARKER } from '../domain/stamp';
import type { Stamp, StatusSheet } from '../domain/status-sheet';
import { canonicalCommittee, normalizeWorkingGroup } from './committee-names';
import { GridView } from './grid-view';
import { matchEntryHeader, matchMonthLabel, matchQuarterLabel } from './match-label';
import { readBody } from './read-months';
import { readHeading } from './read-heading';

export type ReadOutcome = { kind: 'status-sheet'; sheet: StatusSheet } | { kind: 'not-status-sheet'; reason: string };

/** Fewer distinct month labels than this and the grid is not taken for a status sheet. */
const MIN_MONTH_LABELS = 3;

/** Reads one worksheet into the model, or says why it is not a status sheet. */
export function readStatusSheet(grid: Grid, _context?: { names?: WorkbookGrid['names'] }): ReadOutcome {
  const view = new GridView(grid);
  const stamp = findStamp(view);
  const bodyStart = findBodyStart(view);
  if (bodyStart === null) return { kind: 'not-status-sheet', reason: '月（4月〜3月）の行が見つからないため、状況把握表ではないと判断しました。' };
  const heading = readHeading(view, bodyStart);
  const body = readBody(view, bodyStart);
  const labelled = body.months.filter((m) => m.label !== null).length;
  if (labelled < MIN_MONTH_LABELS) {
    return { kind: 'not-status-sheet', reason: `月の見出しが ${labelled} か月分しかないため、状況把握表ではないと判断しました。` };
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
  };
  return { kind: 'status-sheet', sheet: stamp ? applyStamp(sheet, stamp) : sheet };
}

/** Reads every worksheet of a workbook; sheets that are not status sheets are listed with the reason. */
export function readWorkbookSheets(workbook: WorkbookGrid): { sheets: StatusSheet[]; skipped: Array<{ sheet: string; reason: string }> } {
  const sheets: StatusSheet[] = [];
  const skipped: Array<{ sheet: string; reason: string }> = [];
  for (const grid of workbook.sheets) {
    const outcome = readStatusSheet(grid, workbook.names ? { names: workbook.names } : undefined);
    if (outcome.kind === 'status-sheet') sheets.push(outcome.sheet);
    else skipped.push({ sheet: grid.name, reason: outcome.reason });
  }
  return { sheets, skipped };
}

function findStamp(view: GridView): Stamp | null {
  // The stamp sits in the template's first row; scanning a few rows also finds it after inserted rows.
  for (let r = 0; r < Math.min(view.height, 5); r++) {
    for (const c of view.cells(r)) if (c.text.startsWith(STAMP_MARKER)) return decodeStamp(c.text);
  }
  return null;
}

/** The first row of the month area: the DO header, else the first quarter or month label. */
function findBodyStart(view: GridView): number | null {
  for (let r = 0; r < view.height; r++) {
    const cells = view.cells(r);
    if (cells.some((c) => matchEntryHeader(c.text) === 'do')) return r + 1;
    if (cells.some((c) => c.col < 3 && (matchQuarterLabel(c.text) !== null || matchMonthLabel(c.text) !== null))) return r;
  }
  return null;
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
  };
}
