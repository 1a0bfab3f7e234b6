import fc from 'fast-check';
import { FISCAL_MONTHS } from '../../src/domain/fiscal-calendar';
import { layoutForStamp, rateInputsOf, templateLayout, TEMPLATE_COLUMNS, type MonthLayout } from '../../src/domain/template-layout';

/** The zero-based rows of a month, in order. */
const rowsOfMonth = (month: MonthLayout): number[] => Array.from({ length: month.rowCount }, (_, i) => month.firstRow + i);

describe('templateLayout', () => {
  it('puts the header row right after k plan rows', () => {
    const layout = templateLayout(3);
    expect(layout.plans.map((p) => p.input.row)).toEqual([5, 6, 7]);
    expect(layout.headerRow).toBe(8);
  });

  it('keeps one plan row when the sheet has no plan numbers', () => {
    const layout = templateLayout(0);
    expect(layout.plans).toHaveLength(1);
    expect(layout.headerRow).toBe(6);
  });

  it('lands every month in its own rows, 4月 first, rowsPerMonth rows each', () => {
    const layout = templateLayout(1, 3);
    expect(layout.months.map((m) => m.month)).toEqual([...FISCAL_MONTHS]);
    expect(layout.months[0]).toMatchObject({ month: 4, firstRow: 7, rowCount: 3, quarter: 1 });
    expect(rowsOfMonth(layout.months[1]!)).toEqual([10, 11, 12]);
    expect(layout.months.find((m) => rowsOfMonth(m).includes(12))?.month).toBe(5);
  });

  it('names the cells where the three rates are typed', () => {
    const layout = templateLayout(1, 3);
    expect(rateInputsOf(layout)).toEqual({ firstHalf: 'C27', secondHalf: 'C47', annual: 'C49' });
  });

  it('respects rowsPerMonth', () => {
    const layout = templateLayout(1, 1);
    expect(layout.months.map((m) => m.rowCount)).toEqual(Array(12).fill(1));
    expect(layout.months[11]).toMatchObject({ month: 3 });
  });

  it('places 上半期 after 9月 and 下半期 then 年度 after 3月', () => {
    const layout = templateLayout(2, 3);
    const sep = layout.months.find((m) => m.month === 9)!;
    const oct = layout.months.find((m) => m.month === 10)!;
    const mar = layout.months.find((m) => m.month === 3)!;
    expect(layout.summaries.firstHalf.firstRow).toBe(sep.firstRow + 3);
    expect(oct.firstRow).toBe(layout.summaries.firstHalf.firstRow + 2);
    expect(layout.summaries.secondHalf.firstRow).toBe(mar.firstRow + 3);
    expect(layout.summaries.annual.firstRow).toBe(layout.summaries.secondHalf.firstRow + 2);
    expect(layout.lastRow).toBe(layout.summaries.annual.firstRow + 1);
  });

  it('puts the rate under its 達成率 label in C and the comment under its label in D', () => {
    const s = templateLayout(1).summaries.annual;
    expect(s.rateLabel).toEqual({ row: s.firstRow, col: TEMPLATE_COLUMNS.do });
    expect(s.rate).toEqual({ row: s.firstRow + 1, col: TEMPLATE_COLUMNS.do });
    expect(s.comment).toEqual({ row: s.firstRow + 1, col: TEMPLATE_COLUMNS.check });
  });

  it('spans each quarter over its three months', () => {
    const layout = templateLayout(1, 2);
    const q2 = layout.quarters[1]!;
    expect(q2).toEqual({ quarter: 2, firstRow: layout.months[3]!.firstRow, lastRow: layout.months[5]!.firstRow + 1 });
  });

  it('rebuilds the layout a stamp was written with', () => {
    expect(layoutForStamp({ plans: ['①', '④'], rowsPerMonth: 2 })).toEqual(templateLayout(2, 2));
    expect(layoutForStamp({ plans: ['①'] }).rowsPerMonth).toBe(3);
  });

  it('never lets two elements share a row, for any plan count and rows per month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 10 }), (plans, perMonth) => {
        const layout = templateLayout(plans, perMonth);
        const rows = [
          layout.title.row,
          layout.yearLine.row,
          layout.philosophy.input.row,
          layout.goal.input.row,
          layout.planLabel.row,
          ...layout.plans.map((p) => p.input.row),
          layout.headerRow,
          ...layout.months.flatMap(rowsOfMonth),
          ...Object.values(layout.summaries).flatMap((s) => [s.firstRow, s.firstRow + 1]),
        ];
        expect(new Set(rows).size).toBe(rows.length);
        // Contiguous from the title to the last row: no gaps in the form.
        expect(Math.max(...rows)).toBe(layout.lastRow);
        expect(rows.length).toBe(layout.lastRow + 1);
      }),
      { seed: 20220401, numRuns: 200 },
    );
  });
});
