/** Theme aggregates for the 集約_課題 sheet and SUMMARY.json: per-theme counts by group and the theme × group matrix. */
import * as z from 'zod/mini';
import type { ThemeTable } from './theme-table';
import { groupKeyOf, ThemeGroupSchema, type ThemeGroup } from './theme-text';
import type { TaggedText } from './tag-themes';

/** One theme as SUMMARY.json `themes[]` gives it: its texts' count, per group, and their source cells. */
export const ThemeSummarySchema = z.object({
  id: z.string(),
  /** The Japanese name (what the sheet and JSON show); `en` beside it. */
  theme: z.string(),
  en: z.string(),
  count: z.number().check(z.int()),
  groups: z.array(z.extend(ThemeGroupSchema, { count: z.number().check(z.int()) })),
  entries: z.array(z.object({ file: z.string(), sheet: z.string(), cell: z.nullable(z.string()) })),
});
export type ThemeSummary = z.infer<typeof ThemeSummarySchema>;

/** The groups in the order their first text came (the dashboard's council order). */
export function groupsOf(texts: readonly ThemeGroup[]): ThemeGroup[] {
  const seen = new Map<string, ThemeGroup>();
  for (const t of texts) if (!seen.has(groupKeyOf(t))) seen.set(groupKeyOf(t), { committee: t.committee, workingGroup: t.workingGroup });
  return [...seen.values()];
}

/** Every theme of the table in table order (a theme no text speaks of has count 0), groups in text order. */
export function summarizeThemes(tagged: readonly TaggedText[], table: ThemeTable): ThemeSummary[] {
  const groups = groupsOf(tagged);
  // One pass over the texts for all themes: a filter per theme, and before it one per group, were
  // themes × texts (and × groups: at 5,000 plan sheets ~30 s of a 2 s job; bench/README.md).
  const byTheme = new Map(table.map((theme) => [theme.id, { own: [] as TaggedText[], counts: new Map<string, number>() }]));
  for (const t of tagged) {
    let key: string | undefined;
    for (const tag of t.themes) {
      const bucket = byTheme.get(tag.id);
      if (!bucket) continue;
      bucket.own.push(t);
      key ??= groupKeyOf(t);
      bucket.counts.set(key, (bucket.counts.get(key) ?? 0) + 1);
    }
  }
  return table.map((theme) => {
    const { own, counts } = byTheme.get(theme.id) ?? { own: [], counts: new Map<string, number>() };
    const perGroup = groups.map((g) => ({ ...g, count: counts.get(groupKeyOf(g)) ?? 0 })).filter((g) => g.count > 0);
    // The source cells made when read (SUMMARY.json, after the dashboard is written): held as objects they
    // were 132,000 of them at 5,000 plan sheets, ~6 MB kept through the whole write (bench/README.md).
    return {
      id: theme.id,
      theme: theme.ja,
      en: theme.en,
      count: own.length,
      groups: perGroup,
      get entries(): ThemeSummary['entries'] {
        return own.map((t) => ({ file: t.file, sheet: t.sheet, cell: t.cell }));
      },
    };
  });
}

/** Theme × committee/WG counts; `untagged` counts per group the texts no theme speaks of. */
export const ThemeMatrixSchema = z.object({
  groups: z.array(ThemeGroupSchema),
  rows: z.array(z.object({ id: z.string(), ja: z.string(), en: z.string(), counts: z.array(z.number().check(z.int())), total: z.number().check(z.int()) })),
  untagged: z.array(z.number().check(z.int())),
  /** Texts per group, for shares (a text with two themes counts once here). */
  texts: z.array(z.number().check(z.int())),
});
export type ThemeMatrix = z.infer<typeof ThemeMatrixSchema>;

/** The matrix the sheet colours: one row per theme in table order, one column per group. */
export function toThemeMatrix(tagged: readonly TaggedText[], table: ThemeTable): ThemeMatrix {
  const groups = groupsOf(tagged);
  const column = new Map(groups.map((g, i) => [groupKeyOf(g), i]));
  const zeros = (): number[] => groups.map(() => 0);
  const rows = table.map((t) => ({ id: t.id, ja: t.ja, en: t.en, counts: zeros(), total: 0 }));
  const index = new Map(table.map((t, i) => [t.id, i]));
  const untagged = zeros();
  const texts = zeros();
  for (const t of tagged) {
    const c = column.get(groupKeyOf(t)) as number;
    texts[c] = (texts[c] ?? 0) + 1;
    if (t.themes.length === 0) untagged[c] = (untagged[c] ?? 0) + 1;
    for (const tag of t.themes) {
      const row = rows[index.get(tag.id) ?? -1];
      if (!row) continue;
      row.counts[c] = (row.counts[c] ?? 0) + 1;
      row.total += 1;
    }
  }
  return { groups, rows, untagged, texts };
}

/**
 * The text that best stands for a theme (the overview's one line per top theme): the one matching most of
 * the theme's keywords and patterns, then the one with fewest other themes (it speaks of this one most
 * plainly), then the first in input order. Null when no text speaks of the theme; texts `skip` says yes to are passed over.
 */
export function pickRepresentative<T extends TaggedText>(tagged: readonly T[], themeId: string, skip?: (text: T) => boolean): T | null {
  // The best so far in three locals, not an object per candidate (~5 MB of garbage at 5,000 plan sheets).
  let best: T | null = null;
  let bestMatched = 0;
  let bestOthers = 0;
  for (const t of tagged) {
    // Skipped in place, not filtered out first: a filtered copy of 94,000 texts per top theme was ~4 MB of garbage.
    if (skip?.(t)) continue;
    const tag = t.themes.find((x) => x.id === themeId);
    if (!tag) continue;
    const matched = tag.matched.length;
    const others = t.themes.length - 1;
    if (best === null || matched > bestMatched || (matched === bestMatched && others < bestOthers)) {
      best = t;
      bestMatched = matched;
      bestOthers = others;
    }
  }
  return best;
}

/** The `n` themes with most texts (ties in table order), each with its representative text; themes with no text left out. */
export function topThemes<T extends TaggedText>(tagged: readonly T[], table: ThemeTable, n: number): Array<{ summary: ThemeSummary; representative: T }> {
  return summarizeThemes(tagged, table)
    .map((summary, index) => ({ summary, index }))
    .filter((x) => x.summary.count > 0)
    .sort((a, b) => b.summary.count - a.summary.count || a.index - b.index)
    .slice(0, n)
    .map(({ summary }) => ({ summary, representative: pickRepresentative(tagged, summary.id) as T }));
}
