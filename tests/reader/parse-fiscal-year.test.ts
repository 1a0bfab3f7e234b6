import { parseFiscalYearExpression, parseLabelledFiscalYear } from '../../src/reader/parse-fiscal-year';
import { parseTitle } from '../../src/reader/parse-title';

describe('parseFiscalYearExpression', () => {
  it.each([
    ['令和4年度 部会WG状況把握表', 2022],
    ['令和４年度', 2022],
    ['R4年度', 2022],
    ['2022年度', 2022],
    ['2023（令和5）年度', 2023],
    ['令和 5 年度', 2023],
    ['令和元年度', 2019],
  ])('reads 「%s」 as FY%i', (text, year) => {
    expect(parseFiscalYearExpression(text)).toBe(year);
  });

  it.each(['提出日：令和5年4月14日', '令和5年4月14日', 'R5.1.30', '2023/4/14', '(R5.1.30全居宅介護事業所へメール)'])('takes no fiscal year from the date 「%s」', (text) => {
    expect(parseFiscalYearExpression(text)).toBeNull();
  });
});

describe('parseLabelledFiscalYear', () => {
  it.each([
    ['2022年度', 2022],
    ['2022', 2022],
    ['令和4', 2022],
    ['R4', 2022],
  ])('reads the value 「%s」 beside a 年度 label as FY%i', (text, year) => {
    expect(parseLabelledFiscalYear(text)).toBe(year);
  });

  it('refuses a date beside the label', () => {
    expect(parseLabelledFiscalYear('令和5年4月14日')).toBeNull();
  });
});

describe('the title line', () => {
  it('takes no year from a 提出日 line, and no committee either', () => {
    expect(parseTitle('提出日：令和5年4月14日')).toMatchObject({ fiscalYear: null, committee: null });
  });

  it('reads the committee beside a Gregorian year with the era in brackets', () => {
    expect(parseTitle('相談部会 2023（令和5）年度 部会状況把握表')).toMatchObject({ committee: '相談部会', fiscalYear: 2023 });
  });
});
