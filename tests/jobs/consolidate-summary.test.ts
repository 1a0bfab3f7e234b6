/** The run's SUMMARY.json is made when first read (after the dashboard is written), once, from the dashboard. */
import { toSummaryJson } from '../../src/consolidate/summary-json';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { segmentTexts, type SegmentedWords } from '../../src/consolidate/themes/segment-words';
import { consolidateFiles, type WordSegmentation } from '../../src/jobs/consolidate-files';
import { isCollected } from '../helpers/collectable';
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

  it('keeps nothing of the options but the language: the words cut beside the job are let go with the job', async () => {
    // A segmentation on this thread that keeps its result, as the CLI's worker thread does (its promise).
    class KeptSegmentation implements WordSegmentation {
      private readonly texts: string[] = [];
      private result: Promise<SegmentedWords> | null = null;
      words: WeakRef<SegmentedWords> | null = null;
      add(given: readonly string[]): void {
        this.texts.push(...given);
      }
      finish(): Promise<SegmentedWords> {
        if (!this.result) {
          const made = segmentTexts(this.texts);
          this.words = new WeakRef(made);
          this.result = Promise.resolve(made);
        }
        return this.result;
      }
    }
    // In a function of its own, so that only what the job kept holds the segmentation.
    const run = async (): Promise<{ result: Awaited<ReturnType<typeof consolidateFiles>>; words: WeakRef<SegmentedWords> | null }> => {
      const segmentation = new KeptSegmentation();
      const result = await consolidateFiles(fixtureFiles('fy2022'), { ...OPTIONS, locale: 'ja', segmentation }, readXlsx);
      return { result, words: segmentation.words };
    };
    const { result, words } = await run();
    expect(words).not.toBeNull();
    expect(await isCollected(words as WeakRef<SegmentedWords>)).toBe(true);
    expect(result.summary.themes.length).toBeGreaterThan(0);
  });
});
