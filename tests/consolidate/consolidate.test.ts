import { consolidate } from '../../src/consolidate/consolidate';
import type { ConsolidationInput } from '../../src/consolidate/consolidation-input';
import { renderDashboard } from '../../src/consolidate/render-dashboard';
import { parseCsv, readRoster } from '../../src/consolidate/roster';
import { toSummaryJson } from '../../src/consolidate/summary-json';
import { DASHBOARD_MARK_NAME } from '../../src/domain/stamp';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { sheetWith, summary } from '../helpers/status-sheet-builder';
import { formatOutcome } from '../../src/messages/format-outcome';
import { isCollected } from '../helpers/collectable';

function input(sheets: Array<{ file: string; sheet: StatusSheet; fileModified?: string }>, extra: Partial<ConsolidationInput> = {}): ConsolidationInput {
  return { sheets, issues: [], failures: [], skipped: [], roster: null, asOf: '2023-04-30', threshold: 60, generatedAt: '2023-05-01T00:00:00Z', fiscalYear: null, includeOtherYears: false, ...extra };
}

describe('consolidating sheets', () => {
  it('keeps the newest of two submissions of one plan sheet and reports both', () => {
    const old = sheetWith({ summaries: { annual: summary('annual', 40) } });
    const fresh = sheetWith({ summaries: { annual: summary('annual', 90) } });
    const d = consolidate(input([{ file: 'new.xlsx', sheet: fresh, fileModified: '2023-04-20T00:00:00Z' }, { file: 'old.xlsx', sheet: old, fileModified: '2023-03-01T00:00:00Z' }]));
    expect(d.rates.map((r) => [r.file, r.annual])).toEqual([['new.xlsx', 90]]);
    expect(d.submissions.map((s) => [s.file, s.status])).toEqual([['new.xlsx', 'submitted'], ['old.xlsx', 'duplicate']]);
    expect(d.issues).toEqual([expect.objectContaining({ code: 'duplicate_submission', file: 'old.xlsx', params: { winnerFile: 'new.xlsx', winnerSheet: '①' } })]);
  });

  it('lists every month-row text as an entry of the summary, a lone 「↓」 DO and plan tags included', () => {
    const sheet = sheetWith({ months: { 4: [{ do: '↓', check: '⑦ガイドブック作業', tags: ['⑦'] }], 6: [{ do: '6/14 第1回WG' }] } });
    const entries = toSummaryJson(consolidate(input([{ file: 'wg.xlsx', sheet }]))).entries;
    expect(entries).toEqual([
      { file: 'wg.xlsx', sheet: '①', month: 4, kind: 'do', plan: '⑦', text: '↓', cell: 'C9' },
      { file: 'wg.xlsx', sheet: '①', month: 4, kind: 'check', plan: '⑦', text: '⑦ガイドブック作業', cell: 'D9' },
      { file: 'wg.xlsx', sheet: '①', month: 6, kind: 'do', plan: null, text: '6/14 第1回WG', cell: 'C15' },
    ]);
  });

  it('lets the sheet models go once the dashboard is made: its entries and rows keep only what they show', async () => {
    // Made in a function of their own, so no variable of the test holds the model.
    const made = (): { dashboard: ReturnType<typeof consolidate>; model: WeakRef<StatusSheet> } => {
      const sheet = sheetWith({ months: { 4: [{ do: '4/12 第1回WG', check: '就労先の開拓', action: '事業所訪問を続ける' }] } });
      const given = input([{ file: 'wg.xlsx', sheet }], { years: { kind: 'all' } });
      const dashboard = consolidate(given);
      // The job empties the input's sheets once the dashboard is made (consolidate-files.ts).
      given.sheets.length = 0;
      return { dashboard, model: new WeakRef(sheet) };
    };
    const { dashboard, model } = made();
    expect(await isCollected(model)).toBe(true);
    expect(dashboard.entries.map((e) => e.text)).toEqual(['4/12 第1回WG', '就労先の開拓', '事業所訪問を続ける']);
  });

  it('prefers the stamp’s creation time over the file time', () => {
    const stamp = (createdAt: string) => ({ schemaVersion: 1, committee: '就労部会', workingGroup: '雇用啓発WG', plans: ['①'], fiscalYear: 2022, createdAt });
    const a = { ...sheetWith(), stamp: stamp('2023-04-01T00:00:00Z') };
    const b = { ...sheetWith(), stamp: stamp('2022-04-01T00:00:00Z') };
    const d = consolidate(input([{ file: 'a.xlsx', sheet: a, fileModified: '2020-01-01T00:00:00Z' }, { file: 'b.xlsx', sheet: b, fileModified: '2024-01-01T00:00:00Z' }]));
    expect(d.rates.map((r) => r.file)).toEqual(['a.xlsx']);
  });

  it('leaves out and reports a sheet of another fiscal year unless asked', () => {
    const sheets = [{ file: 'a.xlsx', sheet: sheetWith() }, { file: 'b.xlsx', sheet: sheetWith({ workingGroup: '事業所連絡会WG' }) }, { file: 'old.xlsx', sheet: sheetWith({ fiscalYear: 2021, workingGroup: '定着WG' }) }];
    const d = consolidate(input(sheets));
    expect(d.fiscalYear).toBe(2022);
    expect(d.rates.map((r) => r.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(d.issues.map((i) => i.code)).toEqual(['other_fiscal_year']);
    expect(consolidate(input(sheets, { includeOtherYears: true })).rates).toHaveLength(3);
  });

  it('flags plans under the threshold and rolls rates up per committee', () => {
    const d = consolidate(input([
      { file: 'a.xlsx', sheet: sheetWith({ summaries: { firstHalf: summary('firstHalf', 20), secondHalf: summary('secondHalf', 70), annual: summary('annual', 80) } }) },
      { file: 'b.xlsx', sheet: sheetWith({ workingGroup: '事業所連絡会WG', summaries: { firstHalf: summary('firstHalf', 100), secondHalf: summary('secondHalf', 70), annual: null } }) },
    ]));
    expect(d.rates.map((r) => [r.file, r.flagged]).sort()).toEqual([['a.xlsx', true], ['b.xlsx', false]]);
    expect(d.committees).toEqual([{ committee: '就労部会', sheets: 2, firstHalf: 60, secondHalf: 70, annual: 80, lowestAnnual: 80, flagged: 1 }]);
  });

  it('counts a lone 「↓」 as activity and lists every CHECK and ACTION with its source cell', () => {
    const sheet = sheetWith({ planNumbers: ['⑥', '⑦'], months: { 4: [{ do: '↓', check: '⑦ガイドブック完成にむけて', tags: ['⑦'] }], 7: [{ do: '⑥MLに追加', action: '⑥随時追加', tags: ['⑥'] }] } });
    const d = consolidate(input([{ file: 'w.xlsx', sheet }]));
    expect(d.rates[0]?.activeMonths).toEqual([4, 7]);
    expect(d.comments.map((c) => [c.month, c.kind, c.plans, c.file, c.sheet, c.cell?.[0]])).toEqual([
      [4, 'check', '⑦', 'w.xlsx', '①', 'D'],
      [7, 'action', '⑥', 'w.xlsx', '①', 'E'],
    ]);
  });
});

describe('rendering the dashboard', () => {
  const formulaLike = '=HYPERLINK("http://example.invalid","x")';
  const d = consolidate(input([{ file: 'a.xlsx', sheet: sheetWith({ months: { 6: [{ do: '6/1 WG', check: formulaLike }] } }) }], { failures: [{ file: 'bad.xlsx', code: 'not_xlsx', sheet: null, error: null }] }));
  const specs = renderDashboard(d);
  const sheet = (name: string) => specs.find((s) => s.name === name)!;

  it('writes its sheets, the overview first, each carrying the dashboard mark so a rerun replaces only them', () => {
    expect(specs.map((s) => s.name)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    for (const s of specs) expect(s.names.map((n) => [n.name, n.scope])).toEqual([[DASHBOARD_MARK_NAME, 'sheet']]);
  });

  it('places tables that never overlap and freezes the first header row', () => {
    const rates = sheet('集約_達成率');
    const [a, b] = rates.tables;
    expect(a && b && a.range.bottom < b.range.top).toBe(true);
    expect(rates.freeze).toEqual({ rows: (a?.range.top ?? 0) + 1, cols: 0 });
  });

  it('keeps a workbook text that looks like a formula as the same plain string', () => {
    const cell = sheet('集約_評価改善').cells.find((c) => c.value === formulaLike);
    expect(cell).toBeDefined();
  });

  it('says when it was made in Japan time: 00:00 UTC on 1 May is 09:00 in Tokyo', () => {
    const subtitle = specs[0]!.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('作成 '));
    expect(subtitle?.value).toContain('作成 2023-05-01 09:00');
  });

  it('lists the unreadable file on the submissions and issues sheets', () => {
    expect(sheet('集約_提出状況').cells.some((c) => c.value === '読込不可')).toBe(true);
    expect(toSummaryJson(d).failures).toEqual([{ file: 'bad.xlsx', message: 'Excelブック（.xlsx）ではありません。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直してください。' }]);
    expect(toSummaryJson(d, 'en').failures).toEqual([{ file: 'bad.xlsx', message: 'Not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)".' }]);
  });
});

describe('the roster', () => {
  it('reads a CSV with quotes, CRLF and a BOM', () => {
    const grid = parseCsv('\uFEFF部会,WG,計画番号\r\n"就労部会","【 事業所連絡会WG 】","①・④・⑤"\r\n相談部会,,①\r\n', 'roster.csv');
    expect(readRoster(grid)).toEqual({
      entries: [
        { committee: '就労部会', workingGroup: '事業所連絡会WG', plans: ['①', '④', '⑤'] },
        { committee: '相談部会', workingGroup: null, plans: ['①'] },
      ],
      problems: [],
    });
  });

  it('says what to fix when the header row is missing', () => {
    const [problem] = readRoster(parseCsv('a,b\n1,2\n', 'r.csv')).problems;
    expect(problem && formatOutcome(problem)).toContain('見出し行');
  });
});
