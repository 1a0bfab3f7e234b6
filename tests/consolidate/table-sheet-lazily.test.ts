import { cellColumnsOf } from '../../src/domain/cell-columns';
import { renderTableSheet, renderTableSheetLazily, type TableBlock } from '../../src/consolidate/table-sheet';
import { writeWorkbook } from '../../src/hosts/xlsx/write-workbook';

const blocks = (): TableBlock[] => [
  {
    caption: '提出状況',
    tableName: 'BukaiTest',
    columns: [
      { header: '部会', width: 12, kind: 'text' },
      { header: '内容', width: 10, kind: 'wrap' },
      { header: '', width: 8, kind: 'rate' },
    ],
    rows: [
      ['相談支援部会', '長い文章が折り返されて三行以上になるはずの内容です', 80],
      ['就労部会', null, 40],
    ],
    footer: ['計', null, 60],
  },
];

describe('renderTableSheetLazily', () => {
  it('describes the same sheet as the eager layout, cells included, and lays its cells out anew at each read', () => {
    const eager = renderTableSheet('集約_テスト', '題', '副題', blocks(), 0);
    let renders = 0;
    const lazy = renderTableSheetLazily('集約_テスト', '題', '副題', () => (renders++, blocks()), 0);
    expect({ ...lazy }).toEqual(eager);
    const first = lazy.cells;
    expect(lazy.cells).not.toBe(first);
    expect(renders).toBe(4);
  });

  it('offers the same cells as columns, in the same order', () => {
    const lazy = renderTableSheetLazily('集約_テスト', '題', '副題', blocks);
    const columns = cellColumnsOf(lazy);
    expect(columns).not.toBeNull();
    const cells = lazy.cells;
    expect(Array.from(columns?.rows ?? [])).toEqual(cells.map((c) => c.row));
    expect(Array.from(columns?.cols ?? [])).toEqual(cells.map((c) => c.col));
    expect(columns?.values).toEqual(cells.map((c) => c.value));
    expect(Array.from(columns?.styles ?? [], (s) => columns?.styleNames[s])).toEqual(cells.map((c) => c.style));
    expect(cellColumnsOf({ ...lazy })).toBeNull();
  });

  it('is written to the same bytes as a plain copy of it (the empty header gets its placed name either way)', async () => {
    const lazy = renderTableSheetLazily('集約_テスト', '題', '副題', blocks);
    const plain = { ...lazy };
    expect(Buffer.from(await writeWorkbook([lazy])).equals(Buffer.from(await writeWorkbook([plain])))).toBe(true);
  });
});
