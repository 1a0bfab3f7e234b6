/** The reader against SpreadsheetML written by hand: the irregular but legal forms other producers write. */
import { unzipSync, zipSync } from 'fflate';
import { cellAt, type Grid } from '../../../src/domain/grid';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { oneSheetWorkbook, rels, rootRels, workbookXml, worksheetXml, zipText } from './read-test-files';

function onlySheet(bytes: Uint8Array): Grid {
  const result = readXlsx(bytes);
  if (!result.ok) throw new Error(`${result.failure.code}: ${result.failure.detail ?? ''}`);
  const [first] = result.workbook.sheets;
  if (!first) throw new Error('no sheet');
  return first;
}

const text = (t: string) => ({ kind: 'text', text: t });

describe('cells without an r attribute', () => {
  it('places cells by counting when neither the row nor the cell says where it is', () => {
    const grid = onlySheet(
      oneSheetWorkbook('<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row/><row><c/><c><v>3</v></c></row></sheetData>'),
    );
    expect(cellAt(grid, 0, 0)).toEqual(text('a'));
    expect(cellAt(grid, 0, 1)).toEqual({ kind: 'number', value: 2 });
    expect(cellAt(grid, 1, 0)).toBeNull();
    expect(cellAt(grid, 2, 1)).toEqual({ kind: 'number', value: 3 });
  });

  it('continues counting after a cell that has one, and after a row that has one', () => {
    const grid = onlySheet(oneSheetWorkbook('<sheetData><row r="4"><c r="C4"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>'));
    expect(cellAt(grid, 3, 2)).toEqual({ kind: 'number', value: 1 });
    expect(cellAt(grid, 3, 3)).toEqual({ kind: 'number', value: 2 });
    expect(cellAt(grid, 4, 0)).toEqual({ kind: 'number', value: 3 });
  });

  it('takes the row from the cell reference when only the row lacks r', () => {
    const grid = onlySheet(oneSheetWorkbook('<sheetData><row><c r="B7"><v>5</v></c></row></sheetData>'));
    expect(cellAt(grid, 6, 1)).toEqual({ kind: 'number', value: 5 });
  });
});

describe('strings', () => {
  it('leaves phonetic runs out of shared strings and joins the rich-text runs', () => {
    const sst =
      '<si><r><t>相談</t></r><r><rPr><b/></rPr><t>支援</t></r><rPh sb="0" eb="2"><t>ソウダン</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>部会</t><rPh sb="0" eb="2"><t>ブカイ</t></rPh></si>';
    const grid = onlySheet(oneSheetWorkbook('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>', { sharedStrings: sst }));
    expect(cellAt(grid, 0, 0)).toEqual(text('相談支援'));
    expect(cellAt(grid, 0, 1)).toEqual(text('部会'));
  });

  it('decodes entities, character references, _xHHHH_ escapes and CDATA', () => {
    const sst =
      '<si><t xml:space="preserve">A &amp; B &lt;C&gt; &#x5186;&#12354;</t></si>' +
      '<si><t>一行目_x000D_\n二行目</t></si>' +
      '<si><t><![CDATA[<そのまま> & 書く]]></t></si>' +
      '<si><t>_x005F_x000D_ は文字どおり</t></si>';
    const grid = onlySheet(
      oneSheetWorkbook('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row></sheetData>', { sharedStrings: sst }),
    );
    expect(cellAt(grid, 0, 0)).toEqual(text('A & B <C> 円あ'));
    expect(cellAt(grid, 0, 1)).toEqual(text('一行目\n二行目'));
    expect(cellAt(grid, 0, 2)).toEqual(text('<そのまま> & 書く'));
    // Excel escapes a typed "_x000D_" as "_x005F_x000D_": it stays literal text.
    expect(cellAt(grid, 0, 3)).toEqual(text('_x000D_ は文字どおり'));
  });

  it('reads inline strings, rich or plain, and formula strings', () => {
    const grid = onlySheet(
      oneSheetWorkbook(
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>就労</t></r><r><t>部会</t></r></is></c>' +
          '<c r="B1" t="str"><f>A1&amp;"WG"</f><v>就労部会WG</v></c><c r="C1" t="inlineStr"><is><t/></is></c></row></sheetData>',
      ),
    );
    expect(cellAt(grid, 0, 0)).toEqual(text('就労部会'));
    expect(cellAt(grid, 0, 1)).toEqual(text('就労部会WG'));
    expect(cellAt(grid, 0, 2)).toBeNull();
  });
});

describe('typed values', () => {
  const styles =
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>';

  it('types numbers by the style index: built-in and custom percent and date formats', () => {
    const grid = onlySheet(
      oneSheetWorkbook(
        '<sheetData><row r="1"><c r="A1" s="1"><v>0.8</v></c><c r="B1" s="2"><v>0.125</v></c><c r="C1" s="3"><v>44894</v></c><c r="D1" s="4"><v>44651.75</v></c><c r="E1" s="0"><v>7</v></c><c r="F1" s="99"><v>8</v></c></row></sheetData>',
        { styles },
      ),
    );
    expect(cellAt(grid, 0, 0)).toEqual({ kind: 'number', value: 0.8, percent: true });
    expect(cellAt(grid, 0, 1)).toEqual({ kind: 'number', value: 0.125, percent: true });
    expect(cellAt(grid, 0, 2)).toEqual({ kind: 'date', iso: '2022-11-29' });
    expect(cellAt(grid, 0, 3)).toEqual({ kind: 'date', iso: '2022-03-31' });
    expect(cellAt(grid, 0, 4)).toEqual({ kind: 'number', value: 7 });
    expect(cellAt(grid, 0, 5)).toEqual({ kind: 'number', value: 8 });
  });

  it('counts date serials from 1904 when the workbook says date1904', () => {
    const grid = onlySheet(oneSheetWorkbook('<sheetData><row r="1"><c r="A1" s="4"><v>43432</v></c></row></sheetData>', { styles, workbookPr: '<workbookPr date1904="true"/>' }));
    expect(cellAt(grid, 0, 0)).toEqual({ kind: 'date', iso: '2022-11-29' });
  });

  it('reads ISO date cells, booleans and errors', () => {
    const grid = onlySheet(
      oneSheetWorkbook('<sheetData><row r="1"><c r="A1" t="d"><v>2022-11-29T00:00:00Z</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>'),
    );
    expect(cellAt(grid, 0, 0)).toEqual({ kind: 'date', iso: '2022-11-29' });
    expect(cellAt(grid, 0, 1)).toEqual({ kind: 'boolean', value: true });
    expect(cellAt(grid, 0, 2)).toEqual({ kind: 'error', code: '#DIV/0!' });
  });

  it('accepts single-quoted, spaced and reordered attributes and self-closing empty cells', () => {
    const grid = onlySheet(
      oneSheetWorkbook("<sheetData><row r='2'><c s='1' r = 'B2'><v>0.5</v></c><c t='s' r='C2'/><c r='D2' t = 'b'><v>0</v></c></row></sheetData>", { styles }),
    );
    expect(cellAt(grid, 1, 1)).toEqual({ kind: 'number', value: 0.5, percent: true });
    expect(cellAt(grid, 1, 2)).toBeNull();
    expect(cellAt(grid, 1, 3)).toEqual({ kind: 'boolean', value: false });
  });
});

describe('package structure', () => {
  it('reads a workbook whose every element carries an x: prefix', () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const bytes = zipText({
      '_rels/.rels': rootRels(),
      'xl/workbook.xml': `<?xml version="1.0"?><x:workbook ${ns}><x:workbookPr/><x:sheets><x:sheet name="状況" sheetId="1" r:id="rId1"/><x:sheet name="旧" sheetId="2" state="hidden" r:id="rId2"/></x:sheets><x:definedNames><x:definedName name="Rate" localSheetId="1">'旧'!$B$2</x:definedName></x:definedNames></x:workbook>`,
      'xl/_rels/workbook.xml.rels': rels({ rId1: ['worksheet', 'worksheets/sheet1.xml'], rId2: ['worksheet', 'worksheets/sheet2.xml'], rId3: ['sharedStrings', 'sharedStrings.xml'] }),
      'xl/sharedStrings.xml': `<x:sst ${ns}><x:si><x:r><x:t>月</x:t></x:r><x:r><x:t>別</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ツキ</x:t></x:rPh></x:si></x:sst>`,
      'xl/worksheets/sheet1.xml': `<x:worksheet ${ns}><x:dimension ref="A1:B2"/><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>計画</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>`,
      'xl/worksheets/sheet2.xml': `<x:worksheet ${ns}><x:sheetData/></x:worksheet>`,
    });
    const result = readXlsx(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.workbook.sheets;
    expect(first && cellAt(first, 0, 0)).toEqual(text('月別'));
    expect(first && cellAt(first, 0, 1)).toEqual(text('計画'));
    expect(first?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(second).toMatchObject({ name: '旧', hidden: true });
    expect(result.workbook.names).toEqual([{ name: 'Rate', ref: "'旧'!$B$2", sheet: '旧' }]);
  });

  it('resolves absolute, dotted and percent-encoded relationship targets, and a workbook part not named workbook.xml', () => {
    const bytes = zipText({
      '_rels/.rels': rootRels('/book/main.xml'),
      'book/main.xml': workbookXml([
        ['A', 'rId1'],
        ['B', 'rId2'],
        ['C', 'rId3'],
      ]),
      'book/_rels/main.xml.rels': rels({
        rId1: ['worksheet', '/book/sheets/a.xml'],
        rId2: ['worksheet', './sheets/../sheets/b.xml'],
        rId3: ['worksheet', '../other/c%20sheet.xml'],
        rId4: ['sharedStrings', 'strings/shared.xml'],
      }),
      'book/sheets/a.xml': worksheetXml('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'),
      'book/sheets/b.xml': worksheetXml('<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>'),
      'other/c sheet.xml': worksheetXml('<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData>'),
      'book/strings/shared.xml': '<sst><si><t>共有</t></si></sst>',
    });
    const result = readXlsx(bytes);
    expect(result.ok && result.workbook.sheets.map((s) => cellAt(s, 0, 0))).toEqual([text('共有'), { kind: 'number', value: 2 }, { kind: 'number', value: 3 }]);
  });

  it('reads a sheet whose part is missing as an empty sheet', () => {
    const bytes = zipText({
      '_rels/.rels': rootRels(),
      'xl/workbook.xml': workbookXml([['空', 'rId9']]),
      'xl/_rels/workbook.xml.rels': rels({}),
    });
    const result = readXlsx(bytes);
    expect(result.ok && result.workbook.sheets).toEqual([{ name: '空', rows: [], merges: [] }]);
  });

  it('never inflates a macro project or media: an .xlsm reads within an inflate budget smaller than its macros', () => {
    const base = unzipSync(oneSheetWorkbook('<sheetData><row r="1"><c r="A1"><v>12</v></c></row></sheetData>'));
    const xlsm = zipSync({ ...base, 'xl/vbaProject.bin': new Uint8Array(5_000_000).fill(7), 'xl/media/image1.png': new Uint8Array(2_000_000) });
    const result = readXlsx(xlsm, { limits: { maxInflatedBytes: 100_000 } });
    expect(result.ok && result.workbook.sheets[0] && cellAt(result.workbook.sheets[0], 0, 0)).toEqual({ kind: 'number', value: 12 });
  });

  it('does not inflate the worksheets the sheet filter leaves out', () => {
    const bytes = zipText({
      '_rels/.rels': rootRels(),
      'xl/workbook.xml': workbookXml([
        ['要', 'rId1'],
        ['不要', 'rId2'],
      ]),
      'xl/_rels/workbook.xml.rels': rels({ rId1: ['worksheet', 'worksheets/sheet1.xml'], rId2: ['worksheet', 'worksheets/sheet2.xml'] }),
      'xl/worksheets/sheet1.xml': worksheetXml('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'),
      'xl/worksheets/sheet2.xml': worksheetXml(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(3_000_000)}</t></is></c></row></sheetData>`),
    });
    const all = readXlsx(bytes, { limits: { maxInflatedBytes: 1_000_000 } });
    expect(all.ok ? 'read' : all.failure.code).toBe('zip_bomb');
    const filtered = readXlsx(bytes, { sheets: (name) => name === '要', limits: { maxInflatedBytes: 1_000_000 } });
    expect(filtered.ok && filtered.workbook.sheets.map((s) => s.name)).toEqual(['要']);
  });

  it('reads content types and names it does not know without complaint', () => {
    const bytes = zipText({
      '[Content_Types].xml': '<Types/>',
      '_rels/.rels': rootRels(),
      'xl/workbook.xml': workbookXml([['S', 'rId1']]),
      'xl/_rels/workbook.xml.rels': rels({ rId1: ['worksheet', 'worksheets/sheet1.xml'], rId5: ['hyperlink', 'http://example.com'] }),
      'xl/worksheets/sheet1.xml': worksheetXml('<sheetData><row r="1"><c r="A1" cm="1" vm="2" ph="1"><v>1</v></c></row></sheetData><drawing r:id="rId1"/>'),
    });
    expect(cellAt(onlySheet(bytes), 0, 0)).toEqual({ kind: 'number', value: 1 });
  });
});
