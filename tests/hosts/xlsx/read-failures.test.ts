/** Every way a submission can fail to read gets its own code and a Japanese message that says what to do. */
import { strToU8, zipSync } from 'fflate';
import { cellAt } from '../../../src/domain/grid';
import { readXlsx, type XlsxReadResult } from '../../../src/hosts/xlsx/read-xlsx';
import { DEFAULT_READ_LIMITS } from '../../../src/hosts/xlsx/xlsx-limits';
import { compoundFile, oneSheetWorkbook, rels, rootRels, workbookXml, worksheetXml, withDeclaredSize, zerosBomb, zipText } from './read-test-files';

const codeOf = (result: XlsxReadResult): string => (result.ok ? 'read' : result.failure.code);
const messageOf = (result: XlsxReadResult): string => (result.ok ? '' : result.failure.message);

const GOOD = oneSheetWorkbook('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');

describe('files that are not workbooks', () => {
  it('refuses a CSV renamed .xlsx as not_xlsx, saying how to save it', () => {
    const result = readXlsx(strToU8('月,計画,実績\n4月,会議,済\n'));
    expect(codeOf(result)).toBe('not_xlsx');
    expect(messageOf(result)).toContain('「Excel ブック (*.xlsx)」形式で保存し直してください');
  });

  it('refuses an empty file as not_xlsx', () => {
    expect(codeOf(readXlsx(new Uint8Array(0)))).toBe('not_xlsx');
  });

  it('refuses a cut-off zip as truncated', () => {
    const result = readXlsx(GOOD.slice(0, Math.floor(GOOD.length * 0.6)));
    expect(codeOf(result)).toBe('truncated');
    expect(messageOf(result)).toContain('壊れているか途中で切れています');
  });

  it('refuses a zip without a workbook part as no_workbook', () => {
    expect(codeOf(readXlsx(zipText({ 'word/document.xml': '<w:document/>' })))).toBe('no_workbook');
  });

  it('refuses a workbook part that is not SpreadsheetML as malformed_xml', () => {
    const result = readXlsx(zipText({ 'xl/workbook.xml': '\u0000\u0001 binary garbage' }));
    expect(codeOf(result)).toBe('malformed_xml');
    expect(messageOf(result)).toContain('保存し直してください');
  });
});

describe('OLE compound files', () => {
  it('classifies a password-protected workbook (EncryptionInfo + EncryptedPackage) as encrypted', () => {
    const result = readXlsx(compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    expect(codeOf(result)).toBe('encrypted');
    expect(messageOf(result)).toBe('パスワードで保護されたブックは読み込めません。保護を解除して保存し直してから再度お試しください。');
  });

  it('classifies an old .xls (a Workbook stream) as legacy_xls', () => {
    const result = readXlsx(compoundFile(['Workbook', 'SummaryInformation']));
    expect(codeOf(result)).toBe('legacy_xls');
    expect(messageOf(result)).toContain('古い形式（.xls）');
  });

  it('classifies an Excel 5 .xls (a Book stream) as legacy_xls', () => {
    expect(codeOf(readXlsx(compoundFile(['Book'])))).toBe('legacy_xls');
  });

  it('refuses any other compound file (a .doc) as not_xlsx', () => {
    expect(codeOf(readXlsx(compoundFile(['WordDocument'])))).toBe('not_xlsx');
  });
});

describe('resource limits', () => {
  it('refuses a file over maxFileBytes before looking inside', () => {
    const result = readXlsx(GOOD, { limits: { maxFileBytes: GOOD.length - 1 } });
    expect(codeOf(result)).toBe('too_large');
    expect(messageOf(result)).toContain('ファイルが大きすぎます');
  });

  it('refuses a part of 300 MB of zeros as zip_bomb from its declared size and ratio, without inflating it', () => {
    const bomb = zerosBomb(300);
    expect(bomb.length).toBeLessThan(2_000_000);
    const result = readXlsx(bomb);
    expect(codeOf(result)).toBe('zip_bomb');
    expect(messageOf(result)).toContain('展開後のサイズが異常に大きい');
    // With the total budget lifted, the ratio alone still refuses the part, by name.
    const byRatio = readXlsx(bomb, { limits: { maxInflatedBytes: Number.MAX_SAFE_INTEGER } });
    expect(!byRatio.ok && byRatio.failure).toMatchObject({ code: 'zip_bomb', detail: expect.stringContaining('xl/worksheets/sheet1.xml') });
  });

  it('refuses a small bomb by its ratio alone, and reads the same zip when the ratio limit is lifted', () => {
    const bomb = zerosBomb(3);
    expect(codeOf(readXlsx(bomb))).toBe('zip_bomb');
    const lifted = readXlsx(bomb, { limits: { maxInflateRatio: Number.POSITIVE_INFINITY } });
    expect(lifted.ok && lifted.workbook.sheets).toEqual([{ name: 'S', rows: [], merges: [] }]);
  });

  it('refuses parts whose declared sizes add up over maxInflatedBytes', () => {
    const result = readXlsx(GOOD, { limits: { maxInflatedBytes: 200 } });
    expect(codeOf(result)).toBe('zip_bomb');
  });

  it('refuses a part that inflates past the size it declares, instead of cutting it there', () => {
    const big = oneSheetWorkbook(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'0'.repeat(5_000_000)}</t></is></c></row></sheetData>`);
    const result = readXlsx(withDeclaredSize(big, 'xl/worksheets/sheet1.xml', 4096));
    // A cut part would be read as a shorter sheet: wrong data without a warning. The lie is a damaged file.
    expect(!result.ok && result.failure).toMatchObject({ code: 'zip_bomb', detail: expect.stringContaining('xl/worksheets/sheet1.xml') });
    expect(codeOf(readXlsx(big, { limits: { maxInflateRatio: Number.POSITIVE_INFINITY } }))).toBe('read');
  });

  it('refuses more than maxSheets sheets', () => {
    const list = Array.from({ length: DEFAULT_READ_LIMITS.maxSheets + 1 }, (_, i) => [`S${i}`, `rId${i}`] as const);
    const result = readXlsx(zipText({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(list) }));
    expect(codeOf(result)).toBe('too_many_sheets');
  });

  it('refuses a sheet with a value in row 1,000,000, naming the sheet, but not for its dimension alone', () => {
    const result = readXlsx(oneSheetWorkbook('<dimension ref="A1:E1000000"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData>'));
    expect(!result.ok && result.failure).toMatchObject({ code: 'too_many_cells', sheet: 'S' });
    expect(messageOf(result)).toContain('シート「S」');
    // A dimension counts formatting; only values count toward the limits.
    expect(codeOf(readXlsx(oneSheetWorkbook('<dimension ref="A1:XFD1000000"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')))).toBe('read');
  });

  it('refuses a used row past maxRows even without a dimension', () => {
    const result = readXlsx(oneSheetWorkbook('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="10001"><c r="A10001"><v>1</v></c></row></sheetData>'));
    expect(codeOf(result)).toBe('too_many_cells');
  });

  it('refuses a cell in column XFD (16,384 columns)', () => {
    expect(codeOf(readXlsx(oneSheetWorkbook('<sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData>')))).toBe('too_many_cells');
  });

  it('counts unaddressed cells toward the column limit', () => {
    const cells = '<c><v>1</v></c>'.repeat(DEFAULT_READ_LIMITS.maxColumns + 1);
    expect(codeOf(readXlsx(oneSheetWorkbook(`<sheetData><row>${cells}</row></sheetData>`)))).toBe('too_many_cells');
  });

  it('refuses a sheet with more cells than maxCellsPerSheet', () => {
    const rows = Array.from({ length: 30 }, (_, r) => `<row r="${r + 1}">${'<c><v>1</v></c>'.repeat(10)}</row>`).join('');
    expect(codeOf(readXlsx(oneSheetWorkbook(`<sheetData>${rows}</sheetData>`), { limits: { maxCellsPerSheet: 299 } }))).toBe('too_many_cells');
    expect(codeOf(readXlsx(oneSheetWorkbook(`<sheetData>${rows}</sheetData>`), { limits: { maxCellsPerSheet: 300 } }))).toBe('read');
  });

  it('reads a workbook of sheets within every limit', () => {
    const result = readXlsx(GOOD);
    expect(result.ok && result.workbook.sheets[0] && cellAt(result.workbook.sheets[0], 0, 0)).toEqual({ kind: 'number', value: 1 });
  });
});

describe('readXlsx never throws', () => {
  it('classifies every prefix of a workbook instead of throwing', () => {
    const bytes = zipSync({ '_rels/.rels': strToU8(rootRels()), 'xl/workbook.xml': strToU8(workbookXml([['S', 'rId1']])), 'xl/_rels/workbook.xml.rels': strToU8(rels({ rId1: ['worksheet', 'worksheets/sheet1.xml'] })), 'xl/worksheets/sheet1.xml': strToU8(worksheetXml('<sheetData/>')) });
    for (let length = 0; length < bytes.length; length += 7) {
      const result = readXlsx(bytes.slice(0, length));
      expect(['not_xlsx', 'truncated', 'no_workbook']).toContain(codeOf(result));
    }
  });
});
