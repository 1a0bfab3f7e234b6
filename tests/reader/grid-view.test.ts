import { toA1 } from '../../src/domain/cell-ref';
import { addressOf, GridView } from '../../src/reader/grid-view';
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

describe('a cell address of the reader', () => {
  it('is the A1 address of its position, inside the area whose addresses are made once and outside it', () => {
    const positions: Array<[number, number]> = [[0, 0], [14, 3], [2_047, 63], [2_048, 0], [0, 64], [70_000, 700]];
    for (const [row, col] of positions) expect(addressOf(row, col)).toBe(toA1(row, col));
    expect(addressOf(14, 3)).toBe('D15');
    expect(addressOf(1_048_575, 16_383)).toBe('XFD1048576');
  });
});
