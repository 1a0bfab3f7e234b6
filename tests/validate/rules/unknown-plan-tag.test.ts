import { formatIssue } from '../../../src/messages/format-outcome';
import { unknownPlanTag } from '../../../src/validate/rules/unknown-plan-tag';
import { sheetWith } from '../../helpers/status-sheet-builder';

describe('unknown_plan_tag', () => {
  it('warns at an entry tagged ⑧ on a ⑥・⑦ sheet', () => {
    const sheet = sheetWith({ planNumbers: ['⑥', '⑦'], months: { 7: [{ do: '⑥MLに追加', tags: ['⑥'] }, { do: '⑧新しい取り組み', tags: ['⑧'] }] } });
    const issues = unknownPlanTag.check(sheet, { asOf: null });
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown_plan_tag', severity: 'warning', cell: 'C19', params: { tag: '⑧', plans: '⑥・⑦', month: 7 } })]);
    expect(formatIssue(issues[0]!)).toBe('7月の記載に計画番号⑧がありますが、このシートの計画は⑥・⑦です。番号を確認してください。');
  });

  it('points at the CHECK cell when the tag is on an entry without DO', () => {
    const sheet = sheetWith({ planNumbers: ['⑥', '⑦'], months: { 4: [{ check: '⑤ガイドブック', tags: ['⑤'] }] } });
    expect(unknownPlanTag.check(sheet, { asOf: null }).map((i) => i.cell)).toEqual(['D9']);
  });

  it('leaves single-plan sheets alone, where 「②」 at the start is a list bullet', () => {
    const sheet = sheetWith({ planNumbers: ['①'], months: { 6: [{ do: '②面談の実施', tags: ['②'] }] } });
    expect(unknownPlanTag.check(sheet, { asOf: null })).toEqual([]);
  });
});
