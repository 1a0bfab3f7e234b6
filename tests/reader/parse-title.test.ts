import { parseTitle } from '../../src/reader/parse-title';

describe('parseTitle', () => {
  it('reads committee and fiscal year from a title without a WG', () => {
    expect(parseTitle('相談部会 令和4年度 部会状況把握表')).toEqual({ committee: '相談部会', committeeCanonical: '相談部会', workingGroup: null, fiscalYear: 2022 });
  });

  it('removes the spaces inside the WG brackets', () => {
    expect(parseTitle('就労部会 【 事業所連絡会WG 】').workingGroup).toBe('事業所連絡会WG');
    expect(parseTitle('就労部会 【雇用啓発 WG】').workingGroup).toBe('雇用啓発WG');
    expect(parseTitle('就労部会 ［雇用啓発ＷＧ］').workingGroup).toBe('雇用啓発WG');
  });

  it('keeps 暮らし部会 as written and gives くらし部会 as canonical', () => {
    const parts = parseTitle('暮らし部会 【精神障がい地域包括ケアシステムWG】');
    expect(parts.committee).toBe('暮らし部会');
    expect(parts.committeeCanonical).toBe('くらし部会');
    expect(parts.workingGroup).toBe('精神障がい地域包括ケアシステムWG');
  });

  it('takes no committee from the year line 「令和4年度 部会WG状況把握表」', () => {
    expect(parseTitle('令和4年度 部会WG状況把握表')).toEqual({ committee: null, committeeCanonical: null, workingGroup: null, fiscalYear: 2022 });
    expect(parseTitle('令和4年度 部会WG 状況把握表').committee).toBeNull();
  });

  it('reads full-width and 元年 years', () => {
    expect(parseTitle('令和５年度 部会状況把握表').fiscalYear).toBe(2023);
    expect(parseTitle('令和元年度 部会状況把握表').fiscalYear).toBe(2019);
  });

  it('takes no WG from brackets that name none', () => {
    expect(parseTitle('就労部会 【第1期四半期計画】').workingGroup).toBeNull();
  });
});
