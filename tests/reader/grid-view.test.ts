import { GridView } from '../../src/reader/grid-view';
import { grid } from './grid-helpers';

describe('GridView', () => {
  it('reads the non-master cells of a merged area as empty, even when a host repeated the value', () => {
    const view = new GridView(grid([['', '11月'], ['', '11月'], ['', '11月']], ['B1:B3']));
    expect(view.text(0, 1)).toBe('11月');
    expect(view.text(1, 1)).toBe('');
    expect(view.cells(2)).toEqual([]);
  });

  it('resolves a position inside a merged area to its master', () => {
    const view = new GridView(grid([['第1 四半期']], ['A1:A9']));
    expect(view.masterOf(5, 0)).toEqual({ row: 0, col: 0 });
    expect(view.masterOf(5, 1)).toEqual({ row: 5, col: 1 });
    expect(view.mergeAt(0, 0)).toEqual({ top: 0, left: 0, bottom: 8, right: 0 });
  });

  it('trims texts and turns Windows line breaks into \\n', () => {
    const view = new GridView(grid([['  ・部会長の選任\r\n・計画案  ']]));
    expect(view.text(0, 0)).toBe('・部会長の選任\n・計画案');
  });

  it('shows numbers in a percent format as the percent', () => {
    const view = new GridView(grid([[{ pct: 0.3 }]]));
    expect(view.text(0, 0)).toBe('30%');
  });
});
