/**
 * Property tests of the reader alone: random grids (labels, numbers, merges, stamps) and random
 * mutations of the FY2022 sheets never make it throw, always give the twelve months in order and cells
 * that are real A1 addresses, and return within bounded work.
 */
import fc from 'fast-check';
import type { CellRange } from '../../src/domain/cell-ref';
import type { Grid, GridCell } from '../../src/domain/grid';
import { encodeStamp, STAMP_NAME } from '../../src/domain/stamp';
import { StatusSheetSchema } from '../../src/domain/status-sheet';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { readSeedSheets, SEED_SHEET_NAMES } from '../helpers/seed-grids';
import { mutateRows, seedEdits } from '../helpers/seed-mutations';
import { formatOutcome } from '../../src/messages/format-outcome';

const SEED = 20230331;
const RUNS = 200;
const LABELS = [
  '4月', '１２月', '3 月', '第1 四半期', '第3 四半 期', '上半期 総評', '総年評度', '総 年度 評 定', '下半 期 総 評', '上半期\n総評',
  '達成率', '達成率 50%', '100%', '８０％', '約半分', '実行実績(DO)', '実行実績（DO）', '評価 (CHECK)', '改善(ACTION)',
  '取り組み計画 (PLAN)', '①・④・⑤ ①目に見える ④マルシェ', '⑥⑦MLにて', '【第1期四半期計画】・選任', '↓', '活動理念', '活動目標',
  '就労部会 【 事業所連絡会WG 】', '暮らし部会 【WG】', '令和4年度 部会WG状況把握表', '総評（コメント）',
  encodeStamp({ schemaVersion: 1, committee: '就労部会', workingGroup: null, plans: ['①'], fiscalYear: 2022, rowsPerMonth: 1 }),
  '#部会状況把握表:{"schemaVersion":1', '#部会状況把握表:{"schemaVersion":1,"committee":"x","workingGroup":null,"plans":[],"fiscalYear":2022,"rowsPerMonth":9999}',
];

const cellArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...LABELS).map((text): GridCell => ({ kind: 'text', text })) },
  { weight: 2, arbitrary: fc.string({ maxLength: 16 }).map((text): GridCell => ({ kind: 'text', text })) },
  { weight: 1, arbitrary: fc.record({ value: fc.double({ min: -5, max: 500, noNaN: true }), percent: fc.boolean() }).map((n): GridCell => ({ kind: 'number', ...n })) },
  { weight: 1, arbitrary: fc.constantFrom<GridCell>({ kind: 'error', code: '#REF!' }, { kind: 'date', iso: '2022-11-29' }, { kind: 'boolean', value: true }) },
);

const mergeArb: fc.Arbitrary<CellRange> = fc
  .tuple(fc.nat({ max: 60 }), fc.nat({ max: 8 }), fc.nat({ max: 12 }), fc.nat({ max: 3 }))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const gridArb: fc.Arbitrary<Grid> = fc.record({
  name: fc.constantFrom('R4', '①', 'メモ'),
  rows: fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 70 }),
  merges: fc.array(mergeArb, { maxLength: 12 }),
});

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

/** Reads and checks the invariants every outcome must hold. */
function readAndCheck(grid: Grid, names?: Parameters<typeof readStatusSheet>[1]): void {
  const outcome = readStatusSheet(grid, names);
  if (outcome.kind === 'not-status-sheet') {
    expect(formatOutcome(outcome.skip)).toMatch(/[ぁ-んァ-ン一-龥]/);
    return;
  }
  // The model is the contract every later step relies on: it must satisfy its own schema.
  expect(StatusSheetSchema.safeParse(outcome.sheet).success).toBe(true);
  expect(outcome.sheet.months.map((m) => m.month)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
  for (const e of outcome.sheet.months.flatMap((m) => m.entries)) {
    for (const t of [e.do, e.check, e.action]) if (t) expect(t.cell).toMatch(A1);
  }
}

describe('the reader on random input', () => {
  it('never throws on random grids of labels, numbers, merges and stamps, and each read stays fast', () => {
    fc.assert(
      fc.property(gridArb, fc.boolean(), (grid, named) => {
        const started = performance.now();
        readAndCheck(grid, named ? { names: [{ name: STAMP_NAME, ref: `'${grid.name}'!$A$1`, sheet: grid.name }] } : undefined);
        expect(performance.now() - started).toBeLessThan(250);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never throws on mutations of the FY2022 sheets (rows deleted, cells blanked, rows shifted left, brackets swapped)', () => {
    const sheets = readSeedSheets();
    fc.assert(
      fc.property(fc.nat({ max: sheets.length - 1 }), seedEdits(10), (index, edits) => {
        const rows = mutateRows(sheets[index] ?? [], edits);
        const grid: Grid = { name: SEED_SHEET_NAMES[index] ?? 'S', rows: rows.map((r) => r.map((t): GridCell | null => (t === '' ? null : { kind: 'text', text: t }))), merges: [] };
        readAndCheck(grid);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads a sheet at the host limits (10,000 rows, thousands of merges) in bounded time', () => {
    const rows: Array<Array<GridCell | null>> = [[{ kind: 'text', text: '実行実績(DO)' }]];
    for (let r = 1; r < 10_000; r++) rows.push([null, { kind: 'text', text: `${(r % 12) + 1}月` }, { kind: 'text', text: `行${r}` }, { kind: 'text', text: '上半期 総評' }]);
    const merges: CellRange[] = Array.from({ length: 6000 }, (_, i) => ({ top: i, left: 5, bottom: i + 5000, right: 6 }));
    const started = performance.now();
    readAndCheck({ name: 'big', rows, merges });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
