/** Number formats that make a number a percentage or a date, and Excel date serials. */
import fc from 'fast-check';
import { classifyFormatCode, readStyleKinds, serialToIsoDate } from '../../../src/hosts/xlsx/read-number-formats';

const SEED = 20221129;

describe('classifyFormatCode', () => {
  it.each([
    ['0%', 'percent'],
    ['0.0%', 'percent'],
    ['[Red]0.00%;[Blue]-0.00%', 'percent'],
    ['#,##0"%"', 'plain'],
    ['0\\%', 'plain'],
    ['General', 'plain'],
    ['#,##0_);[Red](#,##0)', 'plain'],
    ['#,##0_m', 'plain'],
    ['0.00E+00', 'plain'],
    ['0"件"', 'plain'],
    ['@', 'plain'],
    ['yyyy/m/d', 'date'],
    ['m"月"d"日"', 'date'],
    ['[$-ja-JP]ggge"年"m"月"d"日"', 'date'],
    ['[$-411]yyyy"年"m"月"', 'date'],
    ['[h]:mm:ss', 'date'],
    ['h:mm AM/PM', 'date'],
    ['[DBNum1]General', 'plain'],
  ])('classifies %s as %s', (code, kind) => {
    expect(classifyFormatCode(code)).toBe(kind);
  });
});

describe('readStyleKinds', () => {
  it('maps each cellXfs entry to its format kind, custom formats first, built-ins by id', () => {
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="&quot;第&quot;0&quot;回&quot;"/></numFmts>' +
      '<cellStyleXfs><xf numFmtId="9"/></cellStyleXfs>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="57"/><xf/></cellXfs></styleSheet>';
    expect(readStyleKinds(styles)).toEqual(['plain', 'percent', 'percent', 'plain', 'date', 'date', 'plain']);
  });

  it('has no kinds without a styles part', () => {
    expect(readStyleKinds(null)).toEqual([]);
  });
});

describe('serialToIsoDate', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'],
    [44651, false, '2022-03-31'],
    [44894.9999, false, '2022-11-29'],
    [0, true, '1904-01-01'],
    [43432, true, '2022-11-29'],
  ])('reads serial %d (1904: %s) as %s', (serial, date1904, iso) => {
    expect(serialToIsoDate(serial, date1904)).toBe(iso);
  });

  it('refuses serials outside Excel’s date range', () => {
    expect(serialToIsoDate(-1, false)).toBeNull();
    expect(serialToIsoDate(3_000_000, false)).toBeNull();
    expect(serialToIsoDate(Number.NaN, false)).toBeNull();
  });

  it('steps one day per serial, in both date systems, 1462 days apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61 + 1462, max: 2_958_000 }), (serial) => {
        const day = (iso: string | null): number => Date.parse(`${iso ?? ''}T00:00:00Z`) / 86_400_000;
        expect(day(serialToIsoDate(serial + 1, false)) - day(serialToIsoDate(serial, false))).toBe(1);
        expect(serialToIsoDate(serial - 1462, true)).toBe(serialToIsoDate(serial, false));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
