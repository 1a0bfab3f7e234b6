import { analyzeThemes, ThemesReportSchema } from '../../../src/consolidate/themes/themes-report';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { tagThemes } from '../../../src/consolidate/themes/tag-themes';
import { ThemeTableSchema } from '../../../src/consolidate/themes/theme-table';
import type { ThemeText } from '../../../src/consolidate/themes/theme-text';
import { pickRepresentative, summarizeThemes, toThemeMatrix, topThemes } from '../../../src/consolidate/themes/theme-summary';
import { fy2022Comments } from '../../helpers/fy2022-texts';

const table = ThemeTableSchema.parse([
  { id: 'housing', ja: '住まい', en: 'Housing', keywords: ['賃貸', '住居'] },
  { id: 'staff', ja: '人材', en: 'Staff', keywords: ['ヘルパー不足'] },
  { id: 'unused', ja: '未使用', en: 'Unused', keywords: ['該当なし語'] },
]);
const row = (text: string, committee: string, workingGroup: string | null, cell: string): ThemeText => ({ committee, workingGroup, plans: '①', month: 6, kind: 'check', text, file: `${committee}.xlsx`, sheet: '①', cell });
const texts = [
  row('賃貸業者の意見', 'くらし部会', '地域包括ケアWG', 'D11'),
  row('住居探しとヘルパー不足', '相談部会', null, 'E16'),
  row('住居の確保', 'くらし部会', '地域包括ケアWG', 'D14'),
  row('選任ができた', '就労部会', '雇用啓発WG', 'D10'),
];

describe('summarising the tagged texts by theme', () => {
  const tagged = tagThemes(texts, table);

  it('counts each theme’s texts per group and lists their source cells (SUMMARY.json themes[])', () => {
    expect(summarizeThemes(tagged, table)[0]).toEqual({
      id: 'housing',
      theme: '住まい',
      en: 'Housing',
      count: 3,
      groups: [
        { committee: 'くらし部会', workingGroup: '地域包括ケアWG', count: 2 },
        { committee: '相談部会', workingGroup: null, count: 1 },
      ],
      entries: [
        { file: 'くらし部会.xlsx', sheet: '①', cell: 'D11' },
        { file: '相談部会.xlsx', sheet: '①', cell: 'E16' },
        { file: 'くらし部会.xlsx', sheet: '①', cell: 'D14' },
      ],
    });
  });

  it('keeps a theme no text speaks of, with count 0, in table order', () => {
    expect(summarizeThemes(tagged, table).map((s) => [s.id, s.count])).toEqual([['housing', 3], ['staff', 1], ['unused', 0]]);
  });

  it('builds the theme × group matrix with the untagged texts per group', () => {
    const m = toThemeMatrix(tagged, table);
    expect(m.groups).toEqual([
      { committee: 'くらし部会', workingGroup: '地域包括ケアWG' },
      { committee: '相談部会', workingGroup: null },
      { committee: '就労部会', workingGroup: '雇用啓発WG' },
    ]);
    expect(m.rows.map((r) => [r.id, r.counts, r.total])).toEqual([['housing', [2, 1, 0], 3], ['staff', [0, 1, 0], 1], ['unused', [0, 0, 0], 0]]);
    expect(m.untagged).toEqual([0, 0, 1]);
    expect(m.texts).toEqual([2, 1, 1]);
  });
});

describe('the FY2022 theme matrix', () => {
  const tagged = tagThemes(fy2022Comments(), DEFAULT_THEMES);
  const m = toThemeMatrix(tagged, DEFAULT_THEMES);

  it('has the five FY2022 groups as columns, in council order', () => {
    expect(m.groups.map((g) => g.workingGroup ?? g.committee)).toEqual(['ヘルパー人材育成WG', '精神障がい地域包括ケアシステムWG', '雇用啓発WG', '事業所連絡会WG', '相談部会']);
    expect(m.texts).toEqual([16, 8, 16, 29, 18]);
  });

  it('counts the 住まい・地域移行 texts in the 地域包括ケアシステムWG only', () => {
    expect(m.rows.find((r) => r.id === 'housing')?.counts).toEqual([0, 4, 0, 0, 0]);
  });

  it('agrees with the per-theme summary, theme by theme', () => {
    const summary = summarizeThemes(tagged, DEFAULT_THEMES);
    for (const [i, r] of m.rows.entries()) {
      expect(r.total).toBe(summary[i]?.count);
      expect(r.counts.reduce((a, b) => a + b, 0)).toBe(summary[i]?.groups.reduce((a, g) => a + g.count, 0));
    }
  });
});

describe('picking the top themes for the overview page', () => {
  it('picks the text matching most of the theme’s keywords, then the one with fewest other themes', () => {
    const tagged = tagThemes([row('住居の確保とヘルパー不足', '相談部会', null, 'E1'), row('住居の確保', '相談部会', null, 'E2'), row('賃貸の住居探し', '相談部会', null, 'E3')], table);
    expect(pickRepresentative(tagged, 'housing')?.cell).toBe('E3');
    expect(pickRepresentative(tagThemes(texts.slice(1, 3), table), 'housing')?.cell).toBe('D14');
    expect(pickRepresentative(tagged, 'unused')).toBeNull();
  });

  it('passes over the texts it is told to skip, as if they were not in the list', () => {
    const tagged = tagThemes([row('住居の確保とヘルパー不足', '相談部会', null, 'E1'), row('住居の確保', '相談部会', null, 'E2'), row('賃貸の住居探し', '相談部会', null, 'E3')], table);
    const skipped = new Set(tagged.filter((t) => t.cell === 'E3'));
    expect(pickRepresentative(tagged, 'housing', (t) => skipped.has(t))).toBe(pickRepresentative(tagged.filter((t) => !skipped.has(t)), 'housing'));
    expect(pickRepresentative(tagged, 'housing', (t) => skipped.has(t))?.cell).not.toBe('E3');
    expect(pickRepresentative(tagged, 'housing', () => true)).toBeNull();
  });

  it('gives the FY2022 themes with most texts first, each with a real text of its own', () => {
    const top = topThemes(tagThemes(fy2022Comments(), DEFAULT_THEMES), DEFAULT_THEMES, 3);
    expect(top.map((t) => [t.summary.theme, t.summary.count])).toEqual([['研修・学習', 22], ['就労・雇用', 19], ['連携・情報共有', 17]]);
    for (const t of top) expect(t.representative.themes.map((x) => x.id)).toContain(t.summary.id);
  });
});

describe('analysing the FY2022 texts in one call', () => {
  it('gives the tags, summary, matrix and recurring words the sheet and SUMMARY.json take, valid against its schema', () => {
    const report = analyzeThemes(fy2022Comments(), DEFAULT_THEMES);
    expect(ThemesReportSchema.parse(report)).toEqual(report);
    expect(report.summary.find((s) => s.id === 'housing')?.count).toBe(report.matrix.rows.find((r) => r.id === 'housing')?.total);
    expect(report.recurring[0]?.word).toBe('アンケート');
    // Every field of the dashboard's comment row passes through to its tagged text.
    expect(report.tagged[0]?.plans).toBe('①');
  });
});
