/** findRecurringWords keeps its facts in numbered arrays: the same words as the plain version with maps per text and word. */
import fc from 'fast-check';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { findRecurringWords, tableCoverage, type RecurringWord } from '../../../src/consolidate/themes/recurring-words';
import { segmentWords } from '../../../src/consolidate/themes/segment-words';
import { toMatchers, type ThemeTable } from '../../../src/consolidate/themes/theme-table';
import { groupKeyOf, type ThemeGroup, type ThemeText } from '../../../src/consolidate/themes/theme-text';
import { fy2022Comments } from '../../helpers/fy2022-texts';

const SEED = 20261201;

/** The rule as first written: a map of each group's texts, a map of each word's groups. */
function plainRecurringWords(texts: readonly ThemeText[], table: ThemeTable, minGroups: number): RecurringWord[] {
  const covers = tableCoverage(toMatchers(table));
  const byGroup = new Map<string, Map<string, { text: ThemeText; times: number }>>();
  const distinct: Array<{ key: string; text: ThemeText; times: number }> = [];
  for (const t of texts) {
    const key = groupKeyOf(t);
    const own = byGroup.get(key) ?? new Map<string, { text: ThemeText; times: number }>();
    byGroup.set(key, own);
    const seen = own.get(t.text);
    if (seen) seen.times += 1;
    else {
      const entry = { key, text: t, times: 1 };
      own.set(t.text, entry);
      distinct.push(entry);
    }
  }
  const found = new Map<string, { groups: Map<string, ThemeGroup>; count: number }>();
  for (const { key, text: t, times } of distinct) {
    for (const w of segmentWords(t.text)) {
      if (covers(w)) continue;
      const e = found.get(w) ?? { groups: new Map<string, ThemeGroup>(), count: 0 };
      found.set(w, e);
      e.count += times;
      if (!e.groups.has(key)) e.groups.set(key, { committee: t.committee, workingGroup: t.workingGroup });
    }
  }
  return [...found]
    .filter(([, e]) => e.groups.size >= minGroups)
    .map(([word, e]) => ({ word, groups: [...e.groups.values()], count: e.count }))
    .sort((a, b) => b.groups.length - a.groups.length || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

describe('recurring words from numbered arrays', () => {
  const rows: ThemeText[] = fy2022Comments().map((c) => ({ committee: c.committee, workingGroup: c.workingGroup, plans: c.plans, month: c.month, kind: c.kind, text: c.text, file: c.file, sheet: c.sheet, cell: c.cell }));
  // Groups shuffled among the texts (a group's texts need not come in a row), some WGs empty rather than absent.
  const regrouped = fc.array(fc.tuple(fc.integer({ min: 0, max: rows.length - 1 }), fc.constantFrom('就労部会', 'くらし部会', '相談部会'), fc.constantFrom<string | null>(null, '', '雇用啓発WG', '定着WG')), { maxLength: 400 });

  it('finds the words the plain version finds, for any texts in any order and groups, any minimum of groups', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows), regrouped, fc.integer({ min: 1, max: 4 }), fc.subarray([...DEFAULT_THEMES]), (chosen, moved, minGroups, table) => {
        const texts = [...chosen, ...moved.map(([i, committee, workingGroup]) => ({ ...(rows[i] as ThemeText), committee, workingGroup }))];
        expect(findRecurringWords(texts, table, { minGroups })).toEqual(plainRecurringWords(texts, table, minGroups));
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
