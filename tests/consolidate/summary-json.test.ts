/**
 * SUMMARY.json's per-sheet, submission and issue lists come from the dashboard tables' declarations: each
 * list is declared by exactly one table, and its rows stand in the order of that table's rows.
 */
import { consolidate } from '../../src/consolidate/consolidate';
import type { ConsolidationInput } from '../../src/consolidate/consolidation-input';
import { DASHBOARD_SHEETS } from '../../src/consolidate/dashboard-sheets';
import { renderDashboard } from '../../src/consolidate/render-dashboard';
import { SummaryJsonSchema, toSummaryJson } from '../../src/consolidate/summary-json';
import { sheetWith, summary } from '../helpers/status-sheet-builder';

function input(extra: Partial<ConsolidationInput> = {}): ConsolidationInput {
  return { sheets: [], issues: [], failures: [], skipped: [], roster: null, asOf: '2023-04-30', threshold: 60, generatedAt: '2023-05-01T00:00:00Z', fiscalYear: null, includeOtherYears: false, ...extra };
}

describe('the summary lists from the dashboard tables', () => {
  it('declares each of sheets, submissions, issues and trend on exactly one table', () => {
    const keys = DASHBOARD_SHEETS.flatMap((s) => s.tables).flatMap((t) => (t.summary ? [t.summary.key] : []));
    expect([...keys].sort()).toEqual(['issues', 'sheets', 'submissions', 'trend']);
  });

  it('gives one JSON row per row of the table that declares it, in the same order', () => {
    const low = sheetWith({ summaries: { annual: summary('annual', 40) } });
    const high = sheetWith({ summaries: { annual: summary('annual', 90) }, planNumbers: ['②'], sheetName: '②' });
    const d = consolidate(input({ sheets: [{ file: 'b.xlsx', sheet: high }, { file: 'a.xlsx', sheet: low }] }));
    const json = toSummaryJson(d, 'en');
    expect(SummaryJsonSchema.safeParse(json).success).toBe(true);
    expect(json.sheets.map((s) => [s.file, s.rates.annual, s.flagged])).toEqual(d.rates.map((r) => [r.file, r.annual, r.flagged]));
    expect(json.submissions).toHaveLength(d.submissions.length);
    expect(json.issues.map((i) => i.code)).toEqual(d.issues.map((i) => i.code));
    // The rates sheet shows the same rows, in the same order (its File column read top to bottom).
    const rates = renderDashboard(d, 'en')[1]!;
    const files = rates.cells.filter((c) => typeof c.value === 'string' && /^[ab]\.xlsx$/.test(c.value)).sort((x, y) => x.row - y.row);
    expect(files.map((c) => c.value)).toEqual(json.sheets.map((s) => s.file));
    expect(json.sheets.map((s) => s.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });
});
