/**
 * The rerun policy for a dashboard with charts: our charts are recognised after LibreOffice or openpyxl
 * saved the dashboard (real re-saves, not hand-made look-alikes), while a chart or shape the user added,
 * or a chart changed to read another sheet, still makes the file refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { checkOverwrite } from '../../../src/hosts/xlsx/write-over-existing';
import { writeWorkbook } from '../../../src/hosts/xlsx/write-workbook';
import { fixtureDashboardSpecs } from '../../helpers/repeated-fixtures';

const PYTHON = '/usr/bin/python3';
jest.setTimeout(120_000);

describe('replacing a dashboard with charts that another program saved', () => {
  let dir: string;
  let specs: readonly SheetSpec[];
  let ours: string;

  /** openpyxl loads our dashboard, runs `edit` (Python, `wb` loaded) and saves it under a new name. */
  const withOpenpyxl = (name: string, edit: string): Uint8Array => {
    const to = join(dir, name);
    execFileSync(PYTHON, ['-c', `import sys\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\n${edit}\nwb.save(sys.argv[2])\n`, ours, to]);
    return new Uint8Array(readFileSync(to));
  };
  const refusedParts = (bytes: Uint8Array): readonly string[] => {
    const check = checkOverwrite(bytes, specs);
    return !check.ok && check.problem.code === 'other' ? check.problem.items : [];
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bukai-overwrite-'));
    specs = await fixtureDashboardSpecs(10);
    ours = join(dir, 'dashboard.xlsx');
    writeFileSync(ours, await writeWorkbook(specs));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws charts on the overview and on 集約_達成率 (what the policy has to recognise)', () => {
    expect(specs.filter((s) => (s.charts ?? []).length > 0).map((s) => [s.name, s.charts?.length])).toEqual([
      ['集約_概要', 2],
      ['集約_達成率', 2],
    ]);
  });

  it('replaces it after a LibreOffice re-save (soffice headless, xlsx → xlsx)', () => {
    const home = mkdtempSync(join(tmpdir(), 'bukai-lo-home-'));
    const out = join(dir, 'lo');
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ours], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 100_000 });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const saved = new Uint8Array(readFileSync(join(out, 'dashboard.xlsx')));
    // LibreOffice wrote its own drawing and chart parts (and names itself the application).
    expect(strFromU8(unzipSync(saved)['docProps/app.xml'] ?? new Uint8Array())).toContain('LibreOffice');
    expect(Object.keys(unzipSync(saved)).filter((n) => n.startsWith('xl/charts/'))).toHaveLength(4);
    expect(checkOverwrite(saved, specs)).toEqual({ ok: true });
  });

  it('replaces it after an openpyxl re-save', () => {
    expect(checkOverwrite(withOpenpyxl('resaved.xlsx', ''), specs)).toEqual({ ok: true });
  });

  it('refuses it once the user added a chart of their own to one of our sheets, naming the chart part', () => {
    const bytes = withOpenpyxl('user-chart.xlsx', `from openpyxl.chart import PieChart, Reference\nws = wb['集約_達成率']\nc = PieChart()\nc.title = '私のグラフ'\nc.add_data(Reference(ws, min_col=4, min_row=5, max_row=10))\nws.add_chart(c, 'N2')`);
    expect(refusedParts(bytes).some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
  });

  it('refuses a chart titled like ours that our run would not draw (one more than we write on that sheet)', () => {
    const bytes = withOpenpyxl('same-title.xlsx', `from openpyxl.chart import BarChart, Reference\nws = wb['集約_達成率']\nc = BarChart()\nc.title = '部会別の平均達成率'\nc.add_data(Reference(ws, min_col=5, min_row=5, max_row=10))\nws.add_chart(c, 'N40')`);
    expect(refusedParts(bytes).length).toBeGreaterThan(0);
  });

  it('refuses our chart once the user retitled it (an edit of theirs the rerun would lose)', () => {
    const bytes = withOpenpyxl('retitled.xlsx', `ws = wb['集約_達成率']\nws._charts[1].title = '就労部会の説明用'`);
    expect(refusedParts(bytes).length).toBeGreaterThan(0);
  });

  it('refuses our chart once it reads a sheet our chart never reads', () => {
    const bytes = withOpenpyxl('moved-data.xlsx', `from openpyxl.chart import Reference\nws = wb['集約_概要']\nchart = ws._charts[1]\nchart.series[0].val.numRef.f = "'集約_検証結果'!$C$5:$C$9"`);
    expect(refusedParts(bytes).length).toBeGreaterThan(0);
  });

  it('refuses a drawing that holds a shape beside our charts', () => {
    const parts = unzipSync(new Uint8Array(readFileSync(ours)));
    const app = strFromU8(parts['docProps/app.xml'] ?? new Uint8Array());
    parts['docProps/app.xml'] = strToU8(app.replace(/<Application>[^<]*<\/Application>/, '<Application>Microsoft Excel</Application>'));
    const drawing = strFromU8(parts['xl/drawings/drawing1.xml'] ?? new Uint8Array());
    const shape = '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="9" name="メモ"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>';
    parts['xl/drawings/drawing1.xml'] = strToU8(drawing.replace('</xdr:wsDr>', `${shape}</xdr:wsDr>`));
    const items = refusedParts(zipSync(parts));
    expect(items).toContain('xl/drawings/drawing1.xml');
    // Written by us again (our application name), the same package is ours whole.
    parts['docProps/app.xml'] = strToU8(app);
    parts['xl/drawings/drawing1.xml'] = strToU8(drawing);
    expect(checkOverwrite(zipSync(parts), specs)).toEqual({ ok: true });
  });
});
