/** The focused reader against workbooks written by ExcelJS: every value kind a status sheet holds. */
import ExcelJS from 'exceljs';
import { cellAt, type Grid, type WorkbookGrid } from '../../../src/domain/grid';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** ExcelJS's bytes with defined names added to xl/workbook.xml (ExcelJS writes no sheet-scoped names). */
async function withNames(workbook: ExcelJS.Workbook, names: string): Promise<Uint8Array> {
  const files = unzipSync(await bytesOf(workbook));
  const xml = strFromU8(files['xl/workbook.xml']!);
  const open = xml.includes('<definedNames>') ? xml.replace('<definedNames>', `<definedNames>${names}`) : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
  files['xl/workbook.xml'] = strToU8(open);
  return zipSync(files);
}

function read(bytes: Uint8Array, sheets?: (name: string) => boolean): WorkbookGrid {
  const result = readXlsx(bytes, sheets ? { sheets } : {});
  if (!result.ok) throw new Error(`${result.failure.code}: ${result.failure.detail ?? ''}`);
  return result.workbook;
}

function sheet(workbook: WorkbookGrid, name: string): Grid {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A workbook with one sheet of each value kind at known cells. */
function valuesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('①・④・⑤');
  ws.getCell('A1').value = '障害者就労支援部会';
  ws.getCell('A2').value = { richText: [{ text: '達成', font: { bold: true } }, { text: '率\n（％）', font: { color: { argb: 'FFFF0000' } } }] };
  ws.getCell('B1').value = 42;
  ws.getCell('B2').value = -3.25;
  ws.getCell('C1').value = 0.8;
  ws.getCell('C1').numFmt = '0%';
  ws.getCell('C2').value = 0.455;
  ws.getCell('C2').numFmt = '0.0%';
  ws.getCell('C3').value = 0.5;
  ws.getCell('C3').numFmt = '#,##0"%"';
  ws.getCell('D1').value = new Date(Date.UTC(2022, 10, 29));
  ws.getCell('D2').value = new Date(Date.UTC(2023, 2, 31));
  ws.getCell('D2').numFmt = '[$-ja-JP]ggge"年"m"月"d"日"';
  ws.getCell('E1').value = true;
  ws.getCell('E2').value = false;
  ws.getCell('F1').value = { error: '#REF!' };
  ws.getCell('G1').value = { formula: 'B1*2', result: 84 };
  ws.getCell('G2').value = { formula: 'A1&"（集計）"', result: '障害者就労支援部会（集計）' };
  ws.getCell('G3').value = { formula: 'C1/2', result: 0.4 };
  ws.getCell('G3').numFmt = '0%';
  ws.getCell('A5').value = '複数行の\r\nテキスト';
  ws.mergeCells('A7:C8');
  ws.getCell('A7').value = '結合セル';
  return wb;
}

describe('readXlsx on a workbook written by ExcelJS', () => {
  let grid: Grid;
  beforeAll(async () => {
    grid = sheet(read(await bytesOf(valuesWorkbook())), '①・④・⑤');
  });

  it('reads shared strings as text', () => {
    expect(cellAt(grid, 0, 0)).toEqual({ kind: 'text', text: '障害者就労支援部会' });
  });

  it('joins the runs of rich text into one string', () => {
    expect(cellAt(grid, 1, 0)).toEqual({ kind: 'text', text: '達成率\n（％）' });
  });

  it('turns CR LF inside a cell into LF', () => {
    expect(cellAt(grid, 4, 0)).toEqual({ kind: 'text', text: '複数行の\nテキスト' });
  });

  it('reads plain numbers without a percent flag', () => {
    expect(cellAt(grid, 0, 1)).toEqual({ kind: 'number', value: 42 });
    expect(cellAt(grid, 1, 1)).toEqual({ kind: 'number', value: -3.25 });
  });

  it('flags 0.8 in a "0%" cell as a percentage', () => {
    expect(cellAt(grid, 0, 2)).toEqual({ kind: 'number', value: 0.8, percent: true });
  });

  it('flags a custom "0.0%" format as a percentage', () => {
    expect(cellAt(grid, 1, 2)).toEqual({ kind: 'number', value: 0.455, percent: true });
  });

  it('does not flag a format whose % sign is quoted text', () => {
    expect(cellAt(grid, 2, 2)).toEqual({ kind: 'number', value: 0.5 });
  });

  it('converts date serials to ISO dates, Japanese era formats included', () => {
    expect(cellAt(grid, 0, 3)).toEqual({ kind: 'date', iso: '2022-11-29' });
    expect(cellAt(grid, 1, 3)).toEqual({ kind: 'date', iso: '2023-03-31' });
  });

  it('reads booleans and error values', () => {
    expect(cellAt(grid, 0, 4)).toEqual({ kind: 'boolean', value: true });
    expect(cellAt(grid, 1, 4)).toEqual({ kind: 'boolean', value: false });
    expect(cellAt(grid, 0, 5)).toEqual({ kind: 'error', code: '#REF!' });
  });

  it('reads the cached result of formulas, typed by the cell format', () => {
    expect(cellAt(grid, 0, 6)).toEqual({ kind: 'number', value: 84 });
    expect(cellAt(grid, 1, 6)).toEqual({ kind: 'text', text: '障害者就労支援部会（集計）' });
    expect(cellAt(grid, 2, 6)).toEqual({ kind: 'number', value: 0.4, percent: true });
  });

  it('reads merged ranges and the value of their first cell', () => {
    expect(grid.merges).toEqual([{ top: 6, left: 0, bottom: 7, right: 2 }]);
    expect(cellAt(grid, 6, 0)).toEqual({ kind: 'text', text: '結合セル' });
    expect(cellAt(grid, 7, 2)).toBeNull();
  });

  it('leaves empty cells empty', () => {
    expect(cellAt(grid, 3, 0)).toBeNull();
    expect(cellAt(grid, 0, 7)).toBeNull();
  });
});

describe('readXlsx on the workbook structure', () => {
  it('keeps the sheet order and marks hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('R4');
    wb.addWorksheet('R3（旧）').state = 'hidden';
    wb.addWorksheet('メモ').state = 'veryHidden';
    const sheets = read(await bytesOf(wb)).sheets;
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['R4', false],
      ['R3（旧）', true],
      ['メモ', true],
    ]);
  });

  it('reads only the sheets the filter passes, keeping defined-name scopes right', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表紙').getCell('A1').value = 'cover';
    const plan = wb.addWorksheet('計画');
    plan.getCell('A1').value = 'plan';
    const workbook = read(await withNames(wb, `<definedName name="RateCell" localSheetId="1">'計画'!$C$5</definedName>`), (name) => name === '計画');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['計画']);
    expect(workbook.names).toContainEqual({ name: 'RateCell', ref: "'計画'!$C$5", sheet: '計画' });
  });

  it('reads workbook-scoped and sheet-scoped defined names', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('①');
    wb.addWorksheet('②');
    wb.definedNames.add("'①'!$A$1:$B$2", 'Header');
    const names = read(await withNames(wb, '<definedName name="TemplateVersion" localSheetId="1">&quot;v1&quot;</definedName>')).names ?? [];
    expect(names).toContainEqual({ name: 'Header', ref: "'①'!$A$1:$B$2" });
    expect(names).toContainEqual({ name: 'TemplateVersion', ref: '"v1"', sheet: '②' });
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet('S').getCell('A1').value = new Date(Date.UTC(2022, 3, 1));
    const grid = sheet(read(await bytesOf(wb)), 'S');
    expect(cellAt(grid, 0, 0)).toEqual({ kind: 'date', iso: '2022-04-01' });
  });
});
