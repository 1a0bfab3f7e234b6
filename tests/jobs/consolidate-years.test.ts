/**
 * The proof of 集約_経年 on real files: the FY2022 fixtures and the FY2023 ones (rolled over by us, filled
 * in by openpyxl) consolidated together give one row per plan with both years' rates and the changes,
 * as our reader, openpyxl and LibreOffice (its formatted CSV: ↑ +20, ↓ -5) read the written workbook.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/consolidate/roster';
import { SummaryJsonSchema } from '../../src/consolidate/summary-json';
import { cellText, type Grid } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard, type ConsolidationResult } from '../../src/jobs/consolidate-files';
import { addSheets } from '../../src/jobs/sheet-placement';
import { sheetSpec } from '../helpers/sheet-spec-builder';
import { fixtureFiles } from '../helpers/fixture-workbooks';

jest.setTimeout(120_000);

const filesOf = fixtureFiles;
const OPTIONS = { roster: null, asOf: '2024-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja' as const, generatedAt: '2024-05-01T00:00:00Z' };

/** The header row of the sheet's table and the data rows below it, as text. */
function table(grid: Grid): { header: string[]; rows: string[][] } {
  const width = Math.max(...grid.rows.map((r) => r?.length ?? 0));
  const text = grid.rows.map((r) => Array.from({ length: width }, (_, c) => cellText(r?.[c])));
  const at = text.findIndex((r) => r[0] === '部会');
  return { header: text[at] ?? [], rows: text.slice(at + 1).filter((r) => r[0] !== '') };
}

describe('集約_経年 over the FY2022 and FY2023 fixtures', () => {
  let dir: string;
  let file: string;
  let result: ConsolidationResult;
  let years: { header: string[]; rows: string[][] };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bukai-years-'));
    file = join(dir, 'dashboard.xlsx');
    result = await consolidateFiles([...filesOf('fy2022'), ...filesOf('fy2023')], { ...OPTIONS, years: { kind: 'all' } }, readXlsx);
    const host = await XlsxWorkbookHost.create();
    await writeDashboard(host, result.specs);
    writeFileSync(file, await host.toBytes());
    const read = readXlsx(new Uint8Array(readFileSync(file)));
    if (!read.ok) throw new Error(read.failure.code);
    const grid = read.workbook.sheets.find((g) => g.name === '集約_経年');
    if (!grid) throw new Error('no 集約_経年');
    years = table(grid);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the usual sheets for FY2023 and 集約_経年 after 集約_達成率', () => {
    expect(result.specs.map((s) => s.name)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_経年', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    expect(result.dashboard.fiscalYear).toBe(2023);
    expect(result.dashboard.rates).toHaveLength(10);
    expect(result.dashboard.rates.every((r) => r.fiscalYear === 2023)).toBe(true);
    expect(result.dashboard.submissions.filter((s) => s.status === 'earlier_year')).toHaveLength(10);
  });

  it('has one row per plan, every one with both years and no note but the sheet without plan numbers', () => {
    expect(years.header.slice(0, 12)).toEqual(['部会', 'WG', '計画', '令和4年度\n上半期', '令和4年度\n下半期', '令和4年度\n年度', '令和5年度\n上半期', '令和5年度\n下半期', '令和5年度\n年度', '前年度比\n上半期', '前年度比\n下半期', '前年度比\n年度']);
    expect(years.rows).toHaveLength(10);
    expect(result.dashboard.trend?.every((r) => r.years.map((y) => y.year).join() === '2022,2023')).toBe(true);
    const notes = years.rows.filter((r) => (r[14] ?? '') !== '').map((r) => [r[1], r[14]]);
    expect(notes).toEqual([['精神障がい地域包括ケアシステムWG', '計画番号がないため、部会・WGだけで対応付けました。']]);
  });

  it('holds both years’ rates and the signed changes of 雇用啓発WG ① and ヘルパー人材育成WG ②', () => {
    const row = (wg: string, plan: string): string[] | undefined => years.rows.find((r) => r[1] === wg && r[2] === plan);
    // Our reader gives the numbers; how they show (30%, ↑ +20) is LibreOffice's test below.
    expect(row('雇用啓発WG', '①')?.slice(3, 12)).toEqual(['30', '50', '90', '50', '80', '85', '20', '30', '-5']);
    expect(row('ヘルパー人材育成WG', '②')?.slice(3, 12)).toEqual(['30', '80', '80', '70', '60', '70', '40', '-20', '-10']);
    // 相談部会 wrote no annual rate in FY2022: no change can be given for it.
    expect(years.rows.find((r) => r[0] === '相談部会')?.slice(3, 12)).toEqual(['100', '100', '', '90', '100', '95', '-10', '0', '']);
  });

  it('puts FY2022’s ACTIONs beside FY2023’s PLAN, with both sources', () => {
    const r = years.rows.find((x) => x[1] === '事業所連絡会WG' && x[2] === '⑥・⑦');
    expect(r?.[12]?.split('\n')).toEqual([
      '7月: ⑥今後も、新規事業所は随時MLに追加し、情報共有の漏れがないようにしていく必要がある。',
      '11月: ⑥今後もさらに積極的にMLを活用していく。',
      '1月: ⑦ガイドブックの完成に向けて、今後早急に動いていく必要がある。',
    ]);
    expect(r?.[13]).toBe('⑥ 事業所MLの運営について\n⑦ 事業所ガイドブックについて');
    expect(r?.[15]).toBe('令和4年度: 就労部会_事業所連絡会WG.xlsx / ⑥・⑦\n令和5年度: 令和5年度_就労部会_事業所連絡会WG.xlsx / ⑥・⑦');
  });

  it('gives SUMMARY.json one trend row per plan with the rates of sheets[] under each year', () => {
    const json = SummaryJsonSchema.parse(JSON.parse(JSON.stringify(result.summary)));
    expect(json.trend).toHaveLength(10);
    for (const s of json.sheets) {
      const t = json.trend?.find((x) => x.committeeCanonical === s.committeeCanonical && x.workingGroup === s.workingGroup && x.plans.join() === s.plans.join());
      expect(t?.years['2023']).toEqual(s.rates);
      expect(Object.keys(t?.years ?? {})).toEqual(['2022', '2023']);
    }
    expect(json.trend?.find((t) => t.workingGroup === '雇用啓発WG' && t.plans[0] === '③')?.years).toEqual({ '2022': { firstHalf: 30, secondHalf: 90, annual: 90 }, '2023': { firstHalf: 40, secondHalf: 90, annual: 95 } });
  });

  it('opens in openpyxl with its table, data bars and the ↑ ↓ number format on the changes', () => {
    const script = [
      'import json, sys',
      'from openpyxl import load_workbook',
      'ws = load_workbook(sys.argv[1])["集約_経年"]',
      'row = next(r for r in ws.iter_rows(min_row=5) if r[1].value == "雇用啓発WG" and r[2].value == "①")',
      'rules = [r.type for cf in ws.conditional_formatting for r in cf.rules]',
      'print(json.dumps({"tables": list(ws.tables.keys()), "values": [c.value for c in row[3:12]], "format": row[9].number_format, "rules": sorted(set(rules))}, ensure_ascii=False))',
    ].join('\n');
    const report = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as { tables: string[]; values: unknown[]; format: string; rules: string[] };
    expect(report.tables).toEqual(['BukaiYears']);
    expect(report.values).toEqual([30, 50, 90, 50, 80, 85, 20, 30, -5]);
    expect(report.format).toBe('"↑ +"0;"↓ -"0;"→ 0"');
    expect(report.rules).toEqual(expect.arrayContaining(['dataBar']));
  });

  it('converts in LibreOffice, which shows the changes as ↑ +20 and ↓ -5', () => {
    const home = mkdtempSync(join(tmpdir(), 'lo-home-'));
    // Filter options: comma, quote, UTF-8, from row 1, formatted as shown, every sheet (-1) to its own file.
    execFileSync('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, file], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 100_000 });
    rmSync(home, { recursive: true, force: true });
    const csv = readFileSync(join(dir, 'dashboard-集約_経年.csv'), 'utf8');
    const shown = table(parseCsv(csv, '集約_経年'));
    expect(shown.rows.find((r) => r[1] === '雇用啓発WG' && r[2] === '①')?.slice(3, 12)).toEqual(['30%', '50%', '90%', '50%', '80%', '85%', '↑ +20', '↑ +30', '↓ -5']);
    expect(shown.rows.find((r) => r[0] === '相談部会')?.slice(9, 12)).toEqual(['↓ -10', '→ 0', '']);
  });

  it('a later run without the years option replaces the whole dashboard: no stale 集約_経年 stays, a user’s sheet does', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [sheetSpec('メモ', { cells: [{ row: 0, col: 0, value: '会議メモ' }] })]);
    await writeDashboard(host, result.specs);
    expect(await host.listSheets()).toContain('集約_経年');
    const one = await consolidateFiles([...filesOf('fy2022'), ...filesOf('fy2023')], OPTIONS, readXlsx);
    await writeDashboard(host, one.specs);
    expect(await host.listSheets()).toEqual(['メモ', '集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
  });

  it('without the years option writes exactly the usual sheets and no trend', async () => {
    const one = await consolidateFiles([...filesOf('fy2022'), ...filesOf('fy2023')], OPTIONS, readXlsx);
    expect(one.specs.map((s) => s.name)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    expect(one.dashboard.trend).toBeNull();
    expect('trend' in one.summary).toBe(false);
    // Ten sheets of each year: the tie goes to the later year, the other year's sheets are left out and reported.
    expect(one.dashboard.fiscalYear).toBe(2023);
    expect(one.dashboard.submissions.filter((s) => s.status === 'other_year')).toHaveLength(10);
  });
});
