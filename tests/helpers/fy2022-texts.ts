/** The FY2022 CHECK / ACTION texts as the consolidation gives them: the fixture workbooks read and consolidated. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { consolidate } from '../../src/consolidate/consolidate';
import type { CommentRow, Dashboard } from '../../src/consolidate/dashboard';
import type { ThemeTable } from '../../src/consolidate/themes/theme-table';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { fixturePaths } from './fixture-workbooks';

/** Every CHECK / ACTION comment row of the FY2022 fixtures, in the dashboard's council order. */
export function fy2022Comments(): CommentRow[] {
  return fy2022Dashboard().comments;
}

/** The status sheets of the FY2022 fixtures, each with its file's name. */
export function fy2022Sheets(): Array<{ file: string; sheet: StatusSheet }> {
  const sheets: Array<{ file: string; sheet: StatusSheet }> = [];
  for (const path of fixturePaths()) {
    const result = readXlsx(new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(`${path}: ${result.failure.message}`);
    for (const grid of result.workbook.sheets) {
      const outcome = readStatusSheet(grid);
      if (outcome.kind === 'status-sheet') sheets.push({ file: basename(path), sheet: outcome.sheet });
    }
  }
  return sheets;
}

/** The dashboard model of the FY2022 fixtures (with a custom theme table when given). */
export function fy2022Dashboard(themes?: ThemeTable): Dashboard {
  const sheets = fy2022Sheets();
  return consolidate({ sheets, issues: [], failures: [], skipped: [], roster: null, asOf: '2023-04-30', threshold: 60, generatedAt: '2023-05-01T00:00:00Z', fiscalYear: null, includeOtherYears: false, ...(themes ? { themes } : {}) });
}
