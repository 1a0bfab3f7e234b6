/** What a file holds that Excel would show otherwise is read with a notice naming the sheet and cell. */
import { cellText } from '../../../src/domain/grid';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { MAX_CELL_TEXT, TRUNCATION_MARK, truncateCellText } from '../../../src/hosts/xlsx/read-worksheet';
import { formatIssue } from '../../../src/messages/format-outcome';
import { handMadeWorkbook } from '../../hostile/hostile-files';

const sheet = (cells: string): ReturnType<typeof readXlsx> => readXlsx(handMadeWorkbook([['S', `<sheetData><row r="2">${cells}</row></sheetData>`]]));

describe('formulas without a cached value', () => {
  it('gives one warning per sheet: the first cell and how many more', () => {
    const read = sheet('<c r="B2"><f>1+1</f><v></v></c><c r="C2"><f>A1</f></c><c r="D2"><f t="shared" si="0"/></c><c r="E2"><f>2</f><v>2</v></c>');
    expect(read.ok && read.notices).toEqual([{ code: 'formula_without_value', severity: 'warning', sheet: 'S', cell: 'B2', params: { count: 3 } }]);
    const [notice] = read.ok ? read.notices : [];
    expect(notice && formatIssue(notice)).toContain('このセルほか 2 セルの値を読めません');
    expect(read.ok && cellText(read.workbook.sheets[0]?.rows[1]?.[4])).toBe('2');
  });

  it('does not count a formula whose cached result is an empty string (t="str")', () => {
    const read = sheet('<c r="B2" t="str"><f>""</f><v></v></c>');
    expect(read.ok && read.notices).toEqual([]);
  });
});

describe('texts over Excel’s cell limit', () => {
  it('keeps a text of exactly 32,767 characters whole, and cuts a longer one with the mark', () => {
    const whole = 'あ'.repeat(MAX_CELL_TEXT);
    const read = sheet(`<c r="B2" t="inlineStr"><is><t>${whole}</t></is></c><c r="C2" t="inlineStr"><is><t>${whole}い</t></is></c>`);
    const row = read.ok ? read.workbook.sheets[0]?.rows[1] : undefined;
    expect(cellText(row?.[1])).toBe(whole);
    const cut = cellText(row?.[2]);
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.endsWith(TRUNCATION_MARK)).toBe(true);
    expect(read.ok && read.notices).toEqual([{ code: 'text_truncated', severity: 'warning', sheet: 'S', cell: 'C2', params: { limit: 32_767 } }]);
  });

  it('never splits a surrogate pair at the cut', () => {
    const text = `${'a'.repeat(MAX_CELL_TEXT - TRUNCATION_MARK.length - 1)}${'𠮷'.repeat(10)}`;
    const cut = truncateCellText(text);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.slice(0, -TRUNCATION_MARK.length)).toBe('a'.repeat(MAX_CELL_TEXT - TRUNCATION_MARK.length - 1));
  });
});
