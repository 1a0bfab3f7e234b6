import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { decodeStamp } from '../../../src/domain/stamp';
import { readSheetScopedNames } from '../../../src/hosts/xlsx/write-sheet-scoped-names';
import { writeWorkbookBytes } from '../../../src/hosts/xlsx/write-workbook-bytes';
import { writeSheetSpec } from '../../../src/hosts/xlsx/write-sheet-spec';
import { isValidTableName } from '../../../src/hosts/xlsx/write-table';
import { renderStatusSheet } from '../../../src/template/render-status-sheet';

const request = { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', createdAt: '2022-04-01T00:00:00.000Z' };

/** A small spec exercising the parts the template does not use. */
function dashboardSpec(): SheetSpec {
  return {
    name: '集約',
    tabColor: '4472C4',
    columns: [{ width: 12 }, { width: 30 }, { width: 10 }],
    rowHeights: [],
    styles: { head: { bold: true }, pct: { numberFormat: '0%' } },
    cells: [
      { row: 0, col: 0, value: '部会', style: 'head' },
      { row: 0, col: 1, value: 'コメント', style: 'head' },
      { row: 0, col: 2, value: '達成率', style: 'head' },
      { row: 1, col: 0, value: '就労部会' },
      { row: 1, col: 1, value: '=HYPERLINK("http://example.com")' },
      { row: 1, col: 2, value: 0.5, style: 'pct' },
      { row: 2, col: 0, value: '相談部会' },
      { row: 2, col: 1, value: '+81 と -1 と @mention' },
      { row: 2, col: 2, value: 1, style: 'pct' },
    ],
    merges: [],
    validations: [{ range: { top: 1, left: 2, bottom: 2, right: 2 }, rule: { type: 'list', values: ['済', '未'] } }],
    conditionalFormats: [
      { range: { top: 1, left: 2, bottom: 2, right: 2 }, rule: { type: 'dataBar', color: '5B9BD5', min: 0, max: 1 } },
      { range: { top: 1, left: 2, bottom: 2, right: 2 }, rule: { type: 'lessThan', value: 0.6, fill: 'FFC7CE' } },
      { range: { top: 1, left: 0, bottom: 2, right: 0 }, rule: { type: 'textEquals', values: ['未提出', 'say "no"'], fill: 'FFEB9C' } },
      { range: { top: 1, left: 2, bottom: 2, right: 2 }, rule: { type: 'colorScale', min: 'F8696B', mid: 'FFEB84', max: '63BE7B' } },
    ],
    tables: [{ name: 'RateTable', range: { top: 0, left: 0, bottom: 2, right: 2 }, style: 'TableStyleLight9' }],
    names: [
      { name: 'BukaiDashboard', scope: 'sheet', range: { top: 0, left: 0, bottom: 0, right: 0 } },
      { name: 'AllRates', scope: 'workbook', range: { top: 1, left: 2, bottom: 2, right: 2 } },
    ],
    freeze: { rows: 1, cols: 1 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, titleRows: null },
    protect: false,
  };
}

async function roundTrip(specs: readonly SheetSpec[]): Promise<{ bytes: Uint8Array; book: ExcelJS.Workbook; files: Record<string, string> }> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) writeSheetSpec(wb, spec);
  const bytes = await writeWorkbookBytes(wb);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const unzipped = unzipSync(bytes);
  const files = Object.fromEntries(Object.entries(unzipped).filter(([p]) => p.endsWith('.xml')).map(([p, b]) => [p, strFromU8(b)]));
  return { bytes, book, files };
}

describe('writeSheetSpec', () => {
  it('writes the template so ExcelJS reopens its merges, validation, stamp, protection and print setup', async () => {
    const { book, files } = await roundTrip([renderStatusSheet({ ...request, plans: ['①', '④', '⑤'] })]);
    const ws = book.getWorksheet('①・④・⑤')!;
    expect(ws.getCell('A1').value).toBe('就労部会 【事業所連絡会WG】');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:E1', 'C3:E3', 'A10:A18', 'B10:B12', 'A28:B29', 'D29:E29']));
    expect(decodeStamp(ws.getCell('G1').text)?.plans).toEqual(['①', '④', '⑤']);
    expect(ws.getColumn(7).hidden).toBe(true);
    expect(ws.getCell('A10').alignment.textRotation).toBe('vertical');
    expect(ws.getCell('C29').numFmt).toBe('0%');
    expect(ws.getCell('C29').protection?.locked).toBe(false);
    expect(ws.getCell('C10').protection?.locked).toBe(false);
    // ExcelJS leaves the default (locked) out of the reopened style.
    expect(ws.getCell('A3').protection?.locked).not.toBe(false);

    const sheetXml = files['xl/worksheets/sheet1.xml']!;
    // One rule per rate cell, never merged into a range of neighbours.
    expect(sheetXml.match(/<dataValidation /g)).toHaveLength(3);
    expect(sheetXml).toContain('sqref="C29"');
    expect(sheetXml).toContain('sqref="C51"');
    expect(sheetXml).toContain('error="0%〜100%の数値を入力してください"');
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheetXml).toMatch(/<sheetProtection [^>]*formatRows="0"/);
    expect(sheetXml).not.toMatch(/<sheetProtection [^>]*hashValue/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToHeight="0"/);
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"/);
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="9"[^>]*topLeftCell="A10"[^>]*state="frozen"/);
    expect(sheetXml).toContain('<brk id="18"');
    expect(ws.pageSetup.printTitlesRow).toBe('9:9');
  });

  it('writes the sheet-scoped names with localSheetId, once per sheet', async () => {
    const specs = [['①', '④', '⑤'], ['②', '③']].map((plans) => renderStatusSheet({ ...request, plans }));
    specs[1] = { ...specs[1]!, name: "Bob's ②・③" };
    const { bytes, files } = await roundTrip(specs);
    const workbookXml = files['xl/workbook.xml']!;
    expect(workbookXml).toContain(`<definedName name="BukaiStamp" localSheetId="0">'①・④・⑤'!$G$1</definedName>`);
    expect(workbookXml).toContain(`<definedName name="RateAnnual" localSheetId="1">'Bob''s ②・③'!$C$50</definedName>`);
    const names = readSheetScopedNames(bytes);
    expect(names.filter((n) => n.name === 'BukaiStamp').map((n) => n.sheet)).toEqual(['①・④・⑤', "Bob's ②・③"]);
    expect(names.find((n) => n.name === 'RateFirstHalf' && n.sheet === '①・④・⑤')?.range).toEqual({ top: 28, left: 2, bottom: 28, right: 2 });
  });

  it('keeps text that begins with = + - @ as text, never a formula', async () => {
    const { book, files } = await roundTrip([dashboardSpec()]);
    const ws = book.getWorksheet('集約')!;
    expect(ws.getCell('B2').value).toBe('=HYPERLINK("http://example.com")');
    expect(ws.getCell('B3').value).toBe('+81 と -1 と @mention');
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });

  it('writes conditional formats, with text and blank-safe comparisons as expressions', async () => {
    const { files } = await roundTrip([dashboardSpec()]);
    const xml = files['xl/worksheets/sheet1.xml']!;
    expect(xml).toMatch(/<cfRule type="dataBar"/);
    expect(xml).toMatch(/<cfRule type="colorScale"/);
    expect(xml).toContain('<formula>AND(ISNUMBER(C2),C2&lt;0.6)</formula>');
    expect(xml).toContain('<formula>OR(A2=&quot;未提出&quot;,A2=&quot;say &quot;&quot;no&quot;&quot;&quot;)</formula>');
    expect(xml).toMatch(/<x14:id>\{[0-9A-F-]+\}<\/x14:id>/);
  });

  it('writes a table with an autofilter, list validation, workbook and sheet names, freeze and tab colour', async () => {
    const { book, files } = await roundTrip([dashboardSpec()]);
    const tableXml = Object.entries(files).find(([p]) => p.startsWith('xl/tables/'))?.[1] ?? '';
    expect(tableXml).toMatch(/<table [^>]*name="RateTable"[^>]*ref="A1:C3"/);
    expect(tableXml).toContain('<autoFilter ref="A1:C3"');
    const sheetXml = files['xl/worksheets/sheet1.xml']!;
    expect(sheetXml).toContain('<formula1>&quot;済,未&quot;</formula1>');
    expect(sheetXml).toMatch(/<pane xSplit="1" ySplit="1"/);
    expect(sheetXml).toMatch(/<tabColor rgb="FF4472C4"/);
    expect(files['xl/workbook.xml']).toContain(`<definedName name="BukaiDashboard" localSheetId="0">'集約'!$A$1</definedName>`);
    expect(book.definedNames.model).toContainEqual({ name: 'AllRates', ranges: ["'集約'!$C$2:$C$3"] });
    expect(files['xl/workbook.xml']).toMatch(/<definedName name="AllRates">/);
    expect(book.getWorksheet('集約')!.getCell('B3').value).toBe('+81 と -1 と @mention');
  });

  it('refuses a table name Excel would read as a cell reference', () => {
    expect(['T1', 'AB12', 'R1C1', 'R', 'c', 'R2'].map(isValidTableName)).toEqual([false, false, false, false, false, false]);
    expect(['RateTable', 'Tbl_1', 'Rates2022'].map(isValidTableName)).toEqual([true, true, true]);
    const spec = { ...dashboardSpec(), tables: [{ name: 'ABC1', range: { top: 0, left: 0, bottom: 2, right: 2 }, style: 'TableStyleLight9' }] };
    expect(() => writeSheetSpec(new ExcelJS.Workbook(), spec)).toThrow(/ABC1/);
  });

  it('gives a second table of the same name a free variant', async () => {
    const second = { ...dashboardSpec(), name: '集約2', names: [] };
    const { files } = await roundTrip([dashboardSpec(), second]);
    const tables = Object.entries(files).filter(([p]) => p.startsWith('xl/tables/')).map(([, x]) => /name="([^"]+)"/.exec(x)?.[1]);
    expect(tables.sort()).toEqual(['RateTable', 'RateTable_2']);
  });
});
