import { readStatusSheet } from '../../src/reader/read-status-sheet';
import type { StatusSheet } from '../../src/domain/status-sheet';
import type { Issue } from '../../src/domain/issue';
import { formatIssue } from '../../src/messages/format-outcome';
import { isOtherFiscalYear, summarizeIssues, validateGroup, validateStatusSheet } from '../../src/validate/validate-status-sheet';
import { seedGrids } from '../helpers/seed-grids';
import { EVERY_QUARTER, sheetWith, summary } from '../helpers/status-sheet-builder';
import { param } from '../helpers/issue-param';

const yearEnd = { asOf: '2023-04-30' };

describe('validating one sheet', () => {
  it('finds nothing to say about a complete sheet at year end', () => {
    expect(validateStatusSheet(sheetWith({ months: EVERY_QUARTER }), yearEnd)).toEqual([]);
  });

  it('runs every rule of the table: a broken sheet collects issues of several rules', () => {
    const sheet = sheetWith({
      fiscalYear: null,
      summaries: { firstHalf: summary('firstHalf', null, '約半分') },
      months: { 12: [{ do: '11/29、30 伊賀市マルシェ開催' }], 3: [{ check: '振り返り' }] },
    });
    expect(validateStatusSheet(sheet, yearEnd).map((i) => i.code)).toEqual(['missing_fiscal_year', 'rate_not_number', 'date_in_other_month', 'check_without_do']);
  });

  it('lists errors first, then by severity; within one severity sheet-wide issues first, then by row and column', () => {
    const sheet = sheetWith({
      summaries: { secondHalf: summary('secondHalf', 120), annual: null },
      months: { 12: [{ check: 'A', action: 'B' }], 5: [{ check: 'C' }], 4: [{ do: '4/20 WG' }] },
    });
    const issues = validateStatusSheet(sheet, yearEnd);
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([
      ['error', 'C46'],
      ['warning', null],
      ['warning', 'D12'],
      ['warning', 'D33'],
      ['warning', 'E33'],
      ['info', 'B18'],
      ['info', 'B27'],
      ['info', 'B36'],
    ]);
  });
});

describe('validating the sheets of a group', () => {
  it('reports a plan number repeated on a second sheet of the group', () => {
    const a = sheetWith({ sheetName: 'A', planNumbers: ['①', '②'] });
    const b = sheetWith({ sheetName: 'B', planNumbers: ['②'] });
    expect(validateGroup([a, b])).toEqual([expect.objectContaining({ code: 'duplicate_plan_number', sheet: 'B' })]);
  });
});

describe('helpers for the callers', () => {
  it('counts issues by severity', () => {
    const sheet = sheetWith({ committee: null, months: { 6: [{ do: '6/1 WG' }, { do: '8/3 WG' }] } });
    expect(summarizeIssues(validateStatusSheet(sheet, { asOf: '2022-12-01' }))).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it('tells a sheet of another fiscal year, and does not call a sheet without a year "other"', () => {
    expect(isOtherFiscalYear(sheetWith({ fiscalYear: 2021 }), 2022)).toBe(true);
    expect(isOtherFiscalYear(sheetWith(), 2022)).toBe(false);
    expect(isOtherFiscalYear(sheetWith({ fiscalYear: null }), 2022)).toBe(false);
  });
});

describe('the FY2022 sheets of the seed', () => {
  const sheets: StatusSheet[] = seedGrids().flatMap((grid) => {
    const outcome = readStatusSheet(grid);
    return outcome.kind === 'status-sheet' ? [outcome.sheet] : [];
  });
  const issuesOf = (index: number, asOf: string | null) => validateStatusSheet(sheets[index]!, { asOf });

  it('reads all ten sheets', () => {
    expect(sheets).toHaveLength(10);
  });

  it('warns that the 12月 row of the 事業所連絡会WG ①・④・⑤ sheet holds 「11/29、30 …」', () => {
    const issue = issuesOf(7, null).find((i) => i.code === 'date_in_other_month');
    expect(issue).toMatchObject({ severity: 'warning', params: { month: 12, dateMonth: 11 } });
    expect(formatIssue(issue!)).toContain('11/29、30 伊賀市マルシェ開催');
  });

  it('notes the 精神障がい WG plan without a number, and its 2月 「(予定)」 once February has ended', () => {
    const monthOf = (i: Issue): string => {
      const month = param(i, 'month');
      return typeof month === 'number' ? String(month) : '';
    };
    const codes = (asOf: string) => issuesOf(3, asOf).map((i) => `${i.code}:${monthOf(i)}`);
    expect(codes('2023-02-15')).toEqual(['plan_without_number:']);
    expect(codes('2023-03-01')).toEqual(['planned_in_past:2', 'plan_without_number:']);
  });

  it('warns about 「(予定)」 in 1月 and 2月 of the ⑥・⑦ sheet at year end, and finds its ⑥⑦ tags all known', () => {
    const issues = issuesOf(9, yearEnd.asOf);
    expect(issues.filter((i) => i.code === 'planned_in_past').map((i) => param(i, 'month'))).toEqual([1, 2]);
    expect(issues.map((i) => i.code)).not.toContain('unknown_plan_tag');
    expect(issues.map((i) => i.code)).not.toContain('plan_without_activity');
  });

  it('accepts the ヘルパー人材育成WG sheets (6, 9, 11, 1月) without a word at year end', () => {
    expect(issuesOf(1, yearEnd.asOf)).toEqual([]);
    expect(issuesOf(2, yearEnd.asOf)).toEqual([]);
  });

  it('reports no errors on any real sheet at year end', () => {
    for (let i = 0; i < sheets.length; i += 1) expect(issuesOf(i, yearEnd.asOf).filter((x) => x.severity === 'error')).toEqual([]);
  });
});
