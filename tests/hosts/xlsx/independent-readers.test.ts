/**
 * Files we write are opened by programs that share no code with our writer: openpyxl (Python) and
 * LibreOffice. Both are Debian packages on the build machine (see /work/shared/notes/xlsx.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook } from '../../../src/hosts/xlsx/write-workbook';
import { parsePlanSheets, renderStatusSheet } from '../../../src/template/render-status-sheet';

const PYTHON = '/usr/bin/python3';

const OPENPYXL_REPORT = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "workbookNames": sorted(d.name for d in wb.defined_names.definedName if d.localSheetId is None), "perSheet": {}}
# openpyxl 3.0 lists every name in wb.defined_names with its localSheetId; 3.1 moved sheet names to ws.defined_names.
for ws in wb.worksheets:
    local = getattr(ws, "defined_names", None)
    if isinstance(local, dict):
        names = {k: v.attr_text for k, v in local.items()}
    else:
        names = {d.name: d.attr_text for d in wb.defined_names.definedName if d.localSheetId == wb.worksheets.index(ws)}
    out["perSheet"][ws.title] = {
        "merges": len(ws.merged_cells.ranges),
        "validations": [{"sqref": str(dv.sqref), "type": dv.type, "operator": dv.operator, "f1": dv.formula1, "f2": dv.formula2, "error": dv.error} for dv in ws.data_validations.dataValidation],
        "names": names,
        "protected": bool(ws.protection.sheet),
        "paperSize": ws.page_setup.paperSize,
        "orientation": ws.page_setup.orientation,
        "printTitleRows": ws.print_title_rows,
        "freeze": ws.freeze_panes,
        "G1": ws["G1"].value,
        "A1": ws["A1"].value,
        "stampHidden": ws.column_dimensions["G"].hidden,
    }
print(json.dumps(out, ensure_ascii=False))
`;

jest.setTimeout(120_000);

describe('independent readers', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bukai-independent-'));
    file = join(dir, 'jigyousho.xlsx');
    const specs = (parsePlanSheets('①・④・⑤,②・③,⑥・⑦') ?? []).map((plans) =>
      renderStatusSheet({ fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', plans, createdAt: '2022-04-01T00:00:00.000Z' }),
    );
    writeFileSync(file, await writeWorkbook(specs));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in openpyxl with its merges, validations, sheet-scoped names, protection and print setup', () => {
    const report = JSON.parse(execFileSync(PYTHON, ['-c', OPENPYXL_REPORT, file], { encoding: 'utf8' }));
    expect(report.sheets).toEqual(['①・④・⑤', '②・③', '⑥・⑦']);
    // Every name is sheet-scoped: none leaks to workbook level (print titles live per sheet too).
    expect(report.workbookNames.filter((n: string) => !n.startsWith('_xlnm'))).toEqual([]);

    const first = report.perSheet['①・④・⑤'];
    // 2 title lines, 2×2 理念/目標, 2 plan header, 3×2 plan rows, 4 quarters, 12 months, 3 summaries × 3.
    expect(first.merges).toBe(2 + 4 + 2 + 6 + 4 + 12 + 9);
    expect(first.validations.map((v: { sqref: string }) => v.sqref)).toEqual(['C29', 'C49', 'C51']);
    expect(first.validations[0]).toMatchObject({ type: 'decimal', operator: 'between', f1: '0', f2: '1', error: '0%〜100%の数値を入力してください' });
    expect(first.names).toEqual({
      BukaiStamp: "'①・④・⑤'!$G$1",
      RateFirstHalf: "'①・④・⑤'!$C$29",
      RateSecondHalf: "'①・④・⑤'!$C$49",
      RateAnnual: "'①・④・⑤'!$C$51",
    });
    expect(first).toMatchObject({ protected: true, paperSize: 9, orientation: 'landscape', printTitleRows: '$9:$9', freeze: 'A10', A1: '就労部会 【事業所連絡会WG】', stampHidden: true });
    expect(first.G1).toMatch(/^#部会状況把握表:/);

    // Two plans: one row fewer above the months.
    expect(report.perSheet['②・③'].names.RateAnnual).toBe("'②・③'!$C$50");
  });

  it('converts to PDF in LibreOffice without error', () => {
    const home = mkdtempSync(join(tmpdir(), 'bukai-lo-home-'));
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 110_000 });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const pdf = join(dir, 'jigyousho.pdf');
    expect(existsSync(pdf)).toBe(true);
    // 3 sheets × 5 pages of form: far more than an empty or error page.
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    expect(readdirSync(dir)).toContain('jigyousho.pdf');
  });
});
