import { entryList } from '../../src/consolidate/entry-list';
import { sheetWith } from '../helpers/status-sheet-builder';

describe('the entries of the consolidated sheets', () => {
  const sheets = [
    { file: 'a.xlsx', sheet: sheetWith({ months: { 4: [{ do: '↓', check: '⑦ガイドブック作業', tags: ['⑦'] }], 6: [{ do: '6/14 第1回WG', action: '次回も継続' }] } }) },
    { file: 'b.xlsx', sheet: sheetWith({ workingGroup: '事業所連絡会WG', months: { 3: [{ check: '年度末の振り返り', tags: ['①', '④'] }] } }) },
    { file: 'c.xlsx', sheet: sheetWith({ months: {} }) },
  ];

  it('are every text of every sheet in sheet, month and row order, DO before CHECK before ACTION, each with its plan tags and cell', () => {
    expect(entryList(sheets)()).toEqual([
      { file: 'a.xlsx', sheet: '①', month: 4, kind: 'do', plan: '⑦', text: '↓', cell: 'C9' },
      { file: 'a.xlsx', sheet: '①', month: 4, kind: 'check', plan: '⑦', text: '⑦ガイドブック作業', cell: 'D9' },
      { file: 'a.xlsx', sheet: '①', month: 6, kind: 'do', plan: null, text: '6/14 第1回WG', cell: 'C15' },
      { file: 'a.xlsx', sheet: '①', month: 6, kind: 'action', plan: null, text: '次回も継続', cell: expect.any(String) },
      { file: 'b.xlsx', sheet: '①', month: 3, kind: 'check', plan: '①・④', text: '年度末の振り返り', cell: expect.any(String) },
    ]);
  });

  it('are new objects at each read, alike each time', () => {
    const read = entryList(sheets);
    const first = read();
    expect(read()).toEqual(first);
    expect(read()[0]).not.toBe(first[0]);
  });
});
