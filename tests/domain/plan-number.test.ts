import { fromCircled, joinPlanNumbers, parsePlanNumberList, toCircled } from '../../src/domain/plan-number';

describe('plan numbers', () => {
  it('converts between integers and circled numbers', () => {
    expect(toCircled(1)).toBe('①');
    expect(toCircled(20)).toBe('⑳');
    expect(toCircled(21)).toBeNull();
    expect(fromCircled('⑦')).toBe(7);
    expect(fromCircled('7')).toBeNull();
  });

  it('reads 「①・④・⑤」, 「①④⑤」 and digits alike', () => {
    expect(parsePlanNumberList('①・④・⑤')).toEqual(['①', '④', '⑤']);
    expect(parsePlanNumberList('①④⑤')).toEqual(['①', '④', '⑤']);
    expect(parsePlanNumberList('1・4・5')).toEqual(['①', '④', '⑤']);
    expect(parsePlanNumberList('１，４')).toEqual(['①', '④']);
  });

  it('rejects text that is not a list of plan numbers', () => {
    expect(parsePlanNumberList('計画')).toBeNull();
    expect(parsePlanNumberList('25')).toBeNull();
  });

  it('joins numbers the way the sheets write them', () => {
    expect(joinPlanNumbers(['⑥', '⑦'])).toBe('⑥・⑦');
  });
});
