import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { cellAt, cellText } from '../../../src/domain/grid';
import type { SheetSpec } from '../../../src/domain/sheet-spec';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/xlsx-host';
import { writeWorkbook } from '../../../src/hosts/xlsx/write-workbook';
import { sheetSpec } from '../../helpers/sheet-spec-builder';
import { addSheets } from '../../../src/jobs/sheet-placement';

/** A spec with the shapes the direct cell writer must get right, cells given out of order on purpose. */
function spec(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return sheetSpec('計画', {
    columns: [{ width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }],
    rowHeights: [
      { row: 0, height: 30 },
      { row: 5, height: 40 },
    ],
    styles: { boxed: { border: 'thin', fill: 'DDEBF7', bold: true }, pct: { numberFormat: '0%' } },
    cells: [
      { row: 2, col: 1, value: 0.75, style: 'pct' },
      { row: 0, col: 0, value: '見出し', style: 'boxed' },
      { row: 2, col: 0, value: '最初の値' },
      { row: 2, col: 0, value: '後の値' },
      { row: 3, col: 0, value: '=1+2' },
      { row: 3, col: 1, value: ' 前後に空白 ' },
      { row: 3, col: 2, value: 'a & b <c> "d"\u0001\u000b' },
      { row: 3, col: 3, value: -2.5 },
      { row: 4, col: 0, value: null, style: 'boxed' },
      { row: 4, col: 1, value: '\r先頭のCR\r\n改行' },
      { row: 5, col: 3, value: 'コード _x0041_ のまま' },
    ],
    merges: [{ top: 0, left: 0, bottom: 1, right: 2 }],
    ...overrides,
  });
}

/** Our bytes, reopened by ExcelJS (an independent reader) and as XML parts. */
async function written(specs: readonly SheetSpec[]): Promise<{ bytes: Uint8Array; book: ExcelJS.Workbook; parts: Record<string, string> }> {
  const bytes = await writeWorkbook(specs);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  return { bytes, book, parts };
}

function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('the cells of a sheet', () => {
  it('keeps every value, the later of two cells at one position winning', async () => {
    const { book } = await written([spec()]);
    const ws = sheetOf(book, '計画');
    expect(ws.getCell('A1').value).toBe('見出し');
    expect(ws.getCell('A3').value).toBe('後の値');
    expect(ws.getCell('B3').value).toBe(0.75);
    expect(ws.getCell('D4').value).toBe(-2.5);
  });

  it('writes text that looks like a formula as text, escapes markup, drops characters XML forbids and keeps edge spaces', async () => {
    const { book, parts } = await written([spec()]);
    const ws = sheetOf(book, '計画');
    expect(ws.getCell('A4').value).toBe('=1+2');
    expect(ws.getCell('A4').formula).toBeUndefined();
    expect(ws.getCell('B4').value).toBe(' 前後に空白 ');
    expect(ws.getCell('C4').value).toBe('a & b <c> "d"');
    // Raw, an XML parser would read a CR as LF; as a character reference it stays a CR.
    expect(ws.getCell('B5').value).toBe('\r先頭のCR\r\n改行');
    expect(parts['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });

  it('gives every cell the cell format of its spec style', async () => {
    const { book } = await written([spec()]);
    const ws = sheetOf(book, '計画');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B3').numFmt).toBe('0%');
    expect(ws.getCell('A5').border?.top?.style).toBe('thin');
    expect(ws.getCell('A3').font?.bold).toBeUndefined();
  });

  it('styles the hidden cells of a merged area like its top-left cell, with no value of their own', async () => {
    const { book, parts } = await written([spec()]);
    const ws = sheetOf(book, '計画');
    expect(ws.getCell('C2').border?.bottom?.style).toBe('thin');
    expect(ws.getCell('C2').fill).toEqual(ws.getCell('A1').fill);
    expect(parts['xl/worksheets/sheet1.xml']).toContain('<mergeCell ref="A1:C2"/>');
  });

  it('writes row heights, also for a row with no cells, and the extent of the cells as the dimension', async () => {
    const { book, parts } = await written([spec()]);
    const ws = sheetOf(book, '計画');
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(6).height).toBe(40);
    expect(parts['xl/worksheets/sheet1.xml']).toContain('<dimension ref="A1:D6"/>');
  });

  it('puts rows and cells in order, as Excel requires, whatever order the spec lists them in', async () => {
    const { parts } = await written([spec()]);
    const refs = [...(parts['xl/worksheets/sheet1.xml'] ?? '').matchAll(/<c r="([A-Z]+)(\d+)"/g)].map((m) => [Number(m[2]), m[1] ?? '']);
    const sorted = [...refs].sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[1]).localeCompare(String(b[1])));
    expect(refs).toEqual(sorted);
    expect(new Set(refs.map(String)).size).toBe(refs.length);
  });

  it('keeps the header texts a table needs (unique, non-empty) in the header cells', async () => {
    const withTable = spec({
      name: '表',
      cells: [
        { row: 0, col: 0, value: '部会' },
        { row: 0, col: 1, value: '' },
        { row: 0, col: 2, value: '部会' },
        { row: 1, col: 0, value: '就労部会' },
      ],
      merges: [],
      rowHeights: [],
      tables: [{ name: 'Submissions', range: { top: 0, left: 0, bottom: 1, right: 2 }, style: 'TableStyleLight9' }],
    });
    const { book, parts } = await written([withTable]);
    const ws = sheetOf(book, '表');
    expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('C1').value]).toEqual(['部会', 'Column2', '部会2']);
    const table = Object.entries(parts).find(([name]) => /^xl\/tables\/.*\.xml$/.test(name))?.[1] ?? '';
    if (table === '') throw new Error(`no table part among ${Object.keys(parts).join(', ')}`);
    expect(table).toContain('name="Column2"');
    expect(table).toContain('name="部会2"');
  });

  it('shares each repeated text once across the sheets of the workbook', async () => {
    const repeated = spec({ cells: Array.from({ length: 30 }, (_, i) => ({ row: i, col: 0, value: i % 2 === 0 ? '就労部会' : `計画${i}` })), merges: [], rowHeights: [] });
    const other = spec({ name: 'メモ', cells: [{ row: 0, col: 0, value: '就労部会' }, { row: 1, col: 0, value: '利用者のメモ' }], merges: [], rowHeights: [] });
    const { book, parts } = await written([repeated, other]);
    expect(sheetOf(book, 'メモ').getCell('A2').value).toBe('利用者のメモ');
    expect(sheetOf(book, '計画').getCell('A1').value).toBe('就労部会');
    expect(sheetOf(book, '計画').getCell('A30').value).toBe('計画29');
    expect(parts['xl/sharedStrings.xml']).toMatch(/count="32" uniqueCount="17"/);
    expect(parts['xl/sharedStrings.xml']?.match(/<t>就労部会<\/t>/g)).toHaveLength(1);
  });

  it('registers the shared string part with its content type and relationship', async () => {
    const { parts } = await written([spec()]);
    expect(parts['[Content_Types].xml']).toContain('PartName="/xl/sharedStrings.xml"');
    expect(parts['xl/_rels/workbook.xml.rels']).toContain('Target="sharedStrings.xml"');
    expect(parts['xl/sharedStrings.xml']).toContain('<si><t xml:space="preserve"> 前後に空白 </t></si>');
  });

  it('reads back through our own reader with the same values, as the pane and the CLI do', async () => {
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [spec()]);
    const [grid] = await host.readSheets(['計画']);
    if (!grid) throw new Error('the sheet was not read');
    expect(cellText(cellAt(grid, 2, 0))).toBe('後の値');
    expect(cellText(cellAt(grid, 3, 0))).toBe('=1+2');
    // Excel reads "_x0041_" as "A"; written escaped, the literal text survives.
    expect(cellText(cellAt(grid, 5, 3))).toBe('コード _x0041_ のまま');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
  });

  it('writes a sheet far larger than the writer’s buffer whole, in order, across the buffer’s refills', async () => {
    // 72,000 cells are well over 1 MB of XML: the writer hands its 256 KB buffer on several times.
    const rows = 9_000;
    const width = 8;
    const big = spec({
      columns: Array.from({ length: width }, () => ({ width: 10 })),
      cells: Array.from({ length: rows * width }, (_, i) => ({ row: Math.floor(i / width), col: i % width, value: i % width === 7 ? i : `第${Math.floor(i / width) + 1}行の活動 ${i % width}`, style: i % width === 0 ? 'boxed' : undefined })),
      merges: [],
      rowHeights: [{ row: rows - 1, height: 40 }],
    });
    const { parts } = await written([big]);
    const xml = parts['xl/worksheets/sheet1.xml'] ?? '';
    expect(xml.length).toBeGreaterThan(1_000_000);
    expect(xml.match(/<row /g)).toHaveLength(rows);
    expect(xml).toContain(`<row r="${rows}" ht="40" customHeight="1">`);
    expect(xml.endsWith('</worksheet>')).toBe(true);
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [big]);
    const [grid] = await host.readSheets(['計画']);
    if (!grid) throw new Error('the sheet was not read');
    expect(cellText(cellAt(grid, 0, 0))).toBe('第1行の活動 0');
    expect(cellText(cellAt(grid, 4_500, 2))).toBe('第4501行の活動 2');
    expect(cellAt(grid, rows - 1, 7)).toEqual({ kind: 'number', value: rows * width - 1 });
  });
});
