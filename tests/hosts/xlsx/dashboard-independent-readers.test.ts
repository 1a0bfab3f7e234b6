/** The dashboard we write opens in openpyxl (tables, names, frozen panes) and converts in LibreOffice. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toA1 } from '../../../src/domain/cell-ref';
import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../../../src/jobs/consolidate-files';
import { fixturePaths } from '../../helpers/fixture-workbooks';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const REPORT = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        "tables": sorted(ws.tables.keys()),
        "freeze": ws.freeze_panes,
        "conditional": len(ws.conditional_formatting),
        "A1": ws["A1"].value,
        "orientation": ws.page_setup.orientation,
        "charts": [{"type": c.tagname, "title": "".join(r.t for p in c.title.tx.rich.p for r in (p.r or [])) if c.title else None,
                    "series": [s.val.numRef.f for s in c.series]} for c in ws._charts],
        "fit": [ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight],
        "printArea": ws.print_area,
        "links": [[c.coordinate, c.hyperlink.location] for row in ws.iter_rows() for c in row if c.hyperlink is not None],
    }
print(json.dumps(out, ensure_ascii=False))
`;

// Every non-empty cell of every sheet as openpyxl reads it: { sheet: { "A1": value } }.
const VALUES = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
print(json.dumps({ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}, ensure_ascii=False))
`;

jest.setTimeout(120_000);

describe('the dashboard in independent readers', () => {
  let dir: string;
  let file: string;
  let specs: readonly SheetSpec[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bukai-dashboard-'));
    file = join(dir, 'dashboard.xlsx');
    const files = fixturePaths().map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
    const result = await consolidateFiles(files, { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T09:00:00.000Z' }, readXlsx);
    const host = await XlsxWorkbookHost.create();
    await writeDashboard(host, result.specs);
    specs = result.specs;
    writeFileSync(file, await host.toBytes());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in openpyxl with its tables, frozen headers and conditional formats', () => {
    const report = JSON.parse(execFileSync('/usr/bin/python3', ['-c', REPORT, file], { encoding: 'utf8' }));
    expect(Object.keys(report)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_課題', '集約_検証結果']);
    expect(report['集約_達成率']).toMatchObject({ tables: ['BukaiChartRates', 'BukaiCommittees', 'BukaiRates'], freeze: 'A5', orientation: 'landscape' });
    expect(report['集約_達成率'].conditional).toBeGreaterThanOrEqual(3);
    expect(report['集約_評価改善'].tables).toEqual(['BukaiCheckAction']);
    expect(report['集約_課題'].tables).toEqual(['BukaiRecurringWords', 'BukaiThemeMatrix', 'BukaiThemeTexts']);
    expect(report['集約_提出状況'].A1).toContain('令和4年度');
  });

  it('holds the charts as openpyxl reads them, each reading cells of the dashboard', () => {
    const report = JSON.parse(execFileSync('/usr/bin/python3', ['-c', REPORT, file], { encoding: 'utf8' }));
    expect(report['集約_概要'].charts.map((c: { type: string; title: string }) => [c.type, c.title])).toEqual([
      ['barChart', '計画別の達成率（部会ごと）'],
      ['barChart', 'テーマ別の件数（評価・改善）'],
    ]);
    expect(report['集約_達成率'].charts.map((c: { title: string }) => c.title)).toEqual(['計画別の達成率（部会ごと）', '部会別の平均達成率']);
    // The overview's rate chart reads the chart data on 集約_達成率 (ten FY2022 plans); the theme chart, its own cells.
    const [rates, themes] = report['集約_概要'].charts as Array<{ series: string[] }>;
    expect(rates?.series).toEqual(["'集約_達成率'!$D$24:$D$33", "'集約_達成率'!$E$24:$E$33", "'集約_達成率'!$F$24:$F$33"]);
    expect(themes?.series[0]).toMatch(/^'集約_概要'!\$J\$\d+:\$J\$\d+$/);
    expect(Object.values(report).reduce((n: number, s) => n + (s as { charts: unknown[] }).charts.length, 0)).toBe(4);
  });

  it('sets the overview up to print on one A4 landscape page (fit 1 × 1, a print area), its rows linked to 集約_達成率', () => {
    const report = JSON.parse(execFileSync('/usr/bin/python3', ['-c', REPORT, file], { encoding: 'utf8' }));
    expect(Object.keys(report)[0]).toBe('集約_概要');
    expect(report['集約_概要']).toMatchObject({ fit: [true, 1, 1], orientation: 'landscape' });
    expect(report['集約_概要'].links[0]).toEqual([expect.stringMatching(/^G\d+$/), expect.stringMatching(/^'集約_達成率'!A\d+$/)]);
    expect(report['集約_概要'].printArea).toEqual([expect.stringMatching(/^\$A\$1:\$M\$\d+$/)]);
  });

  it('holds, as openpyxl reads it, every value of every dashboard sheet and nothing else', () => {
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', VALUES, file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Record<string, Record<string, unknown>>;
    for (const spec of specs) {
      const expected: Record<string, unknown> = {};
      for (const c of spec.cells) {
        const address = toA1(c.row, c.col);
        if (c.value === null || c.value === '') delete expected[address];
        else expected[address] = c.value;
      }
      expect(read[spec.name]).toEqual(expected);
    }
  });

  it('converts to PDF in LibreOffice without error', () => {
    const home = mkdtempSync(join(tmpdir(), 'lo-home-'));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 100_000 });
    rmSync(home, { recursive: true, force: true });
    const pdf = join(dir, 'dashboard.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    // A chart LibreOffice dropped would leave no title on the page; the overview must be exactly page 1.
    const page = (n: number): string => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
    expect(page(1)).toContain('— 概要');
    expect(page(1)).toContain('計画別の達成率（部会ごと）');
    expect(page(1)).toContain('テーマ別の件数（評価・改善）');
    expect(page(2)).toContain('— 提出状況');
    const rates = [3, 4, 5].map(page).find((text) => text.includes('部会別の平均達成率'));
    expect(rates).toContain('計画別の達成率（部会ごと）');
  });
});
