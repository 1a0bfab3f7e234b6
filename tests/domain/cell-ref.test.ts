import { parseA1, parseA1Range, toA1, toA1Range, toColumnLetters } from '../../src/domain/cell-ref';

describe('cell references', () => {
  it('names columns past Z with two letters', () => {
    expect(toColumnLetters(0)).toBe('A');
    expect(toColumnLetters(25)).toBe('Z');
    expect(toColumnLetters(26)).toBe('AA');
    expect(toColumnLetters(16383)).toBe('XFD');
  });

  it('round-trips A1 addresses', () => {
    expect(toA1(11, 2)).toBe('C12');
    expect(parseA1('C12')).toEqual({ row: 11, col: 2 });
    expect(parseA1('$XFD$1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(parseA1('12C')).toBeNull();
  });

  it('round-trips ranges and single cells', () => {
    expect(toA1Range({ top: 0, left: 0, bottom: 2, right: 4 })).toBe('A1:E3');
    expect(toA1Range({ top: 3, left: 1, bottom: 3, right: 1 })).toBe('B4');
    expect(parseA1Range('E3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 4 });
  });
});
