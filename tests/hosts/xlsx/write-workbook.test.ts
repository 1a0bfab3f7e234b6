import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { decodeStamp } from '../../../src/domain/stamp';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { isValidTableName } from '../../../src/hosts/xlsx/write-table';
import { writeWorkbook, workbookParts } from '../../../src/hosts/xlsx/write-workbook';
import { renderStatusSheet } from '../../../src/template/render-status-sheet';
import { sheetSpec } from '../../helpers/sheet-spec-builder';
import { chartExampleSpecs } from './write-chart-example';

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
    columnBreaks: [2],
    protect: false,
  };
}

async function roundTrip(specs: readonly SheetSpec[]): Promise<{ bytes: Uint8Array; book: ExcelJS.Workbook; files: Record<string, string> }> {
  const bytes = await writeWorkbook(specs);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const unzipped = unzipSync(bytes);
  const files = Object.fromEntries(Object.entries(unzipped).filter(([p]) => /\.(xml|rels)$/.test(p)).map(([p, b]) => [p, strFromU8(b)]));
  return { bytes, book, files };
}

describe('writeWorkbook', () => {
  it('writes the template so ExcelJS reopens its merges, validation, stamp, protection and print setup', async () => {
    const { book, files } = await roundTrip([renderStatusSheet({ ...request, plans: ['①', '④', '⑤'] })]);
    const ws = book.getWorksheet('①・④・⑤')!;
    expect(ws.getCell('A1').value).toBe('就労部会 【事業所連絡会WG】');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:E1', 'C3:E3', 'A10:A18', 'B10:B12', 'A28:B29', 'D29:E29']));
    expect(decodeStamp(ws.getCell('G1').text)?.plans).toEqual(['①', '④', '⑤']);
    expect(ws.getColumn(7).hidden).toBe(true);
    expect(ws.getCell('A10').alignment.textRotation).toBe('vertical');
    expect(ws.getCell('A10').alignment.vertical).toBe('middle');
    expect(ws.getCell('C29').numFmt).toBe('0%');
    expect(ws.getCell('C29').protection?.locked).toBe(false);
    expect(ws.getCell('C10').protection?.locked).toBe(false);
    expect(ws.getCell('A3').protection?.locked).not.toBe(false);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14, name: '游ゴシック' });

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

  it('writes the sheet-scoped names with localSheetId, once per sheet, and our reader reads them with their sheet', async () => {
    const specs = [['①', '④', '⑤'], ['②', '③']].map((plans) => renderStatusSheet({ ...request, plans }));
    specs[1] = { ...specs[1]!, name: "Bob's ②・③" };
    const { bytes, files } = await roundTrip(specs);
    const workbookXml = files['xl/workbook.xml']!;
    expect(workbookXml).toContain(`<definedName name="BukaiStamp" localSheetId="0">'①・④・⑤'!$G$1</definedName>`);
    expect(workbookXml).toContain(`<definedName name="RateAnnual" localSheetId="1">'Bob''s ②・③'!$C$50</definedName>`);
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Bob''s ②・③'!$8:$8</definedName>`);
    const read = readXlsx(bytes);
    const names = read.ok ? (read.workbook.names ?? []) : [];
    expect(names.filter((n) => n.name === 'BukaiStamp').map((n) => n.sheet)).toEqual(['①・④・⑤', "Bob's ②・③"]);
    expect(names).toContainEqual({ name: 'RateFirstHalf', ref: "'①・④・⑤'!$C$29", sheet: '①・④・⑤' });
  });

  it('keeps text that begins with = + - @ as text, never a formula', async () => {
    const { book, files } = await roundTrip([dashboardSpec()]);
    const ws = book.getWorksheet('集約')!;
    expect(ws.getCell('B2').value).toBe('=HYPERLINK("http://example.com")');
    expect(ws.getCell('B3').value).toBe('+81 と -1 と @mention');
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });

  it('writes conditional formats, with text and blank-safe comparisons as expressions and their highlights as dxfs', async () => {
    const { files } = await roundTrip([dashboardSpec()]);
    const xml = files['xl/worksheets/sheet1.xml']!;
    expect(xml).toContain('<cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="FF5B9BD5"/></dataBar></cfRule>');
    expect(xml).toMatch(/<cfRule type="colorScale" priority="4"><colorScale><cfvo type="min"\/><cfvo type="percentile" val="50"\/><cfvo type="max"\/>/);
    expect(xml).toContain('<formula>AND(ISNUMBER(C2),C2&lt;0.6)</formula>');
    expect(xml).toContain('<formula>OR(A2=&quot;未提出&quot;,A2=&quot;say &quot;&quot;no&quot;&quot;&quot;)</formula>');
    expect(files['xl/styles.xml']).toMatch(/<dxfs count="2"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/);
  });

  it('writes a table with an autofilter, list validation, workbook and sheet names, freeze, tab colour and a column break', async () => {
    const { book, files } = await roundTrip([dashboardSpec()]);
    const tableXml = files['xl/tables/table1.xml'] ?? '';
    expect(tableXml).toMatch(/<table [^>]*name="RateTable"[^>]*ref="A1:C3"/);
    expect(tableXml).toContain('<autoFilter ref="A1:C3"/>');
    expect(files['xl/worksheets/_rels/sheet1.xml.rels']).toContain('Target="../tables/table1.xml"');
    const sheetXml = files['xl/worksheets/sheet1.xml']!;
    expect(sheetXml).toContain('<formula1>&quot;済,未&quot;</formula1>');
    expect(sheetXml).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    expect(sheetXml).toMatch(/<tabColor rgb="FF4472C4"/);
    expect(sheetXml).toContain('<colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>');
    expect(files['xl/workbook.xml']).toContain(`<definedName name="BukaiDashboard" localSheetId="0">'集約'!$A$1</definedName>`);
    expect(book.definedNames.model).toContainEqual({ name: 'AllRates', ranges: ["'集約'!$C$2:$C$3"] });
    expect(book.getWorksheet('集約')!.getTable('RateTable')).toBeDefined();
  });

  it('refuses a table name Excel would read as a cell reference, and sheet names Excel refuses', async () => {
    expect(['T1', 'AB12', 'R1C1', 'R', 'c', 'R2'].map(isValidTableName)).toEqual([false, false, false, false, false, false]);
    expect(['RateTable', 'Tbl_1', 'Rates2022'].map(isValidTableName)).toEqual([true, true, true]);
    const spec = { ...dashboardSpec(), tables: [{ name: 'ABC1', range: { top: 0, left: 0, bottom: 2, right: 2 }, style: 'TableStyleLight9' }] };
    await expect(writeWorkbook([spec])).rejects.toThrow(/ABC1/);
    await expect(writeWorkbook([sheetSpec('a'), sheetSpec('A')])).rejects.toThrow(/two sheets/);
    await expect(writeWorkbook([sheetSpec('a/b')])).rejects.toThrow(/a\/b/);
  });

  it('gives a second table of the same name a free variant, and table ids unique in the workbook', async () => {
    const second = { ...dashboardSpec(), name: '集約2', names: [] };
    const { files } = await roundTrip([dashboardSpec(), second]);
    const tables = Object.entries(files).filter(([p]) => p.startsWith('xl/tables/')).map(([, x]) => /id="(\d+)" name="([^"]+)"/.exec(x)?.slice(1).join(':'));
    expect(tables.sort()).toEqual(['1:RateTable', '2:RateTable_2']);
  });

  it('writes each font, fill, border and cell format once, however many sheets use it', () => {
    const plans = [['①'], ['②'], ['③']].map((p) => renderStatusSheet({ ...request, plans: p }));
    const one = strFromU8(workbookParts(plans.slice(0, 1))['xl/styles.xml']!);
    const three = strFromU8(workbookParts(plans)['xl/styles.xml']!);
    expect(three).toBe(one);
    const count = (tag: string) => Number(new RegExp(`<${tag} count="(\\d+)"`).exec(three)?.[1]);
    // 11 template styles + plain text + Excel's default; fonts, fills and borders far fewer.
    expect(count('cellXfs')).toBe(13);
    expect(count('fills')).toBe(2 + 4);
    expect(count('borders')).toBe(2);
    expect(three).toContain('<alignment horizontal="center" vertical="center" textRotation="255"/>');
  });

  it('writes the default Office theme, registered like every part', () => {
    const files = Object.fromEntries(Object.entries(workbookParts([dashboardSpec()])).map(([p, b]) => [p, strFromU8(b)]));
    expect(files['xl/theme/theme1.xml']).toContain('<a:accent1><a:srgbClr val="4472C4"/></a:accent1>');
    expect(files['[Content_Types].xml']).toContain('<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="theme/theme1.xml"');
  });

  it('writes the same bytes for the same specs (no timestamps)', async () => {
    const specs = [renderStatusSheet({ ...request, plans: ['①'] }), dashboardSpec(), ...chartExampleSpecs()];
    const first = await writeWorkbook(specs);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(Buffer.from(await writeWorkbook(specs)).equals(Buffer.from(first))).toBe(true);
  });

  it('marks the selected sheet and cell', async () => {
    const specs = [renderStatusSheet({ ...request, plans: ['①'] }), renderStatusSheet({ ...request, plans: ['②'] })];
    const bytes = await writeWorkbook(specs, { activeSheet: 1, activeCell: 'c3' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    expect(book.views[0]?.activeTab).toBe(1);
    expect(book.getWorksheet('②')!.views[0]).toMatchObject({ activeCell: 'C3', state: 'frozen' });
    // One plan: the months start at row 8, right under the frozen header.
    expect(book.getWorksheet('①')!.views[0]).toMatchObject({ activeCell: 'A8' });
  });
});

describe('writeWorkbook charts', () => {
  const parts = (): Record<string, string> => Object.fromEntries(Object.entries(workbookParts(chartExampleSpecs())).map(([p, b]) => [p, strFromU8(b)]));

  it('writes one drawing per sheet with charts and one chart part per chart, each registered', () => {
    const files = parts();
    expect(Object.keys(files).filter((p) => /^xl\/(drawings|charts)\/[^/]+\.xml$/.test(p)).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/drawings/drawing1.xml',
    ]);
    expect(files['[Content_Types].xml']).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(files['xl/worksheets/sheet1.xml']).toContain('<drawing r:id="rId1"/>');
    expect(files['xl/worksheets/_rels/sheet1.xml.rels']).toContain('Target="../drawings/drawing1.xml"');
    expect(files['xl/drawings/_rels/drawing1.xml.rels']).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart3.xml"');
    expect(files['xl/drawings/drawing1.xml']).toContain('<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    expect(files['xl/worksheets/sheet2.xml']).not.toContain('<drawing');
  });

  it('writes clustered bars, laid-down bars and lines with series from sheet ranges, their values cached', () => {
    const files = parts();
    const bars = files['xl/charts/chart1.xml']!;
    expect(bars).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(bars.match(/<c:ser>/g)).toHaveLength(4);
    expect(bars).toContain("<c:f>'データ'!$B$2:$B$6</c:f>");
    expect(bars).toContain("<c:f>'データ'!$A$2:$A$6</c:f><c:strCache><c:ptCount val=\"5\"/><c:pt idx=\"0\"><c:v>相談部会</c:v></c:pt>");
    expect(bars).toContain('<c:numCache><c:formatCode>0&quot;%&quot;</c:formatCode><c:ptCount val="5"/><c:pt idx="0"><c:v>60</c:v></c:pt>');
    expect(bars).toContain('<a:t>部会別の達成率（上期・下期・年間）</a:t>');
    expect(bars).toContain('<c:max val="100"/><c:min val="0"/>');
    expect(files['xl/charts/chart2.xml']).toContain('<c:barDir val="bar"/>');
    expect(files['xl/charts/chart2.xml']).not.toContain('<c:legend>');
    expect(files['xl/charts/chart3.xml']).toMatch(/^[^]*<c:lineChart>(?![^]*<c:barChart>)/);
  });

  it('refuses a chart that reads a sheet the workbook does not have', async () => {
    const [charts] = chartExampleSpecs();
    await expect(writeWorkbook([charts!])).rejects.toThrow(/"データ"/);
  });

  it('draws the threshold as a dashed line over the bars, from cells like any series', () => {
    const bars = parts()['xl/charts/chart1.xml']!;
    const line = /<c:lineChart>([^]*)<\/c:lineChart>/.exec(bars)?.[1] ?? '';
    expect(line).toContain('<c:v>目安 60%</c:v>');
    expect(line).toContain('<a:prstDash val="dash"/>');
    expect(line).toContain("<c:f>'データ'!$E$2:$E$6</c:f>");
    // The same two axes as the bars: the line is drawn on their scale.
    expect(line).toContain('<c:axId val="100"/><c:axId val="200"/>');
    expect(bars).not.toContain('numLit');
  });

  it('writes a block of label columns as a multi-level axis, the outer level only where its group starts', () => {
    const cells = [
      ['就労部会', '雇用啓発WG ①', 30],
      [null, '雇用啓発WG ②', 100],
      ['相談部会', '①', 100],
    ].flatMap((row, r) => row.map((value, col) => ({ row: r, col, value })));
    const spec = sheetSpec('率', {
      cells,
      charts: [{ type: 'bar', anchor: { top: 5, left: 0, bottom: 20, right: 6 }, categories: { range: { top: 0, left: 0, bottom: 2, right: 1 } }, series: [{ name: '年度', values: { range: { top: 0, left: 2, bottom: 2, right: 2 } } }] }],
    });
    const chart = strFromU8(workbookParts([spec])['xl/charts/chart1.xml']!);
    const cat = /<c:cat>([^]*?)<\/c:cat>/.exec(chart)?.[1] ?? '';
    expect(cat).toContain("<c:multiLvlStrRef><c:f>'率'!$A$1:$B$3</c:f>");
    // Levels innermost first; the empty cell under 就労部会 is no point of the outer level.
    expect(cat).toContain(
      '<c:ptCount val="3"/><c:lvl><c:pt idx="0"><c:v>雇用啓発WG ①</c:v></c:pt><c:pt idx="1"><c:v>雇用啓発WG ②</c:v></c:pt><c:pt idx="2"><c:v>①</c:v></c:pt></c:lvl>' +
        '<c:lvl><c:pt idx="0"><c:v>就労部会</c:v></c:pt><c:pt idx="2"><c:v>相談部会</c:v></c:pt></c:lvl>',
    );
    expect(chart).toContain('<c:noMultiLvlLbl val="0"/>');
  });

  it('prints a sheet fitted to one page in its print area when asked', () => {
    const spec = sheetSpec('概要', { cells: [{ row: 0, col: 0, value: 'x' }], print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, fitToHeight: true, titleRows: null, area: { top: 0, left: 0, bottom: 40, right: 12 } } });
    const files = workbookParts([spec]);
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'概要'!$A$1:$M$41</definedName>`);
  });
});
