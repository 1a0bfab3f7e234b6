/** The charts of 集約_達成率 on the FY2022 fixtures: their data block, what each series reads, where they stand. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SheetSpec } from '../../src/domain/sheet-spec';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles } from '../../src/jobs/consolidate-files';
import { fixturePaths } from '../helpers/fixture-workbooks';

const FILES = fixturePaths().map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));

describe('the rate charts of 集約_達成率', () => {
  let rates: SheetSpec;
  const value = (row: number, col: number) => rates.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
  beforeAll(async () => {
    const result = await consolidateFiles(FILES, { roster: null, asOf: '2023-04-30', threshold: 70, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' }, readXlsx);
    rates = result.specs.find((s) => s.name === '集約_達成率')!;
  });

  it('lays out the chart data as the axis levels: committee and WG where their group starts, the plans on every row', () => {
    const data = rates.tables.find((t) => t.name === 'BukaiChartRates')!;
    const rows = Array.from({ length: data.range.bottom - data.range.top }, (_, i) => [0, 1, 2, 5, 6].map((col) => value(data.range.top + 1 + i, col)));
    expect(rows).toEqual([
      ['くらし部会', 'ヘルパー人材育成WG', '①', 80, 70],
      [null, null, '②', 80, 70],
      [null, '精神障がい地域包括ケアシステムWG', '—', 90, 70],
      ['就労部会', '雇用啓発WG', '①', 90, 70],
      [null, null, '②', 70, 70],
      [null, null, '③', 90, 70],
      [null, '事業所連絡会WG', '①④⑤', 80, 70],
      [null, null, '②③', 20, 70],
      [null, null, '⑥⑦', 60, 70],
      ['相談部会', '—', '①', null, 70],
    ]);
  });

  it('draws the plan chart over that block and the committee chart over the roll-up, each with the threshold from cells', () => {
    const data = rates.tables.find((t) => t.name === 'BukaiChartRates')!.range;
    const rollup = rates.tables.find((t) => t.name === 'BukaiCommittees')!.range;
    const [plans, committees] = rates.charts ?? [];
    expect(plans?.categories.range).toEqual({ top: data.top + 1, left: 0, bottom: data.bottom, right: 2 });
    expect(plans?.series.map((s) => [s.name, s.values.range.left])).toEqual([
      ['上半期', 3],
      ['下半期', 4],
      ['年度', 5],
    ]);
    expect([plans?.threshold?.label, plans?.threshold?.values.range.left]).toEqual(['基準 70%', 6]);
    expect(committees?.categories.range).toEqual({ top: rollup.top + 1, left: 0, bottom: rollup.bottom, right: 0 });
    // The roll-up's 基準 column (H) holds the threshold the line reads.
    expect([committees?.threshold?.values.range.left, value(rollup.top, 7), value(rollup.top + 1, 7)]).toEqual([7, '基準', 70]);
  });

  it('puts the charts side by side below every table, on a printed page of their own', () => {
    const below = Math.max(...rates.tables.map((t) => t.range.bottom));
    const [plans, committees] = rates.charts ?? [];
    expect(plans?.anchor.top).toBe(below + 3);
    expect(committees?.anchor.top).toBe(below + 3);
    expect((plans?.anchor.right ?? 0) < (committees?.anchor.left ?? 0)).toBe(true);
    expect(rates.pageBreaks).toEqual([below + 2]);
  });
});
