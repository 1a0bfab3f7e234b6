/** The consolidation makes its comment rows tagged (themeTagger) instead of tagging copies: the same report either way. */
import fc from 'fast-check';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { themeTagger, tagThemes } from '../../../src/consolidate/themes/tag-themes';
import { analyzeThemes, reportOnTagged } from '../../../src/consolidate/themes/themes-report';
import { fy2022Comments } from '../../helpers/fy2022-texts';

const SEED = 20261201;

describe('a report on rows tagged as they are made', () => {
  it('equals the report that tags copies of the rows, for any choice and order of the rows and a table of any of the themes', () => {
    const rows = fy2022Comments();
    fc.assert(
      fc.property(fc.shuffledSubarray(rows), fc.subarray([...DEFAULT_THEMES], { minLength: 1 }), (chosen, table) => {
        const tag = themeTagger(table);
        const made = chosen.map((r) => ({ ...r, themes: tag(r.text) }));
        const report = reportOnTagged(made, table);
        const copied = analyzeThemes(chosen, table);
        expect(report.tagged).toBe(made);
        expect(report.tagged).toEqual(copied.tagged);
        expect(report.summary).toEqual(copied.summary);
        expect(report.matrix).toEqual(copied.matrix);
        expect(report.recurring).toEqual(copied.recurring);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('shares one list of tags among the rows that say the same text, as tagThemes does', () => {
    const rows = fy2022Comments();
    const tag = themeTagger(DEFAULT_THEMES);
    const made = rows.map((r) => ({ ...r, themes: tag(r.text) }));
    const copies = tagThemes(rows, DEFAULT_THEMES);
    const repeated = rows.findIndex((r, i) => rows.findIndex((o) => o.text === r.text) !== i);
    expect(repeated).toBeGreaterThan(0);
    const first = rows.findIndex((o) => o.text === rows[repeated]?.text);
    expect(made[repeated]?.themes).toBe(made[first]?.themes);
    expect(copies[repeated]?.themes).toBe(copies[first]?.themes);
  });
});
