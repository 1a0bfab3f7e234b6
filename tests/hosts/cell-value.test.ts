import { toGridCell } from '../../src/hosts/cell-value';

describe('the one raw-cell conversion both hosts use', () => {
  it.each([
    ['0%', 0.8, { kind: 'number', value: 0.8, percent: true }],
    ['[Red]0.0', 0.8, { kind: 'number', value: 0.8 }],
    ['0.00e+00', 12000, { kind: 'number', value: 12000 }],
    ['_ ¥* #,##0_ ;_ ¥* -#,##0_ ;_ ¥* "-"_ ;_ @_ ', 1500, { kind: 'number', value: 1500 }],
    ['[$-F800]dddd, mmmm dd, yyyy', 44894, { kind: 'date', iso: '2022-11-29' }],
    ['General', 44894, { kind: 'number', value: 44894 }],
  ])('reads a number formatted %s', (format, value, cell) => {
    expect(toGridCell({ value, format }, false)).toEqual(cell);
  });

  it('counts from 1904 when the workbook does, and keeps text, booleans and errors', () => {
    expect(toGridCell({ value: 43432, format: 'yyyy/m/d' }, true)).toEqual({ kind: 'date', iso: '2022-11-29' });
    expect(toGridCell({ value: '一行目\r\n二行目', format: '@' }, false)).toEqual({ kind: 'text', text: '一行目\n二行目' });
    expect(toGridCell({ value: true, format: 'General' }, false)).toEqual({ kind: 'boolean', value: true });
    expect(toGridCell({ value: '#N/A', format: 'General', error: true }, false)).toEqual({ kind: 'error', code: '#N/A' });
    expect(toGridCell({ value: '', format: 'General' }, false)).toBeNull();
  });
});
