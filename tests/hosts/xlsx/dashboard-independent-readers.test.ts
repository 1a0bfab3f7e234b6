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
    expect(Object.keys(report)).toEqual(['集約_概要', '集約_提出状況', '集約_達成率', '集約_活動状況', '集約_評価改善', '集約_検証結果']);
    expect(report['集約_達成率']).toMatchObject({ tables: ['BukaiCommittees', 'BukaiRates'], freeze: 'A5', orientation: 'landscape' });
    expect(report['集約_達成率'].conditional).toBeGreaterThanOrEqual(3);
    expect(report['集約_評価改善'].tables).toEqual(['BukaiCheckAction']);
    expect(report['集約_提出状況'].A1).toContain('令和4年度');
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
  });
});
