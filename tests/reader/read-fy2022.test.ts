import type { Grid } from '../../src/domain/grid';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { FY2022_FACTS } from '../helpers/fy2022-facts';
import { fixtureGrids } from '../helpers/fixture-workbooks';
import { seedGrids } from '../helpers/seed-grids';
import { formatOutcome } from '../../src/messages/format-outcome';

function read(grid: Grid): StatusSheet {
  const outcome = readStatusSheet(grid);
  if (outcome.kind !== 'status-sheet') throw new Error(`${grid.name}: ${formatOutcome(outcome.skip)}`);
  return outcome.sheet;
}

const activeMonths = (s: StatusSheet): number[] => s.months.filter((m) => m.entries.some((e) => e.do && e.do.value.trim() !== '')).map((m) => m.month);
const rates = (s: StatusSheet): Array<number | null> => [s.summaries.firstHalf, s.summaries.secondHalf, s.summaries.annual].map((x) => x?.rate?.value ?? null);

describe.each([
  ['the seed export (shifted rows and all)', seedGrids],
  ['the FY2022 fixture workbooks', fixtureGrids],
])('reading %s', (_source, load) => {
  const sheets = load().map(read);

  it('finds the ten status sheets', () => {
    expect(sheets).toHaveLength(10);
  });

  it('reads every sheet without a doubt or a note', () => {
    expect(sheets.map((s) => s.readingNotes)).toEqual(sheets.map(() => []));
  });

  it.each(FY2022_FACTS.map((fact, i) => [i, fact] as const))('reproduces sheet %i of the facts table', (i, fact) => {
    const sheet = sheets[i] as StatusSheet;
    expect(sheet.committee?.value).toBe(fact.committee);
    expect(sheet.committeeCanonical).toBe(fact.committeeCanonical);
    expect(sheet.workingGroup?.value ?? null).toBe(fact.workingGroup);
    expect(sheet.fiscalYear?.value).toBe(2022);
    expect(sheet.planNumbers).toEqual(fact.plans);
    expect(rates(sheet)).toEqual(fact.rates);
    expect(activeMonths(sheet)).toEqual(fact.activeMonths);
  });

  it('keeps the three meetings under 11月 and the three rows under 12月 of the ①・④・⑤ sheet', () => {
    const sheet = sheets[7] as StatusSheet;
    const month = (m: number) => sheet.months.find((b) => b.month === m);
    expect(month(11)?.entries.map((e) => e.do?.value.slice(0, 5))).toEqual(['11/4W', '11/15', '11/18']);
    expect(month(12)?.entries.map((e) => e.do?.value.slice(0, 5))).toEqual(['11/29', '12/5W', '12/7 ']);
  });

  it('splits the 精神障がい WG plan into its four quarters', () => {
    const sheet = sheets[3] as StatusSheet;
    expect(sheet.plans.map((p) => p.quarter)).toEqual([1, 2, 3, 4]);
    expect(sheet.plans[0]?.text.value).toContain('WG長・副部長の選任');
  });

  it('splits plan text that shares a cell with its numbers into one item per number', () => {
    const sheet = sheets[7] as StatusSheet;
    expect(sheet.plans.map((p) => [p.number, p.text.value])).toEqual([
      ['①', '目に見えるネットワーク構築のための組織づくり'],
      ['④', 'マルシェの開催'],
      ['⑤', '研修会の開催'],
    ]);
  });

  it('tags entries with the plan numbers they start with', () => {
    const sheet = sheets[9] as StatusSheet;
    const tags = sheet.months.flatMap((m) => m.entries.map((e) => [m.month, e.planTags]));
    expect(tags).toEqual([[4, ['⑦']], [7, ['⑥']], [11, ['⑥']], [1, ['⑥', '⑦']], [2, ['⑦']]]);
  });

  it('counts a lone 「↓」 as a DO text', () => {
    const april = (sheets[9] as StatusSheet).months[0];
    expect(april?.entries[0]?.do?.value).toBe('↓');
  });

  it('keeps the cell of every rate it took', () => {
    const first = (sheets[0] as StatusSheet).summaries.firstHalf;
    expect(first?.rate?.cell).toMatch(/^[A-E]\d+$/);
    expect(first?.comment?.value).toContain('Ayamuシステム');
  });
});

describe('reading the rate on the line below 達成率', () => {
  it('takes the rate from the next row and the comment beside the label', () => {
    const sheet = read(seedGrids()[9] as Grid);
    expect(sheet.summaries.secondHalf?.rate).toMatchObject({ value: 60, raw: '60%' });
    expect(sheet.summaries.secondHalf?.comment?.value).toContain('ガイドブック');
  });
});

describe('rates as the clerks typed them in the fixture workbooks', () => {
  const sheets = fixtureGrids();

  it('keeps a rate typed as a number in a 0% format and one typed as text apart in the grid, and reads both', () => {
    const soudan = sheets[0] as Grid;
    const renraku = sheets[8] as Grid;
    const firstHalf = read(soudan).summaries.firstHalf?.rate;
    expect(firstHalf).toMatchObject({ value: 100, raw: '100%' });
    const soudanCell = firstHalf?.cell ? soudan.rows[Number(firstHalf.cell.slice(1)) - 1]?.[firstHalf.cell.charCodeAt(0) - 65] : null;
    expect(soudanCell).toEqual({ kind: 'number', value: 1, percent: true });
    const text = read(renraku).summaries.firstHalf?.rate;
    expect(text).toMatchObject({ value: 20, raw: '20%', cell: 'C14' });
  });

  it('merges the month label down over the 11月 rows of the ①・④・⑤ sheet', () => {
    const g = sheets[7] as Grid;
    const label = read(g).months.find((m) => m.month === 11)?.label;
    expect(label).toBe('B16');
    expect(g.merges).toContainEqual({ top: 15, left: 1, bottom: 17, right: 1 });
  });
});
