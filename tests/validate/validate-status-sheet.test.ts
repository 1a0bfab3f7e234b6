import { formatIssue, MESSAGE_CODES } from '../../src/validate/messages/format-issue';
import { en } from '../../src/validate/messages/en';
import { validateGroup, validateStatusSheet } from '../../src/validate/validate-status-sheet';
import { sheetWith, summary } from '../helpers/status-sheet-builder';

const codes = (issues: ReturnType<typeof validateStatusSheet>) => issues.map((i) => i.code);
const yearEnd = { asOf: '2023-04-30' };

describe('validating one sheet', () => {
  it('finds nothing to say about a complete sheet at year end', () => {
    const sheet = sheetWith({ months: { 6: [{ do: '6/14 第1回WG', check: '選任できた' }], 10: [{ do: '10/20 WG' }], 1: [{ do: '1/24 WG' }], 8: [{ do: '8/17 WG' }] } });
    expect(validateStatusSheet(sheet, yearEnd)).toEqual([]);
  });

  it('reports a missing committee and fiscal year as errors', () => {
    const issues = validateStatusSheet(sheetWith({ committee: null, fiscalYear: null }), { asOf: null });
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['missing_committee', 'missing_fiscal_year']);
  });

  it('reports a missing plan as an error but plan text without a number only as a note', () => {
    expect(codes(validateStatusSheet(sheetWith({ planNumbers: [], plans: [] }), { asOf: null }))).toContain('missing_plan');
    const unnumbered = sheetWith({ planNumbers: [], plans: [{ number: null, text: { value: '事例検討', cell: 'B5' }, quarter: null }] });
    expect(validateStatusSheet(unnumbered, { asOf: null })).toEqual([expect.objectContaining({ code: 'plan_without_number', severity: 'info', cell: 'B5' })]);
  });

  it('reports a rate that is not a number and one outside 0–100 with their cells', () => {
    const sheet = sheetWith({ summaries: { firstHalf: summary('firstHalf', null, '約半分'), secondHalf: summary('secondHalf', 120) } });
    const issues = validateStatusSheet(sheet, { asOf: null });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'rate_not_number', severity: 'error', cell: 'C31' }),
        expect.objectContaining({ code: 'rate_out_of_range', severity: 'error', cell: 'C31' }),
      ]),
    );
    expect(formatIssue(issues.find((i) => i.code === 'rate_not_number')!)).toContain('約半分');
  });

  it('asks for the first-half rate once September has ended, not before', () => {
    const sheet = sheetWith({ summaries: { firstHalf: summary('firstHalf', null) }, months: { 6: [{ do: '6/1 WG' }] } });
    expect(codes(validateStatusSheet(sheet, { asOf: '2022-09-30' }))).not.toContain('rate_missing_after_half');
    const issue = validateStatusSheet(sheet, { asOf: '2022-10-01' }).find((i) => i.code === 'rate_missing_after_half');
    expect(issue?.severity).toBe('warning');
    expect(formatIssue(issue!)).toContain('上半期の達成率');
  });

  it('asks for the annual rate at year end when the annual summary is missing altogether', () => {
    const sheet = sheetWith({ summaries: { annual: null }, months: { 6: [{ do: '6/1 WG' }] } });
    expect(codes(validateStatusSheet(sheet, { asOf: '2023-03-31' }))).not.toContain('annual_rate_missing');
    expect(codes(validateStatusSheet(sheet, yearEnd))).toContain('annual_rate_missing');
  });

  it('warns about CHECK or ACTION in a month without DO, at the CHECK/ACTION cell', () => {
    const sheet = sheetWith({ months: { 12: [{ check: '助成制度の周知', action: '訪問先を選定' }] } });
    const issues = validateStatusSheet(sheet, { asOf: null });
    expect(issues.map((i) => [i.code, i.cell?.[0]])).toEqual([
      ['check_without_do', 'D'],
      ['action_without_do', 'E'],
    ]);
  });

  it('warns when the 12月 row holds 「11/29、30 伊賀市マルシェ開催」', () => {
    const sheet = sheetWith({ months: { 12: [{ do: '11/29、30 伊賀市マルシェ開催' }, { do: '12/5WG、研修グループ打ち合わせ' }] } });
    const issues = validateStatusSheet(sheet, { asOf: null }).filter((i) => i.code === 'date_in_other_month');
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!)).toBe('12月の行に 11月の日付（「11/29、30 伊賀市マルシェ開催」）があります。11月の行に移すか、日付を確認してください。');
  });

  it('warns about 「(予定)」 in a month already past and about text in months not yet started', () => {
    const sheet = sheetWith({ months: { 1: [{ do: '1/24 WG(予定)' }], 2: [{ do: '2/28 第6回WG' }] } });
    const issues = validateStatusSheet(sheet, { asOf: '2023-02-10' });
    expect(codes(issues)).toEqual(expect.arrayContaining(['planned_in_past']));
    expect(codes(validateStatusSheet(sheet, { asOf: '2023-01-10' }))).toContain('text_after_as_of');
    expect(codes(validateStatusSheet(sheet, { asOf: '2023-01-10' }))).not.toContain('planned_in_past');
  });

  it('warns about an entry tagged with a plan the sheet does not cover', () => {
    const sheet = sheetWith({ planNumbers: ['⑥', '⑦'], months: { 7: [{ do: '⑧新しい取り組み', tags: ['⑧'] }, { do: '⑥MLに追加', tags: ['⑥'] }] } });
    const issue = validateStatusSheet(sheet, { asOf: null }).find((i) => i.code === 'unknown_plan_tag');
    expect(issue?.params).toMatchObject({ tag: '⑧', plans: '⑥・⑦' });
  });

  it('warns at year end about a plan no entry serves', () => {
    const sheet = sheetWith({ planNumbers: ['⑥', '⑦'], months: { 7: [{ do: '⑥MLに追加', tags: ['⑥'] }] } });
    const issues = validateStatusSheet(sheet, yearEnd).filter((i) => i.code === 'plan_without_activity');
    expect(issues.map((i) => i.params.plan)).toEqual(['⑦']);
    expect(codes(validateStatusSheet(sheetWith(), yearEnd))).toContain('plan_without_activity');
  });

  it('warns about an ended quarter whose own plan has no DO', () => {
    const sheet = sheetWith({
      plans: [1, 2].map((q) => ({ number: null, text: { value: `第${q}期計画`, cell: `B${q}` }, quarter: q as 1 | 2 })),
      months: { 6: [{ do: '6/14 WG' }] },
    });
    const issue = validateStatusSheet(sheet, { asOf: '2022-10-05' }).find((i) => i.code === 'quarter_without_do');
    expect(issue).toMatchObject({ severity: 'warning', cell: 'B2', params: { quarter: 2 } });
  });
});

describe('validating the sheets of a group', () => {
  it('reports the same plan number on two sheets of one group, on the second sheet', () => {
    const a = sheetWith({ sheetName: 'A', planNumbers: ['①', '②'] });
    const b = sheetWith({ sheetName: 'B', planNumbers: ['②'], workingGroup: '【 雇用啓発 WG 】' });
    expect(validateGroup([a, b])).toEqual([expect.objectContaining({ code: 'duplicate_plan_number', sheet: 'B', params: { plan: '②', other: 'A' } })]);
  });

  it('does not mix groups: ① of two WGs is no duplicate', () => {
    expect(validateGroup([sheetWith({ sheetName: 'A' }), sheetWith({ sheetName: 'B', workingGroup: '事業所連絡会WG' })])).toEqual([]);
  });
});

describe('messages', () => {
  it('has Japanese and English text for every code', () => {
    expect(MESSAGE_CODES.length).toBeGreaterThan(10);
    for (const code of MESSAGE_CODES) expect(typeof en[code]).toBe('function');
  });
});
