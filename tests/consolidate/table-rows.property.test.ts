import fc from 'fast-check';
import { cellColumnsOf } from '../../src/domain/cell-columns';
import { DASHBOARD_LABELS } from '../../src/consolidate/dashboard-labels';
import type { Dashboard } from '../../src/consolidate/dashboard';
import { table, type CellValue, type ColumnDecl, type RenderContext } from '../../src/consolidate/dashboard-table';
import { renderTableSheet, renderTableSheetLazily, rowsOf, type ColumnKind, type TableBlock, type TableRows } from '../../src/consolidate/table-sheet';

const SEED = 20230417;
const KINDS: ColumnKind[] = ['text', 'wrap', 'center', 'rate', 'count', 'change'];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -50, max: 150 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '相談支援の体制づくりについて検討した\n次回は事業所へ聞き取りを行う', '①・④', 'ヘルパー不足'),
);

/** A block with 1–5 columns and 0–8 rows of values as arrays, each row one value per column. */
const block: fc.Arbitrary<TableBlock> = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    caption: fc.string({ maxLength: 8 }),
    tableName: fc.constantFrom('BukaiA', 'BukaiB', 'BukaiThemeTexts'),
    columns: fc.array(fc.record({ header: fc.string({ maxLength: 12 }), width: fc.integer({ min: 4, max: 70 }), kind: fc.constantFrom(...KINDS) }), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(value, { minLength: width, maxLength: width }), { maxLength: 8 }),
    footer: fc.option(fc.array(value, { minLength: width, maxLength: width }), { nil: undefined }),
  }).map(({ footer, ...b }) => (footer ? { ...b, footer } : b)),
);

/** The same block with its rows made one at a time into the layout's scratch array. */
function madeOneAtATime(b: TableBlock): TableBlock {
  const rows = rowsOf(b);
  const made: TableRows = { length: rows.length, fill: (i, into) => rows[i]?.forEach((v, c) => (into[c] = v)) };
  return { ...b, rows: made };
}

describe('table rows made one at a time', () => {
  it('lay out the same sheet as the same rows given as arrays: cells, row heights, tables and formats', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 3 }), fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), (blocks, titleTable) => {
        const arrays = renderTableSheet('集約_テスト', '題', '副題', blocks, titleTable);
        expect(renderTableSheet('集約_テスト', '題', '副題', blocks.map(madeOneAtATime), titleTable)).toEqual(arrays);
        const lazy = renderTableSheetLazily('集約_テスト', '題', '副題', () => blocks.map(madeOneAtATime), titleTable);
        expect({ ...lazy }).toEqual(arrays);
        const columns = cellColumnsOf(lazy);
        expect(columns?.values).toEqual(arrays.cells.map((c) => c.value));
        expect(Array.from(columns?.rows ?? [])).toEqual(arrays.cells.map((c) => c.row));
        expect(Array.from(columns?.cols ?? [])).toEqual(arrays.cells.map((c) => c.col));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('from a table declaration are each row through every column accessor, in order', () => {
    const context: RenderContext = { locale: 'ja', labels: DASHBOARD_LABELS.ja, threshold: 60 };
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), fc.integer({ min: 1, max: 3 }), (records, width) => {
        const columns: Array<ColumnDecl<CellValue[]>> = Array.from({ length: width }, (_, c) => ({ header: { ja: `列${c}`, en: `C${c}` }, width: 10, kind: 'text', value: (r) => r[c] ?? null }));
        const t = table<CellValue[]>({ tableName: 'BukaiProp', caption: () => '表', rows: () => records, columns });
        const rendered = t.render({} as Dashboard, context);
        expect(rendered.rows).toHaveLength(records.length);
        expect(rowsOf(rendered)).toEqual(records.map((r) => r.slice(0, width)));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
