import { cellBlocksOf, cellColumnsOf, hasValueAt } from '../../src/domain/cell-columns';
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

describe('a lazily laid-out sheet larger than one block of cells', () => {
  // Three tables of 3,000 rows × 4 columns: ~36,000 cells, the last table's empty header in a later block.
  const big = (): TableBlock[] =>
    ['BukaiOne', 'BukaiTwo', 'BukaiThree'].map((tableName, t) => ({
      caption: `表${t + 1}`,
      tableName,
      columns: [
        { header: '部会', width: 12, kind: 'text' as const },
        { header: '内容', width: 10, kind: 'wrap' as const },
        { header: t === 2 ? '' : '率', width: 8, kind: 'rate' as const },
        { header: '月', width: 6, kind: 'center' as const },
      ],
      rows: { length: 3000, fill: (i: number, into: Array<string | number | null>) => ((into[0] = `部会${i % 7}`), (into[1] = i % 5 === 0 ? '長い文章が折り返されて二行以上になる内容' : null), (into[2] = i % 101), (into[3] = (i % 12) + 1)) },
    }));

  it('hands its cells over in blocks that together are its cells, in order', () => {
    const lazy = renderTableSheetLazily('集約_テスト', '題', '副題', big);
    const offered = cellBlocksOf(lazy);
    const blocks = [...(offered?.blocks() ?? [])];
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks) expect(b.rows.length).toBeLessThanOrEqual(8_192 + 3 + 8);
    const cells = lazy.cells;
    expect(offered?.count).toBe(cells.length);
    expect(blocks.flatMap((b) => Array.from(b.rows))).toEqual(cells.map((c) => c.row));
    expect(blocks.flatMap((b) => b.values)).toEqual(cells.map((c) => c.value));
    expect(offered?.extent).toEqual({ top: 0, left: 0, bottom: cells[cells.length - 1]?.row, right: 3 });
    expect(offered?.headerCells.map((c) => c.value)).toEqual(cells.filter((c) => c.style === 'header').map((c) => c.value));
  });

  it('is written to the same bytes as a plain copy of it, the empty header of its last table named in its block', async () => {
    const lazy = renderTableSheetLazily('集約_テスト', '題', '副題', big);
    const plain = { ...lazy };
    expect(cellBlocksOf(plain)).toBeNull();
    expect(Buffer.from(await writeWorkbook([lazy])).equals(Buffer.from(await writeWorkbook([plain])))).toBe(true);
  });
});

describe('whether a cell holds a value', () => {
  it('is read from the blocks of a lazily laid-out sheet as from the cells of its plain copy', () => {
    const lazy = renderTableSheetLazily('集約_テスト', '題', '副題', blocks);
    const plain = { ...lazy };
    for (let row = 0; row < 9; row++) for (let col = 0; col < 4; col++) expect([row, col, hasValueAt(lazy, row, col)]).toEqual([row, col, hasValueAt(plain, row, col)]);
    // 内容 of 就労部会 is null, the 率 header '' (the writer names it), 相談支援部会 a text.
    expect([hasValueAt(lazy, 5, 1), hasValueAt(lazy, 3, 2), hasValueAt(lazy, 4, 0)]).toEqual([false, false, true]);
  });
});
