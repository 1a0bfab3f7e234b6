/**
 * Property tests: random grids and random mutations of the FY2022 sheets never make the reader or the
 * validator throw; every issue points at a real A1 cell or none.
 */
import fc from 'fast-check';
import { gridFromValues, type Grid } from '../../src/domain/grid';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { formatIssue } from '../../src/messages/format-outcome';
import { mutateRows, seedEdits } from '../helpers/seed-mutations';
import { readSeedSheets } from '../helpers/seed-grids';

const SEED = 20220401;
const LABELS = ['4月', '１２月', '第1 四半期', '上半期 総評', '総年評度', '達成率', '達成率 50%', '80%', '８０％', '約半分', '実行実績(DO)', '評価（CHECK）', '改善 (ACTION)', '①・④・⑤ ①目に見える', '取り組み計画(PLAN)', '↓', '11/29、30 開催(予定)', '就労部会 【 事業所連絡会WG 】', '令和4年度', '#部会状況把握表:{"bad":'];
const cellValue = fc.oneof(fc.constantFrom(...LABELS), fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 500 }), fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(''));

function check(grids: readonly Grid[], asOf: string | null): void {
  const report = validateGrids(grids, { asOf });
  for (const issue of report.issues) {
    expect(issue.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(issue.cell)).toBe(true);
    expect(formatIssue(issue)).not.toBe(issue.code);
  }
}

const asOf = fc.option(fc.date({ min: new Date('2021-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

describe('reader and validator on random input', () => {
  it('never throw on random grids of labels, numbers and text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 7 }), { maxLength: 60 }), asOf, (rows, date) => {
        check([gridFromValues('random', rows)], date);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never throw on mutations of the FY2022 sheets (rows deleted, cells blanked, rows shifted, brackets swapped)', () => {
    const sheets = readSeedSheets();
    const mutation = fc.record({ sheet: fc.nat({ max: sheets.length - 1 }), edits: seedEdits(8) });
    fc.assert(
      fc.property(mutation, asOf, ({ sheet, edits }, date) => {
        const rows = mutateRows(sheets[sheet] ?? [], edits);
        check([gridFromValues('mutated', rows)], date);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
