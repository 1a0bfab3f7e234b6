/**
 * Round trip: the standard sheet, filled with the real FY2022 content through the xlsx host, read back
 * by the reader gives the same model — every month in its rows, months with several entries included.
 */
import type { SheetSpec } from '../../src/domain/sheet-spec';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { renderStatusSheet } from '../../src/template/render-status-sheet';
import { RATE_NAMES, templateLayout } from '../../src/domain/template-layout';
import { seedGrids } from '../helpers/seed-grids';
import { formatOutcome } from '../../src/messages/format-outcome';
import { addSheets } from '../../src/jobs/sheet-placement';

function read(grid: Parameters<typeof readStatusSheet>[0]): StatusSheet {
  const outcome = readStatusSheet(grid);
  if (outcome.kind !== 'status-sheet') throw new Error(formatOutcome(outcome.skip));
  return outcome.sheet;
}

/** Types a value into a cell of the spec, as a user would. */
function type(spec: SheetSpec, row: number, col: number, value: string | number): void {
  const existing = spec.cells.find((c) => c.row === row && c.col === col);
  if (existing) existing.value = value;
  else spec.cells.push({ row, col, value });
}

function fillFrom(source: StatusSheet): { spec: SheetSpec; rowsPerMonth: number } {
  const rowsPerMonth = Math.max(3, ...source.months.map((m) => m.entries.length));
  const spec = renderStatusSheet({
    fiscalYear: source.fiscalYear?.value ?? 2022,
    committee: source.committee?.value ?? '',
    workingGroup: source.workingGroup?.value ?? null,
    plans: source.planNumbers,
    rowsPerMonth,
    createdAt: '2022-04-01T00:00:00.000Z',
  });
  const layout = templateLayout(Math.max(1, source.planNumbers.length), rowsPerMonth);
  if (source.philosophy) type(spec, layout.philosophy.input.row, layout.philosophy.input.col, source.philosophy.value);
  if (source.goal) type(spec, layout.goal.input.row, layout.goal.input.col, source.goal.value);
  source.plans.forEach((plan, i) => {
    const slot = layout.plans[Math.max(0, source.planNumbers.indexOf(plan.number ?? '')) || Math.min(i, layout.plans.length - 1)];
    if (slot) type(spec, slot.input.row, slot.input.col, plan.text.value);
  });
  for (const block of source.months) {
    const rows = layout.months.find((m) => m.month === block.month);
    block.entries.forEach((e, i) => {
      const row = (rows?.firstRow ?? 0) + i;
      if (e.do) type(spec, row, 2, e.do.value);
      if (e.check) type(spec, row, 3, e.check.value);
      if (e.action) type(spec, row, 4, e.action.value);
    });
  }
  for (const kind of ['firstHalf', 'secondHalf', 'annual'] as const) {
    const summary = source.summaries[kind];
    const slot = layout.summaries[kind];
    if (summary?.rate?.value != null) type(spec, slot.rate.row, slot.rate.col, summary.rate.value / 100);
    if (summary?.comment) type(spec, slot.comment.row, slot.comment.col, summary.comment.value);
  }
  return { spec, rowsPerMonth };
}

const monthTexts = (s: StatusSheet) => s.months.map((m) => [m.month, m.entries.map((e) => [e.do?.value ?? null, e.check?.value ?? null, e.action?.value ?? null])]);
const rates = (s: StatusSheet) => [s.summaries.firstHalf, s.summaries.secondHalf, s.summaries.annual].map((x) => x?.rate?.value ?? null);

describe('template → filled with the FY2022 content → read back', () => {
  const sources = seedGrids().map(read);

  it.each(sources.map((s, i) => [i, s.sheetName, s] as const))('gives sheet %i (%s) back unchanged', async (_i, _name, source) => {
    const { spec } = fillFrom(source);
    const host = await XlsxWorkbookHost.create();
    const [name] = await addSheets(host, [spec]);
    const bytes = await host.toBytes();
    const result = readXlsx(bytes);
    if (!result.ok) throw new Error(result.failure.message);
    const back = read(result.workbook.sheets.find((g) => g.name === name)!);

    expect(back.origin).toBe('template');
    expect(back.committee?.value).toBe(source.committee?.value);
    expect(back.workingGroup?.value ?? null).toBe(source.workingGroup?.value ?? null);
    expect(back.fiscalYear?.value).toBe(2022);
    expect(back.planNumbers).toEqual(source.planNumbers);
    expect(back.philosophy?.value).toBe(source.philosophy?.value);
    expect(monthTexts(back)).toEqual(monthTexts(source));
    expect(rates(back)).toEqual(rates(source));
    expect(back.summaries.secondHalf?.comment?.value).toBe(source.summaries.secondHalf?.comment?.value);
    // The model carries where each rate is typed: the cells the workbook's own rate names point at.
    const named = (n: string): string | undefined => result.workbook.names?.find((x) => x.name === n && x.sheet === name)?.ref.replace(/^.*!/, '').replace(/\$/g, '');
    expect(back.rateInputs).toEqual({ firstHalf: named(RATE_NAMES.firstHalf), secondHalf: named(RATE_NAMES.secondHalf), annual: named(RATE_NAMES.annual) });
  });

  it('puts each month’s rows under its own label', async () => {
    const source = sources[7]!;
    const { spec, rowsPerMonth } = fillFrom(source);
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [spec]);
    const result = readXlsx(await host.toBytes());
    if (!result.ok) throw new Error(result.failure.message);
    const back = read(result.workbook.sheets[0]!);
    const layout = templateLayout(3, rowsPerMonth);
    for (const block of back.months) {
      const rows = layout.months.find((m) => m.month === block.month)!;
      for (const e of block.entries) expect(e.row - rows.firstRow).toBeLessThan(rows.rowCount);
    }
    expect(back.months.find((m) => m.month === 11)?.entries).toHaveLength(3);
  });
});
