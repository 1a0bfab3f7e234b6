/** The consolidation options every benchmark run uses: fixed dates, so runs compare. */
import type { ConsolidateOptions } from '../src/jobs/consolidate-files';

export const BENCH_OPTIONS: ConsolidateOptions = {
  roster: null,
  asOf: '2023-04-30',
  threshold: 60,
  fiscalYear: null,
  includeOtherYears: false,
  locale: 'ja',
  generatedAt: '2023-05-01T00:00:00.000Z',
};
