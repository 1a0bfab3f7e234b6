/** 集約_概要 on the FY2022 fixtures: who submitted and who is missing, the plans under the threshold, the main themes. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { toA1 } from '../../src/domain/cell-ref';
import type { SheetSpec } from '../../src/domain/sheet-spec';
import { consolidate } from '../../src/consolidate/consolidate';
import { renderDashboard } from '../../src/consolidate/render-dashboard';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type ConsolidateOptions } from '../../src/jobs/consolidate-files';
import { fixtureFiles, fixturePaths } from '../helpers/fixture-workbooks';
import { sheetWith, summary } from '../helpers/status-sheet-builder';

const FILES = fixturePaths().map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
const ROSTER = { name: 'roster.csv', bytes: new TextEncoder().encode('部会,WG,計画番号\n相談部会,,①\n暮らし部会,精神障がい地域包括ケアシステムWG,\n就労部会,定着支援WG,①\n') };
const OPTIONS: ConsolidateOptions = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' };

async function dashboard(options: Partial<ConsolidateOptions> = {}): Promise<SheetSpec[]> {
  return [...(await consolidateFiles(FILES, { ...OPTIONS, ...options }, readXlsx)).specs];
}

/** The text of every cell, by A1 address. */
const texts = (spec: SheetSpec): Map<string, string | number | null> => new Map(spec.cells.filter((c) => c.value !== null).map((c) => [toA1(c.row, c.col), c.value]));
const valuesOf = (spec: SheetSpec): Array<string | number | null> => spec.cells.map((c) => c.value);
const rowOf = (spec: SheetSpec, text: string): number => spec.cells.find((c) => c.value === text)?.row ?? -1;

describe('集約_概要, the page printed for the plenary', () => {
  let specs: SheetSpec[];
  let overview: SheetSpec;
  beforeAll(async () => {
    specs = await dashboard();
    overview = specs[0]!;
  });

  it('is the first sheet, marked as ours, one A4 landscape page with a print area over what it holds', () => {
    expect(overview.name).toBe('集約_概要');
    expect(overview.names.map((n) => n.name)).toEqual(['BukaiDashboard']);
    const bottom = Math.max(...overview.cells.map((c) => c.row), ...(overview.charts ?? []).map((c) => c.anchor.bottom));
    expect(overview.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, fitToHeight: true, titleRows: null, area: { top: 0, left: 0, bottom, right: 12 } });
  });

  it('says when, from what, and who submitted (no roster: missing ones are not known)', () => {
    const cells = texts(overview);
    expect(cells.get('A2')).toContain('作成 2023-05-01 09:00');
    expect(cells.get('A3')).toMatch(/^資料: 5 件のファイル（くらし部会_ヘルパー人材育成WG\.xlsx、/);
    expect(valuesOf(overview)).toContain('提出 10 枚（5 部会・WG）');
    expect(valuesOf(overview).find((v) => typeof v === 'string' && v.startsWith('提出した部会・WG: '))).toContain('就労部会 雇用啓発WG');
    expect(valuesOf(overview)).toContain('名簿の指定がないため、未提出は判定していません（名簿を指定すると未提出が分かります）。');
  });

  it('names the missing groups from the roster, and counts the sheets nobody expected', async () => {
    const withRoster = (await dashboard({ roster: ROSTER }))[0]!;
    expect(valuesOf(withRoster)).toContain('未提出 1 件: 就労部会 定着支援WG ①');
    expect(valuesOf(withRoster)).toContain('読込不可・重複・年度違い・名簿外 8 件（集約_提出状況 を参照）');
  });

  it('counts the earlier years of a comparison on their own line, not among the sheets to look at', async () => {
    const fy2023 = fixtureFiles('fy2023');
    const result = await consolidateFiles([...FILES, ...fy2023], { ...OPTIONS, years: { kind: 'all' } }, readXlsx);
    const values = valuesOf(result.specs[0]!);
    expect(values).toContain('前年度以前のシート 10 枚は 集約_経年 で比較しています。');
    expect(values.some((v) => typeof v === 'string' && v.startsWith('読込不可・重複・年度違い・名簿外'))).toBe(false);
  });

  it('lists the plans under the threshold with their rates and the row of 集約_達成率 that holds them', () => {
    const header = rowOf(overview, '集約_達成率 の行');
    const rows = overview.cells.filter((c) => c.row > header && c.col === 6 && typeof c.value === 'string' && c.value.startsWith('集約_達成率!'));
    // FY2022: seven plans have a rate under 60 % (every 就労部会 plan's first half, both ヘルパー plans).
    expect(rows).toHaveLength(7);
    // Furthest behind first: 事業所連絡会WG ②・③ ends the year at 20 %.
    expect(overview.cells.filter((c) => c.row === header + 1 && c.col <= 5).map((c) => c.value)).toEqual(['就労部会', '事業所連絡会WG', '②・③', 20, 20, 20]);
    const rates = specs.find((s) => s.name === '集約_達成率')!;
    for (const link of rows) {
      const address = String(link.value).split('!')[1] ?? '';
      const group = overview.cells.find((c) => c.row === link.row && c.col === 1)?.value;
      // The cell the link names is the plan's own row: the same WG stands in column B there.
      const target = texts(rates);
      expect(target.get(address.replace(/^A/, 'B'))).toBe(group);
    }
    // Each row is a link too, to the cell it names.
    expect(overview.links?.map((l) => [toA1(l.row, l.col), `${l.to.sheet}!${toA1(l.to.row, l.to.col)}`])).toEqual(rows.map((c) => [toA1(c.row, c.col), c.value]));
    expect(overview.conditionalFormats).toEqual([{ range: { top: header + 1, left: 3, bottom: header + 7, right: 5 }, rule: { type: 'lessThan', value: 60, fill: 'F8CBAD' } }]);
  });

  it('gives the main themes with one representative text and its source file / sheet / cell', () => {
    const header = rowOf(overview, '代表的な記載');
    const themeRows = overview.cells.filter((c) => c.row > header && c.col === 0).map((c) => String(c.value));
    expect(themeRows).toHaveLength(5);
    expect(themeRows[0]).toMatch(/^研修・学習（\d+）$/);
    // Five different texts, though one FY2022 text speaks of both 就労・雇用 and 制度・手続き.
    const shown = overview.cells.filter((c) => c.row > header && c.col === 1).map((c) => c.value);
    expect(new Set(shown).size).toBe(5);
    const cite = overview.cells.filter((c) => c.row > header && c.col === 9).map((c) => String(c.value));
    expect(cite.every((c) => /^.+\.xlsx \/ .+ \/ [A-Z]+\d+$/.test(c))).toBe(true);
  });

  it('draws the plan rates from 集約_達成率’s chart data and the theme counts from its own cells', () => {
    const [rates, themes] = overview.charts ?? [];
    expect(rates?.categories).toEqual({ sheet: '集約_達成率', range: { top: 23, left: 0, bottom: 32, right: 2 } });
    expect(rates?.threshold?.values.sheet).toBe('集約_達成率');
    const counted = themes?.series[0]?.values.range;
    expect(counted && overview.cells.filter((c) => c.col === 9 && c.row >= counted.top && c.row <= counted.bottom).every((c) => typeof c.value === 'number')).toBe(true);
  });

  it('is written in English with --lang en, the workbooks’ own words kept', async () => {
    const en = (await dashboard({ locale: 'en' }))[0]!;
    expect(en.name).toBe('Summary_Overview');
    expect(valuesOf(en)).toContain('10 sheets submitted (5 committees / WGs)');
    expect(valuesOf(en)).toContain('Row in Summary_Rates');
    expect(en.charts?.map((c) => c.title)).toEqual(['Achievement rates by plan, by committee', 'CHECK / ACTION texts by theme']);
    expect(valuesOf(en).some((v) => typeof v === 'string' && v.startsWith('Training and learning ('))).toBe(true);
  });

  it('shows the committee averages instead of a bar per plan once there are more than 30 plans, and caps its lists', () => {
    // Forty distinct plans of 40 WGs, every one under the threshold in its first half.
    const sheets = Array.from({ length: 40 }, (_, i) => ({
      file: `wg${i}.xlsx`,
      sheet: sheetWith({ workingGroup: `第${i + 1}WG`, summaries: { firstHalf: summary('firstHalf', 10), secondHalf: summary('secondHalf', 70), annual: summary('annual', 80) } }),
    }));
    const d = consolidate({ sheets, issues: [], failures: [], skipped: [], roster: null, threshold: 60, asOf: null, generatedAt: '2023-05-01T00:00:00Z', fiscalYear: null, includeOtherYears: false });
    const page = renderDashboard(d)[0]!;
    expect(page.charts?.[0]?.title).toBe('部会別の平均達成率');
    expect(page.charts?.[0]?.categories.sheet).toBe('集約_達成率');
    const header = rowOf(page, '集約_達成率 の行');
    expect(page.cells.filter((c) => c.row > header && c.col === 6 && String(c.value).startsWith('集約_達成率!'))).toHaveLength(12);
    expect(valuesOf(page)).toContain('ほか 28 件は 集約_達成率 を参照');
    expect(valuesOf(page).find((v) => typeof v === 'string' && v.startsWith('提出した部会・WG: '))).toMatch(/、ほか 10 件$/);
  });

  it('says so when no plan is under the threshold and no text speaks of a theme, and draws no theme chart', () => {
    const sheet = sheetWith({ summaries: { firstHalf: summary('firstHalf', 80), secondHalf: summary('secondHalf', 90), annual: summary('annual', 90) } });
    const d = consolidate({ sheets: [{ file: 'a.xlsx', sheet }], issues: [], failures: [], skipped: [], roster: null, threshold: 60, asOf: null, generatedAt: '2023-05-01T00:00:00Z', fiscalYear: null, includeOtherYears: false });
    const page = renderDashboard(d)[0]!;
    expect(valuesOf(page)).toEqual(expect.arrayContaining(['基準未満の計画はありません。', '評価・改善の記載がありません。']));
    expect(page.charts?.map((c) => c.title)).toEqual(['計画別の達成率（部会ごと）']);
    expect(page.links).toBeUndefined();
  });
});
