import { en } from '../../../src/validate/messages/en';
import { formatIssue, MESSAGE_CODES } from '../../../src/validate/messages/format-issue';
import { ja } from '../../../src/validate/messages/ja';
import { RULE_CODES } from '../../../src/validate/rules';

describe('issue messages', () => {
  it('has Japanese and English text for every code a rule can emit', () => {
    for (const code of RULE_CODES) {
      expect([code, typeof ja[code], typeof en[code]]).toEqual([code, 'function', 'function']);
    }
  });

  it('has the same codes in both languages', () => {
    expect(Object.keys(en).sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it('says in polite Japanese what to fix, with the facts of the issue', () => {
    const text = formatIssue({ code: 'rate_out_of_range', params: { period: 'annual', value: 150 } }, 'ja');
    expect(text).toBe('年度の達成率が 150% になっています。0〜100%の範囲で入力してください。');
  });

  it('speaks English when asked', () => {
    expect(formatIssue({ code: 'check_without_do', params: { month: 12 } }, 'en')).toContain('Month 12 has a CHECK text but no DO');
  });

  it('falls back to the code for an unknown code rather than failing', () => {
    expect(formatIssue({ code: 'no_such_code', params: {} })).toBe('no_such_code');
  });
});
