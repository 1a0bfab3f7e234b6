import { renderDashboard } from '../../src/consolidate/render-dashboard';
import { toSummaryJson } from '../../src/consolidate/summary-json';
import { DEFAULT_THEMES } from '../../src/consolidate/themes/default-themes';
import { parseThemesCsv } from '../../src/consolidate/themes/themes-csv';
import { analyzeThemes } from '../../src/consolidate/themes/themes-report';
import type { SheetSpec } from '../../src/domain/sheet-spec';
import { fy2022Dashboard } from '../helpers/fy2022-texts';

/** The value at a cell of a sheet spec (null when nothing is written there). */
const at = (spec: SheetSpec, row: number, col: number): unknown => spec.cells.find((c) => c.row === row && c.col === col)?.value ?? null;

/** The data rows of a named table as arrays of values. */
function tableRows(spec: SheetSpec, name: string): unknown[][] {
  const t = spec.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const rows: unknown[][] = [];
  for (let r = t.range.top + 1; r <= t.range.bottom; r++) {
    const row: unknown[] = [];
    for (let c = t.range.left; c <= t.range.right; c++) row.push(at(spec, r, c));
    rows.push(row);
  }
  return rows;
}

const headerOf = (spec: SheetSpec, name: string): unknown[] => {
  const t = spec.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return Array.from({ length: t.range.right - t.range.left + 1 }, (_, i) => at(spec, t.range.top, t.range.left + i));
};

const sheetOf = (specs: readonly SheetSpec[], name: string): SheetSpec => {
  const s = specs.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe('the 集約_課題 sheet on the FY2022 fixtures', () => {
  const dashboard = fy2022Dashboard();
  const specs = renderDashboard(dashboard);
  const sheet = sheetOf(specs, '集約_課題');
  const matrix = tableRows(sheet, 'BukaiThemeMatrix');
  const rowOf = (theme: string): unknown[] => matrix.find((r) => r[0] === theme) ?? [];
  const header = headerOf(sheet, 'BukaiThemeMatrix');
  const col = (group: string): number => header.indexOf(group);

  it('comes after 集約_評価改善 and heads the matrix with every committee / WG in council order', () => {
    expect(specs.map((s) => s.name).indexOf('集約_課題')).toBe(specs.map((s) => s.name).indexOf('集約_評価改善') + 1);
    expect(header).toEqual(['テーマ', 'くらし部会 ヘルパー人材育成WG', 'くらし部会 精神障がい地域包括ケアシステムWG', '就労部会 雇用啓発WG', '就労部会 事業所連絡会WG', '相談部会', '合計']);
    expect(matrix.map((r) => r[0])).toEqual(DEFAULT_THEMES.map((t) => t.ja));
  });

  it('counts 住まい・地域移行 only in the 地域包括ケアシステムWG, 就労・雇用 in the two 就労部会 WGs, 当事者・家族 in 相談部会', () => {
    expect(rowOf('住まい・地域移行')).toEqual(['住まい・地域移行', 0, 4, 0, 0, 0, 4]);
    expect(rowOf('就労・雇用')[col('就労部会 雇用啓発WG')]).toBe(10);
    expect(rowOf('就労・雇用')[col('就労部会 事業所連絡会WG')]).toBe(9);
    expect(rowOf('当事者・家族')[col('相談部会')]).toBe(5);
    expect(rowOf('研修・学習')[header.length - 1]).toBe(22);
  });

  it('writes under the matrix how many texts of each group no theme speaks of', () => {
    const t = sheet.tables.find((x) => x.name === 'BukaiThemeMatrix');
    const footer = Array.from({ length: header.length }, (_, i) => at(sheet, (t?.range.bottom ?? 0) + 1, i));
    expect(footer).toEqual(['テーマなし', 9, 4, 4, 9, 1, 27]);
  });

  it('colours the group columns of the matrix with one colour scale', () => {
    const t = sheet.tables.find((x) => x.name === 'BukaiThemeMatrix');
    expect(sheet.conditionalFormats).toContainEqual({ range: { top: (t?.range.top ?? 0) + 1, left: 1, bottom: t?.range.bottom, right: 5 }, rule: { type: 'colorScale', min: 'FFFFFF', max: 'F8696B' } });
  });

  it('lists under each theme exactly the texts the matrix counts, each with its group, plan, month and source cell', () => {
    const texts = tableRows(sheet, 'BukaiThemeTexts');
    expect(headerOf(sheet, 'BukaiThemeTexts')).toEqual(['テーマ', '部会', 'WG', '計画', '月', '種別', 'シート', 'セル', '一致した語', 'ファイル', '内容']);
    for (const row of matrix) {
      header.slice(1, -1).forEach((group, i) => {
        const n = texts.filter((t) => t[0] === row[0] && [t[1], t[2]].filter((x) => x !== '').join(' ') === group).length;
        expect([row[0], group, n]).toEqual([row[0], group, row[i + 1]]);
      });
    }
    const housing = texts.filter((t) => t[0] === '住まい・地域移行');
    expect(housing.every((t) => t[2] === '精神障がい地域包括ケアシステムWG' && /^[A-Z]+\d+$/.test(String(t[7])))).toBe(true);
    for (const t of housing) {
      const source = dashboard.comments.find((c) => c.file === t[9] && c.sheet === t[6] && c.cell === t[7]);
      expect(source).toMatchObject({ text: t[10], month: t[4], plans: t[3] });
    }
  });

  it('shows what of each text matched: the keyword, or the words a pattern found, never the pattern itself', () => {
    const texts = tableRows(sheet, 'BukaiThemeTexts');
    const matched = texts.map((t) => String(t[8]));
    expect(matched.some((m) => /[()|?\\[\]]/.test(m))).toBe(false);
    expect(texts.find((t) => t[0] === '人材不足・育成' && t[7] === 'E16' && t[9] === '相談部会.xlsx')?.[8]).toMatch(/ヘルパー不足/);
  });

  it('repeats the list’s header, not the matrix’s, on every printed page, and freezes no header of other columns', () => {
    const list = sheet.tables.find((x) => x.name === 'BukaiThemeTexts');
    expect(sheet.print.titleRows).toEqual({ from: list?.range.top, to: list?.range.top });
    expect(sheet.freeze).toBeNull();
    // The other sheets keep their first table's header frozen and repeated.
    const rates = sheetOf(specs, '集約_達成率');
    expect(rates.print.titleRows?.from).toBe(rates.tables[0]?.range.top);
  });

  it('ends with the recurring words no theme covers in the matrix’s columns, アンケート in three groups first', () => {
    const words = tableRows(sheet, 'BukaiRecurringWords');
    expect(headerOf(sheet, 'BukaiRecurringWords')).toEqual([...header.slice(0, -1).map((h, i) => (i === 0 ? '語' : h)), '出現数']);
    expect(words[0]).toEqual(['アンケート', '●', '●', '●', '', '', 7]);
    expect(words.every((w) => w.filter((x) => x === '●').length >= 2)).toBe(true);
  });
});

describe('the 集約_課題 sheet in English', () => {
  const sheet = sheetOf(renderDashboard(fy2022Dashboard(), 'en'), 'Summary_Themes');

  it('names the sheet, the themes and the headers in English', () => {
    expect(headerOf(sheet, 'BukaiThemeMatrix')[0]).toBe('Theme');
    expect(tableRows(sheet, 'BukaiThemeMatrix').map((r) => r[0])).toEqual(DEFAULT_THEMES.map((t) => t.en));
    expect(headerOf(sheet, 'BukaiThemeTexts')).toEqual(['Theme', 'Committee', 'WG', 'Plans', 'Month', 'Kind', 'Sheet', 'Cell', 'File', 'Text']);
    const recurring = headerOf(sheet, 'BukaiRecurringWords');
    expect([recurring[0], recurring[recurring.length - 1]]).toEqual(['Word', 'Occurrences']);
  });
});

describe('the 集約_課題 sheet of a dashboard without texts', () => {
  it('shows every theme at 0, and one blank row under the texts and the words', () => {
    const sheet = sheetOf(renderDashboard({ ...fy2022Dashboard(), comments: [], themes: analyzeThemes([], DEFAULT_THEMES) }), '集約_課題');
    expect(headerOf(sheet, 'BukaiThemeMatrix')).toEqual(['テーマ', '合計']);
    expect(tableRows(sheet, 'BukaiThemeMatrix')[0]).toEqual(['連携・情報共有', 0]);
    expect(tableRows(sheet, 'BukaiThemeTexts')).toEqual([Array(11).fill(null)]);
    expect(tableRows(sheet, 'BukaiRecurringWords')).toEqual([[null, null]]);
  });
});

describe('the 集約_課題 sheet with a custom themes CSV', () => {
  const csv = 'テーマ,英語名,キーワード\r\nアンケート調査,Surveys,アンケート\r\n訪問,Visits,訪問\r\n';
  const parsed = parseThemesCsv(csv, DEFAULT_THEMES);
  const dashboard = fy2022Dashboard(parsed.table ?? undefined);
  const sheet = sheetOf(renderDashboard(dashboard), '集約_課題');
  // A theme counts texts, not occurrences: 訪問 occurs 13 times in fewer texts.
  const containing = (word: string): number => dashboard.comments.filter((c) => c.text.includes(word)).length;

  it('shows only the CSV’s themes, counted on the same texts, and no longer hints at their words', () => {
    expect(parsed.problems).toEqual([]);
    expect(containing('訪問')).toBe(9);
    const matrix = tableRows(sheet, 'BukaiThemeMatrix');
    expect(matrix.map((r) => [r[0], r[r.length - 1]])).toEqual([
      ['アンケート調査', containing('アンケート')],
      ['訪問', containing('訪問')],
    ]);
    const words = tableRows(sheet, 'BukaiRecurringWords').map((w) => w[0]);
    expect(words).not.toContain('アンケート');
    expect(words).not.toContain('訪問');
  });
});

describe('SUMMARY.json themes[]', () => {
  const dashboard = fy2022Dashboard();

  it('names each theme in the run’s language and keeps its id, counts and cells the same in both', () => {
    const ja = toSummaryJson(dashboard, 'ja').themes;
    const en = toSummaryJson(dashboard, 'en').themes;
    expect(ja[0]).toMatchObject({ id: 'collaboration', theme: '連携・情報共有', count: 17 });
    expect(en[0]).toMatchObject({ id: 'collaboration', theme: 'Collaboration and information sharing', count: 17 });
    expect(en.map(({ theme: _t, ...rest }) => rest)).toEqual(ja.map(({ theme: _t, ...rest }) => rest));
    expect(ja[0]?.groups.reduce((n, g) => n + g.count, 0)).toBe(17);
  });
});
