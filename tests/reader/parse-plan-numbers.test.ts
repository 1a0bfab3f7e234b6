import { splitLeadingPlanNumbers, toPlanItems, entryPlanTags } from '../../src/reader/parse-plan-numbers';

describe('splitLeadingPlanNumbers', () => {
  it('reads the numbers a plan cell starts with, joined by 「・」', () => {
    const { numbers, rest } = splitLeadingPlanNumbers('①・④・⑤ ①目に見えるネットワーク構築のための組織づくり ④マルシェの開催 ⑤研修会の開催');
    expect(numbers).toEqual(['①', '④', '⑤']);
    expect(rest.startsWith('①目に見える')).toBe(true);
  });

  it('reads the tags of an entry written back to back', () => {
    expect(splitLeadingPlanNumbers('⑥⑦MLにて、ガイドブックの入力用フォーマットを事業所へ送付(予定)').numbers).toEqual(['⑥', '⑦']);
    expect(splitLeadingPlanNumbers('⑥MLに伊賀市内新規就労系障害福祉サービス事業所を追加').numbers).toEqual(['⑥']);
  });

  it('reads numbers joined by 「、」 as the real CHECK text 「②、③の事業について、主に協議」 writes them', () => {
    expect(splitLeadingPlanNumbers('②、③の事業について、主に協議').numbers).toEqual(['②', '③']);
  });

  it('finds no number in a text that does not start with one', () => {
    expect(splitLeadingPlanNumbers('6/30 WG会議 ①の確認')).toEqual({ numbers: [], rest: '6/30 WG会議 ①の確認' });
  });
});

describe('toPlanItems', () => {
  it('splits text that names its items into one item per number', () => {
    const items = toPlanItems(['①', '④', '⑤'], [{ text: '①目に見えるネットワーク構築のための組織づくり ④マルシェの開催 ⑤研修会の開催', cell: 'A6' }]);
    expect(items.map((i) => [i.number, i.text.value, i.text.cell])).toEqual([
      ['①', '目に見えるネットワーク構築のための組織づくり', 'A6'],
      ['④', 'マルシェの開催', 'A6'],
      ['⑤', '研修会の開催', 'A6'],
    ]);
  });

  it('gives a single-number sheet its text as one item', () => {
    const items = toPlanItems(['①'], [{ text: '他機関主催イベントへの参画', cell: 'A6' }]);
    expect(items).toEqual([{ number: '①', text: { value: '他機関主催イベントへの参画', cell: 'A6' }, quarter: null }]);
  });

  it('splits a plan written per quarter into four items', () => {
    const text = '【第1期四半期計画】\n・WG長の選任\n【第2期四半期計画】\n・事例検討\n【第３期四半期計画】\n・課題整理\n【第4期四半期計画】\n・まとめ';
    const items = toPlanItems([], [{ text, cell: 'B5' }]);
    expect(items.map((i) => [i.number, i.quarter, i.text.value])).toEqual([
      [null, 1, '・WG長の選任'],
      [null, 2, '・事例検討'],
      [null, 3, '・課題整理'],
      [null, 4, '・まとめ'],
    ]);
  });

  it('joins the texts of one numbered row into one item', () => {
    const items = toPlanItems(['②'], [
      { text: '・居宅介護スキルアップ研修', cell: 'B6', number: '②' },
      { text: '・コンプライアンス研修', cell: 'D6', number: '②' },
    ]);
    expect(items).toEqual([{ number: '②', text: { value: '・居宅介護スキルアップ研修\n・コンプライアンス研修', cell: 'B6' }, quarter: null }]);
  });
});

describe('entryPlanTags', () => {
  it('gives the leading plan numbers of the entry’s texts, each once, in order of the texts', () => {
    expect(entryPlanTags([{ value: '⑥⑦MLにて' }, null, { value: '⑦④報告' }])).toEqual(['⑥', '⑦', '④']);
  });

  it('gives untagged entries one shared empty list that cannot be changed', () => {
    const a = entryPlanTags([{ value: '定例会' }, null, null]);
    const b = entryPlanTags([null, null, null]);
    expect(a).toEqual([]);
    expect(a).toBe(b);
    expect(() => a.push('①')).toThrow(TypeError);
  });
});
