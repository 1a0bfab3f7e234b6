import {
  FISCAL_MONTHS,
  calendarYearOf,
  endOfMonth,
  fiscalYearOfDate,
  formatFiscalYear,
  halfOf,
  hasMonthEnded,
  hasMonthStarted,
  monthsOfQuarter,
  parseFiscalYear,
  quarterOf,
  reiwaToGregorian,
} from '../../src/domain/fiscal-calendar';

describe('fiscal calendar', () => {
  it('runs the twelve months from April to March', () => {
    expect(FISCAL_MONTHS).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
  });

  it('maps 令和4年度 to the year starting April 2022 and back', () => {
    expect(reiwaToGregorian(4)).toBe(2022);
    expect(formatFiscalYear(2022)).toBe('令和4年度');
    expect(formatFiscalYear(2019)).toBe('令和元年度');
  });

  it('reads fiscal years as users write them', () => {
    expect(parseFiscalYear('令和4年度')).toBe(2022);
    expect(parseFiscalYear('令和４年度')).toBe(2022);
    expect(parseFiscalYear('R4')).toBe(2022);
    expect(parseFiscalYear('令和元年度')).toBe(2019);
    expect(parseFiscalYear('2022')).toBe(2022);
    expect(parseFiscalYear('2022年度')).toBe(2022);
    expect(parseFiscalYear('相談部会 令和4年度 部会状況把握表')).toBe(2022);
    expect(parseFiscalYear('来年度')).toBeNull();
  });

  it('puts 4–6月 in the first quarter and 1–3月 in the fourth', () => {
    expect(quarterOf(4)).toBe(1);
    expect(quarterOf(6)).toBe(1);
    expect(quarterOf(12)).toBe(3);
    expect(quarterOf(1)).toBe(4);
    expect(monthsOfQuarter(4)).toEqual([1, 2, 3]);
  });

  it('splits the year into 上半期 (4–9月) and 下半期 (10–3月)', () => {
    expect(halfOf(9)).toBe('first');
    expect(halfOf(10)).toBe('second');
    expect(halfOf(3)).toBe('second');
  });

  it('places January to March in the following calendar year', () => {
    expect(calendarYearOf(2022, 12)).toBe(2022);
    expect(calendarYearOf(2022, 1)).toBe(2023);
    expect(endOfMonth(2022, 2)).toBe('2023-02-28');
    expect(endOfMonth(2023, 2)).toBe('2024-02-29');
  });

  it('tells whether a month has started or ended on a given day', () => {
    expect(hasMonthEnded(2022, 9, '2022-09-30')).toBe(false);
    expect(hasMonthEnded(2022, 9, '2022-10-01')).toBe(true);
    expect(hasMonthStarted(2022, 1, '2022-12-31')).toBe(false);
    expect(hasMonthStarted(2022, 1, '2023-01-01')).toBe(true);
  });

  it('finds the fiscal year of a date', () => {
    expect(fiscalYearOfDate('2023-03-31')).toBe(2022);
    expect(fiscalYearOfDate('2023-04-01')).toBe(2023);
  });
});
