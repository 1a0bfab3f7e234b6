import { freeSheetName, sheetNameFor, toSafeSheetName } from '../../src/template/sheet-name';
import { parsePlanSheets } from '../../src/template/render-status-sheet';

describe('sheetNameFor', () => {
  it('names a sheet by its plan numbers', () => {
    expect(sheetNameFor({ plans: ['①', '④', '⑤'] }, [])).toBe('①・④・⑤');
  });

  it('names a sheet without plan numbers 計画', () => {
    expect(sheetNameFor({ plans: [] }, [])).toBe('計画');
  });

  it('adds (2) when the name is taken, comparing case-insensitively', () => {
    expect(sheetNameFor({ plans: ['①'] }, ['①'])).toBe('①(2)');
    expect(freeSheetName('Plan', ['plan', 'Plan(2)'])).toBe('Plan(3)');
  });

  it('strips the characters Excel refuses and keeps 31 characters with the suffix', () => {
    expect(toSafeSheetName('a[b]:c*d?e/f\\g')).toBe('abcdefg');
    const long = 'あ'.repeat(40);
    expect(toSafeSheetName(long)).toHaveLength(31);
    expect(freeSheetName(long, [toSafeSheetName(long)])).toBe(`${'あ'.repeat(28)}(2)`);
  });

  it('never returns an empty name', () => {
    expect(toSafeSheetName('[]')).toBe('Sheet');
  });
});

describe('parsePlanSheets', () => {
  it('splits sheets at commas and joins plan numbers at 「・」', () => {
    expect(parsePlanSheets('①・④・⑤,②・③,⑥・⑦')).toEqual([['①', '④', '⑤'], ['②', '③'], ['⑥', '⑦']]);
  });

  it('reads one plan per sheet', () => {
    expect(parsePlanSheets('①,②')).toEqual([['①'], ['②']]);
  });

  it('accepts digits and the Japanese comma', () => {
    expect(parsePlanSheets('1・4・5、2')).toEqual([['①', '④', '⑤'], ['②']]);
  });

  it('rejects empty parts and text that is not plan numbers', () => {
    expect(parsePlanSheets('①,,②')).toBeNull();
    expect(parsePlanSheets('')).toBeNull();
    expect(parsePlanSheets('①,abc')).toBeNull();
  });
});
