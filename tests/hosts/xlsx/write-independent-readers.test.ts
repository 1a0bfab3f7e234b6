/**
 * Every kind of workbook we write — the template, dashboards at 10, 100 and 1,000 plan sheets, and the
 * chart example — opened by readers that share no code with our writer: openpyxl (Python), LibreOffice
 * (converted to PDF, and re-saved as .xlsx and read back), ExcelJS; and read back by our own reader. Each
 * must hold the values, merges, names, validations, conditional formats, tables and charts we wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { syntheticWorkbooks } from '../../../bench/synthetic-submissions';
import { toA1 } from '../../../src/domain/cell-ref';
import type { Grid } from '../../../src/domain/grid';
import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { toAbsoluteRef } from '../../../src/hosts/xlsx/write-xml';
import { writeWorkbook } from '../../../src/hosts/xlsx/write-workbook';
import { consolidateFiles } from '../../../src/jobs/consolidate-files';
import { parsePlanSheets, renderStatusSheet } from '../../../src/template/render-status-sheet';
import { chartExampleSpecs } from './write-chart-example';

jest.setTimeout(300_000);

// Per sheet: every value, the merges, and counts of what else a reader must keep.
const OPENPYXL_REPORT = `
import json, sys
from openpyxl import load_workbook
out = {}
for path in sys.argv[1:]:
    wb = load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        charts = []
        for chart in ws._charts:
            # A chart with a line over bars reads as one chart holding both plots.
            plots = getattr(chart, "_charts", None) or [chart]
            charts.append({"types": [p.tagname for p in plots], "series": sum(len(p.series) for p in plots)})
        sheets[ws.title] = {
            "values": {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None},
            "merges": sorted(str(r) for r in ws.merged_cells.ranges),
            "validations": len(ws.data_validations.dataValidation),
            "conditional": sum(len(cf.rules) for cf in ws.conditional_formatting),
            "tables": sorted(ws.tables.keys()),
            "charts": charts,
        }
    names = [{"name": d.name, "ref": d.attr_text, "local": d.localSheetId} for d in wb.defined_names.definedName]
    for ws in wb.worksheets:
        local = getattr(ws, "defined_names", None)
        if isinstance(local, dict):
            names += [{"name": k, "ref": v.attr_text, "local": wb.worksheets.index(ws)} for k, v in local.items()]
    out[path] = {"sheets": sheets, "order": wb.sheetnames, "names": names}
print(json.dumps(out, ensure_ascii=False))
`;

type Value = string | number;

/** A dashboard of 1,000 plan sheets has 18,500 rows: over the limits the reader keeps for submissions. */
const DASHBOARD_LIMITS = { limits: { maxRows: 1_048_576, maxCellsPerSheet: 2_000_000 } };

/** What each cell of a spec holds once written: the last value at each position; merged-away cells empty. */
function expectedValues(spec: SheetSpec): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const c of spec.cells) {
    const address = toA1(c.row, c.col);
    if (c.value === null || c.value === '') values.delete(address);
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry are dropped
    else values.set(address, typeof c.value === 'string' ? c.value.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g, '') : c.value);
  }
  for (const m of spec.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) values.delete(toA1(r, c));
  }
  return values;
}

function gridValues(grid: Grid): Map<string, Value> {
  const values = new Map<string, Value>();
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.kind === 'text') values.set(toA1(r, c), cell.text);
      else if (cell?.kind === 'number') values.set(toA1(r, c), cell.value);
      else if (cell) values.set(toA1(r, c), `unexpected ${cell.kind}`);
    }),
  );
  return values;
}

const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();
const mergeRefs = (spec: SheetSpec): string[] => sorted(spec.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`));

interface Written {
  readonly label: string;
  readonly file: string;
  readonly specs: readonly SheetSpec[];
  readonly bytes: Uint8Array;
}

async function dashboardSpecs(planSheets: number): Promise<readonly SheetSpec[]> {
  const files = await syntheticWorkbooks(planSheets / 10);
  const options = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: 2022, includeOtherYears: false, locale: 'ja' as const, generatedAt: '2023-05-01T09:00:00.000Z' };
  return (await consolidateFiles(files, options, readXlsx)).specs;
}

describe('every workbook we write, in independent readers', () => {
  let dir: string;
  const written: Written[] = [];
  let openpyxl: Record<string, { sheets: Record<string, { values: Record<string, Value>; merges: string[]; validations: number; conditional: number; tables: string[]; charts: Array<{ types: string[]; series: number }> }>; order: string[]; names: Array<{ name: string; ref: string; local: number | null }> }>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bukai-written-'));
    const template = (parsePlanSheets('①・④・⑤,②・③,⑥・⑦') ?? []).map((plans) =>
      renderStatusSheet({ fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', plans, createdAt: '2022-04-01T00:00:00.000Z' }),
    );
    const sets: Array<[string, readonly SheetSpec[]]> = [
      ['template', template],
      ['dashboard-10', await dashboardSpecs(10)],
      ['dashboard-100', await dashboardSpecs(100)],
      ['dashboard-1000', await dashboardSpecs(1000)],
      ['charts', chartExampleSpecs()],
    ];
    for (const [label, specs] of sets) {
      const bytes = await writeWorkbook(specs);
      const file = join(dir, `${label}.xlsx`);
      writeFileSync(file, bytes);
      written.push({ label, file, specs, bytes });
    }
    openpyxl = JSON.parse(execFileSync('/usr/bin/python3', ['-c', OPENPYXL_REPORT, ...written.map((w) => w.file)], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back through our reader value for value, merge for merge, name for name', () => {
    for (const w of written) {
      const read = readXlsx(w.bytes, DASHBOARD_LIMITS);
      if (!read.ok) throw new Error(`${w.label}: ${read.failure.message}`);
      expect(read.workbook.sheets.map((s) => s.name)).toEqual(w.specs.map((s) => s.name));
      w.specs.forEach((spec, i) => {
        const grid = read.workbook.sheets[i]!;
        expect(gridValues(grid)).toEqual(expectedValues(spec));
        expect(sorted(grid.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`))).toEqual(mergeRefs(spec));
        for (const n of spec.names) {
          expect(read.workbook.names).toContainEqual({ name: n.name, ref: toAbsoluteRef(spec.name, n.range), ...(n.scope === 'sheet' ? { sheet: spec.name } : {}) });
        }
      });
    }
  });

  it('opens in openpyxl with every value, merge, validation, conditional format, name, table and chart', () => {
    for (const w of written) {
      const report = openpyxl[w.file]!;
      expect(report.order).toEqual(w.specs.map((s) => s.name));
      w.specs.forEach((spec, i) => {
        const sheet = report.sheets[spec.name]!;
        expect(new Map(Object.entries(sheet.values))).toEqual(expectedValues(spec));
        expect(sheet.merges).toEqual(mergeRefs(spec));
        expect(sheet.validations).toBe(spec.validations.length);
        expect(sheet.conditional).toBe(spec.conditionalFormats.length);
        expect(sheet.tables).toEqual(sorted(spec.tables.map((t) => t.name)));
        expect(sheet.charts).toEqual(
          (spec.charts ?? []).map((c) => ({
            types: c.type === 'bar' ? (c.threshold ? ['barChart', 'lineChart'] : ['barChart']) : ['lineChart'],
            series: c.series.length + (c.threshold ? 1 : 0),
          })),
        );
        for (const n of spec.names) {
          expect(report.names).toContainEqual({ name: n.name, ref: toAbsoluteRef(spec.name, n.range), local: n.scope === 'sheet' ? i : null });
        }
      });
    }
  });

  it('loads in ExcelJS with every value, merge and table', async () => {
    for (const w of written) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(w.bytes).buffer);
      expect(book.worksheets.map((ws) => ws.name)).toEqual(w.specs.map((s) => s.name));
      for (const spec of w.specs) {
        const ws = book.getWorksheet(spec.name)!;
        const values = new Map<string, Value>();
        // ExcelJS reports the top-left value on every cell of a merged area: only the top-left one is a cell of its own.
        ws.eachRow((row) => row.eachCell((cell) => (cell.value === null || cell.master.address !== cell.address ? undefined : values.set(cell.address, cell.value as Value))));
        expect(values).toEqual(expectedValues(spec));
        expect(sorted(ws.model.merges)).toEqual(mergeRefs(spec));
        for (const t of spec.tables) expect(ws.getTable(t.name)).toBeDefined();
      }
    }
  });

  it('is re-saved by LibreOffice with every value, merge and chart series, as our reader reads its file', () => {
    const out = join(dir, 'libreoffice');
    const home = mkdtempSync(join(tmpdir(), 'bukai-lo-home-'));
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...written.map((w) => w.file)], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 240_000 });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    for (const w of written) {
      const bytes = new Uint8Array(readFileSync(join(out, `${w.label}.xlsx`)));
      const read = readXlsx(bytes, DASHBOARD_LIMITS);
      if (!read.ok) throw new Error(`${w.label} after LibreOffice: ${read.failure.message}`);
      w.specs.forEach((spec, i) => {
        const grid = read.workbook.sheets[i]!;
        expect(grid.name).toBe(spec.name);
        expect(gridValues(grid)).toEqual(expectedValues(spec));
        expect(sorted(grid.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`))).toEqual(mergeRefs(spec));
      });
      // A chart or series LibreOffice could not read would be missing from what it saves.
      const charts = Object.entries(unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/charts/chart') }))
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([, xml]) => (strFromU8(xml).match(/<c:ser>/g) ?? []).length);
      expect(charts).toEqual(w.specs.flatMap((s) => (s.charts ?? []).map((c) => c.series.length + (c.threshold ? 1 : 0))));
    }
  });

  it('converts to PDF in LibreOffice (the template, the 10-sheet dashboard and the charts)', () => {
    const small = written.filter((w) => ['template', 'dashboard-10', 'charts'].includes(w.label));
    const home = mkdtempSync(join(tmpdir(), 'bukai-lo-home-'));
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...small.map((w) => w.file)], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 240_000 });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    for (const w of small) expect(statSync(join(dir, `${w.label}.pdf`)).size).toBeGreaterThan(20_000);
  });
});
