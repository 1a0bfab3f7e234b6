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

/**
 * The per-theme list, one line per (theme, text): parallel columns of indexes instead of an object per line
 * (at 5,000 plan sheets the list has 132,000 lines, made at every layout of the sheet; bench/README.md).
 * Line `i` is the text `tagged[text[i]]` under the matrix row `theme[i]`, put there by its tag `tag[i]`.
 */
interface ThemeTextList {
  readonly lines: readonly number[];
  readonly text: Int32Array;
  readonly theme: Int32Array;
  readonly tag: Int32Array;
}

type ListedThemes = { readonly matrix: ThemeMatrix; readonly tagged: ReadonlyArray<TaggedText<CommentRow>> };

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

/** Each tag of a text whose id is its first of that id (as a search of the text's tags would find), with the id's matrix row. */
function forEachListedTag(themes: ListedThemes, rowOf: ReadonlyMap<string, number>, visit: (text: number, tag: number, row: number) => void): void {
  themes.tagged.forEach((text, k) => {
    text.themes.forEach((tag, i) => {
      const row = rowOf.get(tag.id);
      if (row === undefined || text.themes.findIndex((t) => t.id === tag.id) !== i) return;
      visit(k, i, row);
    });
  });
}

/** Every tagged text under each theme, themes in table order, texts in dashboard order; made once per dashboard. */
const themeLists = new WeakMap<ListedThemes, ThemeTextList>();
function themeTextList(themes: ListedThemes): ThemeTextList {
  const known = themeLists.get(themes);
  if (known) return known;
  // Two passes over the texts, counting then placing: a search of every text per theme was the 集約_課題
  // sheet's largest cost at 1,000 plan sheets.
  const rowOf = new Map(themes.matrix.rows.map((r, i) => [r.id, i]));
  const counts = new Int32Array(themes.matrix.rows.length);
  forEachListedTag(themes, rowOf, (_k, _i, row) => (counts[row] = (counts[row] ?? 0) + 1));
  const next = new Int32Array(counts.length);
  let n = 0;
  counts.forEach((count, row) => {
    next[row] = n;
    n += count;
  });
  const list: ThemeTextList = { lines: Array.from({ length: n }, (_, i) => i), text: new Int32Array(n), theme: new Int32Array(n), tag: new Int32Array(n) };
  forEachListedTag(themes, rowOf, (k, i, row) => {
    const at = next[row] ?? 0;
    next[row] = at + 1;
    list.text[at] = k;
    list.theme[at] = row;
    list.tag[at] = i;
  });
  themeLists.set(themes, list);
  return list;
}

// The words that matched are the table's and the texts' own Japanese: shown beside a Japanese sheet only, so an
// English sheet holds no Japanese but the workbooks' own. Joined once per tag (texts that say the same share it).
const joinedWords = new WeakMap<readonly string[], string>();
function joined(words: readonly string[]): string {
  let text = joinedWords.get(words);
  if (text === undefined) joinedWords.set(words, (text = words.join('、')));
  return text;
}

/** The per-theme list's columns: theme, group, plan, month, kind and source cell, then the file and the text. */
function textColumns(themes: ListedThemes, context: RenderContext): Array<ColumnDecl<number>> {
  const list = themeTextList(themes);
  const text = (i: number): TaggedText<CommentRow> => themes.tagged[list.text[i] ?? 0] as TaggedText<CommentRow>;
  const matched: ColumnDecl<number> = { header: { ja: '一致した語', en: 'Matched' }, width: 16, kind: 'wrap', value: (i) => joined(text(i).themes[list.tag[i] ?? 0]?.words ?? []) };
  return [
    { header: { ja: 'テーマ', en: 'Theme' }, width: 24, kind: 'wrap', value: (i, c) => themeName(themes.matrix.rows[list.theme[i] ?? 0] as MatrixRow, c) },
    { header: { ja: '部会', en: 'Committee' }, width: 12, kind: 'text', value: (i) => text(i).committee },
    { header: { ja: 'WG', en: 'WG' }, width: 12, kind: 'wrap', value: (i) => text(i).workingGroup ?? '' },
    { header: { ja: '計画', en: 'Plans' }, width: 10, kind: 'center', value: (i) => text(i).plans },
    { header: { ja: '月', en: 'Month' }, width: 6, kind: 'center', value: (i) => text(i).month },
    { header: { ja: '種別', en: 'Kind' }, width: 8, kind: 'center', value: (i, c) => c.labels.kind[text(i).kind] },
    { header: { ja: 'シート', en: 'Sheet' }, width: 10, kind: 'text', value: (i) => text(i).sheet },
    { header: { ja: 'セル', en: 'Cell' }, width: 8, kind: 'center', value: (i) => text(i).cell },
    ...(context.locale === 'ja' ? [matched] : []),
    { header: { ja: 'ファイル', en: 'File' }, width: 28, kind: 'wrap', value: (i) => text(i).file },
    { header: { ja: '内容', en: 'Text' }, width: 60, kind: 'wrap', value: (i) => text(i).text },
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
    table<number>({
      tableName: 'BukaiThemeTexts',
      caption: (c) => c.labels.themeTexts,
      rows: (d) => themeTextList(d.themes).lines,
      columns: (d, c) => textColumns(d.themes, c),
    }),
    table<RecurringWord>({
      tableName: 'BukaiRecurringWords',
      caption: (c) => c.labels.recurringWords,
      rows: (d) => d.themes.recurring,
      columns: (d) => recurringColumns(d.themes.matrix.groups),
    }),
  ],
};
