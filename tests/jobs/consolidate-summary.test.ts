/** The run's SUMMARY.json is made when first read (after the dashboard is written), once, from the dashboard. */
import { toSummaryJson } from '../../src/consolidate/summary-json';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles } from '../../src/jobs/consolidate-files';
import { fixtureFiles } from '../helpers/fixture-workbooks';

const OPTIONS = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, generatedAt: '2023-05-01T00:00:00Z' };

describe('the summary of a consolidation', () => {
  it.each(['ja', 'en'] as const)('is the dashboard’s summary in the run’s language (%s), the same object at every read', async (locale) => {
    const result = await consolidateFiles(fixtureFiles('fy2022'), { ...OPTIONS, locale }, readXlsx);
    const summary = result.summary;
    expect(summary).toEqual(toSummaryJson(result.dashboard, locale));
    expect(summary.sheets.length).toBeGreaterThan(0);
    expect(result.summary).toBe(summary);
    // A copy of the result (the pane's structured clone, a spread) carries the summary as data.
    expect({ ...result }.summary).toBe(summary);
  });
});
