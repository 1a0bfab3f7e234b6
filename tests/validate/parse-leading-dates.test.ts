import { parseLeadingDateMonths } from '../../src/validate/parse-leading-dates';

describe('the dates a DO text starts with', () => {
  it.each([
    ['11/29、30 伊賀市マルシェ開催', [11]],
    ['6/14 第1回WG', [6]],
    ['12/5WG、研修グループ打ち合わせ', [12]],
    ['１１／２９　マルシェ', [11]],
    ['9/30〜10/1 合同研修', [9, 10]],
    ['6/14・7/12 WG', [6, 7]],
    ['10月20日 第3回WG', [10]],
    ['2022/11/29 研修', [11]],
    ['2022-11-29', [11]],
    ['⑥11/15 ML追加', [11]],
    ['①1/24 第4回WG', [1]],
    ['・5/20 打ち合わせ', [5]],
  ])('reads 「%s」 as months %j', (text, months) => {
    expect(parseLeadingDateMonths(text)).toEqual(months);
  });

  it.each(['R5.1.30 に報告書提出', '研修会（11/29実施）', '13/5 は月ではない', '11/45 日ではない', '1/100 の割合', '', '第1回WG'])('finds no leading date in 「%s」', (text) => {
    expect(parseLeadingDateMonths(text)).toEqual([]);
  });
});
