/**
 * 集約_課題 (Summary_Themes) as a declaration of the registry: the theme × committee/WG matrix of counts
 * with a colour scale, every CHECK / ACTION text under each theme with its source cell, and the words that
 * recur across groups but no theme covers. The tables of one sheet share its column widths, so every table
 * keeps its narrow columns where the matrix has one column per group and puts its wide ones after them.
 */
import type { CommentRow } from './dashboard';
import { table, type ColumnDecl, type DashboardSheetDecl, type Localized, type RenderContext } from './dashboard-table';
import type { RecurringWord } from './themes/recurring-words';
import type { TaggedText } from './themes/tag-themes';
import { groupKeyOf, type ThemeGroup } from './themes/theme-text';
import type { ThemeMatrix } from './themes/theme-summary';

type MatrixRow = ThemeMatrix['rows'][number];

/** One line of the per-theme list: the theme, the text and what of the theme it matched. */
interface ThemeTextRow {
  readonly theme: Localized;
  readonly text: TaggedText<CommentRow>;
  readonly matched: readonly string[];
}

const groupName = (g: ThemeGroup): string => (g.workingGroup ? `${g.committee} ${g.workingGroup}` : g.committee);
const themeName = (t: Localized, c: RenderContext): string => t[c.locale];

// White for none, red for the most: the eye goes to where a theme is discussed most.
const SCALE = { type: 'colorScale', min: 'FFFFFF', max: 'F8696B' } as const;

/** One column per committee / WG, headed by its name (the workbooks' own words, in either language). */
function groupColumns<R>(groups: readonly ThemeGroup[], make: (group: ThemeGroup, index: number) => Omit<ColumnDecl<R>, 'header' | 'width'>): Array<ColumnDecl<R>> {
  return groups.map((g, i) => ({ header: { ja: groupName(g), en: groupName(g) }, width: 12, ...make(g, i) }));
}

/** The matrix columns: the theme, one count per committee / WG (coloured together), the total. */
function matrixColumns(groups: readonly ThemeGroup[]): Array<ColumnDecl<MatrixRow>> {
  return [
    { header: { ja: 'テーマ', en: 'Theme' }, width: 24, kind: 'wrap', value: (r, c) => themeName(r, c) },
    ...groupColumns<MatrixRow>(groups, (_g, i) => ({ kind: 'count', value: (r) => r.counts[i] ?? 0, highlight: [() => SCALE] })),
    { header: { ja: '合計', en: 'Total' }, width: 10, kind: 'count', value: (r) => r.total },
  ];
}

/** Every tagged text under each theme, themes in table order, texts in dashboard order. */
function themeTextRows(themes: { matrix: ThemeMatrix; tagged: ReadonlyArray<TaggedText<CommentRow>> }): ThemeTextRow[] {
  // One pass over the texts, each under its themes' ids (a text's first tag of an id, as a search would
  // find): a search of every text per theme was the 集約_課題 sheet's largest cost at 1,000 plan sheets.
  const byTheme = new Map<string, Array<{ text: TaggedText<CommentRow>; matched: readonly string[] }>>();
  for (const text of themes.tagged) {
    text.themes.forEach((tag, i) => {
      if (text.themes.findIndex((t) => t.id === tag.id) !== i) return;
      const list = byTheme.get(tag.id) ?? [];
      list.push({ text, matched: tag.words });
      byTheme.set(tag.id, list);
    });
  }
  return themes.matrix.rows.flatMap((theme) => (byTheme.get(theme.id) ?? []).map(({ text, matched }) => ({ theme, text, matched })));
}

// The words that matched are the table's and the texts' own Japanese: shown beside a Japanese sheet only, so an
// English sheet holds no Japanese but the workbooks' own.
const MATCHED: ColumnDecl<ThemeTextRow> = { header: { ja: '一致した語', en: 'Matched' }, width: 16, kind: 'wrap', value: (r) => r.matched.join('、') };

/** The per-theme list's columns: theme, group, plan, month, kind and source cell, then the file and the text. */
function textColumns(context: RenderContext): Array<ColumnDecl<ThemeTextRow>> {
  return [
    { header: { ja: 'テーマ', en: 'Theme' }, width: 24, kind: 'wrap', value: (r, c) => themeName(r.theme, c) },
    { header: { ja: '部会', en: 'Committee' }, width: 12, kind: 'text', value: (r) => r.text.committee },
    { header: { ja: 'WG', en: 'WG' }, width: 12, kind: 'wrap', value: (r) => r.text.workingGroup ?? '' },
    { header: { ja: '計画', en: 'Plans' }, width: 10, kind: 'center', value: (r) => r.text.plans },
    { header: { ja: '月', en: 'Month' }, width: 6, kind: 'center', value: (r) => r.text.month },
    { header: { ja: '種別', en: 'Kind' }, width: 8, kind: 'center', value: (r, c) => c.labels.kind[r.text.kind] },
    { header: { ja: 'シート', en: 'Sheet' }, width: 10, kind: 'text', value: (r) => r.text.sheet },
    { header: { ja: 'セル', en: 'Cell' }, width: 8, kind: 'center', value: (r) => r.text.cell },
    ...(context.locale === 'ja' ? [MATCHED] : []),
    { header: { ja: 'ファイル', en: 'File' }, width: 28, kind: 'wrap', value: (r) => r.text.file },
    { header: { ja: '内容', en: 'Text' }, width: 60, kind: 'wrap', value: (r) => r.text.text },
  ];
}

/** A word's groups as keys, made once per word: a search per cell was words × groups × the word's groups. */
const wordGroupKeys = new WeakMap<RecurringWord, ReadonlySet<string>>();
function groupKeysOf(word: RecurringWord): ReadonlySet<string> {
  let keys = wordGroupKeys.get(word);
  if (!keys) wordGroupKeys.set(word, (keys = new Set(word.groups.map(groupKeyOf))));
  return keys;
}

/** The recurring words in the matrix's columns: the word, ● for each group it occurs in, its occurrences. */
function recurringColumns(groups: readonly ThemeGroup[]): Array<ColumnDecl<RecurringWord>> {
  return [
    { header: { ja: '語', en: 'Word' }, width: 24, kind: 'text', value: (w) => w.word },
    ...groupColumns<RecurringWord>(groups, (g) => {
      const key = groupKeyOf(g);
      return { kind: 'center', value: (w, c) => (groupKeysOf(w).has(key) ? c.labels.active : '') };
    }),
    { header: { ja: '出現数', en: 'Occurrences' }, width: 10, kind: 'count', value: (w) => w.count },
  ];
}

/** The 集約_課題 sheet. */
export const themesSheet: DashboardSheetDecl = {
  key: 'themes',
  // Pages after the first are the list: its header, not the matrix's, goes on top of each.
  titleTable: 1,
  tables: [
    table<MatrixRow>({
      tableName: 'BukaiThemeMatrix',
      caption: (c) => c.labels.themeMatrix,
      rows: (d) => d.themes.matrix.rows,
      columns: (d) => matrixColumns(d.themes.matrix.groups),
      footer: (d, c) => [c.labels.untagged, ...d.themes.matrix.untagged, d.themes.matrix.untagged.reduce((a, b) => a + b, 0)],
    }),
    table<ThemeTextRow>({
      tableName: 'BukaiThemeTexts',
      caption: (c) => c.labels.themeTexts,
      rows: (d) => themeTextRows(d.themes),
      columns: (_d, c) => textColumns(c),
    }),
    table<RecurringWord>({
      tableName: 'BukaiRecurringWords',
      caption: (c) => c.labels.recurringWords,
      rows: (d) => d.themes.recurring,
      columns: (d) => recurringColumns(d.themes.matrix.groups),
    }),
  ],
};
