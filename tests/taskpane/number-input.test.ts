/** A typed number is read as meant: full-width digits, 令和 years, and a range that is said when broken. */
import { readNumberInput } from '../../src/taskpane/number-input';

const YEARS = { min: 2019, max: 2100 };

describe('reading a typed number', () => {
  it('takes digits as typed, half- or full-width, with spaces around', () => {
    expect(readNumberInput('2023', YEARS)).toEqual({ ok: true, value: 2023 });
    expect(readNumberInput(' ２０２３ ', YEARS)).toEqual({ ok: true, value: 2023 });
    expect(readNumberInput('80', { min: 0, max: 100 })).toEqual({ ok: true, value: 80 });
    expect(readNumberInput('80%', { min: 0, max: 100 })).toEqual({ ok: true, value: 80 });
  });

  it('reads a fiscal year written the Japanese way only in a year field', () => {
    expect(readNumberInput('令和5', YEARS, 'fiscalYear')).toEqual({ ok: true, value: 2023 });
    expect(readNumberInput('R5', YEARS, 'fiscalYear')).toEqual({ ok: true, value: 2023 });
    expect(readNumberInput('令和元年度', YEARS, 'fiscalYear')).toEqual({ ok: true, value: 2019 });
    expect(readNumberInput('令和5', YEARS)).toEqual({ ok: false, problem: 'not_a_number' });
  });

  it('says which is wrong: empty, not a number, or out of range (the bounds themselves are in)', () => {
    expect(readNumberInput('', YEARS)).toEqual({ ok: false, problem: 'empty' });
    expect(readNumberInput('abc', YEARS)).toEqual({ ok: false, problem: 'not_a_number' });
    expect(readNumberInput('20.5', YEARS)).toEqual({ ok: false, problem: 'not_a_number' });
    expect(readNumberInput('2018', YEARS)).toEqual({ ok: false, problem: 'out_of_range' });
    expect(readNumberInput('2101', YEARS)).toEqual({ ok: false, problem: 'out_of_range' });
    expect(readNumberInput('2019', YEARS)).toEqual({ ok: true, value: 2019 });
    expect(readNumberInput('2100', YEARS)).toEqual({ ok: true, value: 2100 });
    expect(readNumberInput('-1', { min: 0, max: 100 })).toEqual({ ok: false, problem: 'out_of_range' });
    expect(readNumberInput('101', { min: 0, max: 100 })).toEqual({ ok: false, problem: 'out_of_range' });
  });
});
