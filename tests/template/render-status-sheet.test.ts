import { toA1, toA1Range } from '../../src/domain/cell-ref';
import { SheetSpecSchema, type SheetSpec } from '../../src/domain/sheet-spec';
import { decodeStamp, STAMP_NAME } from '../../src/domain/stamp';
import { renderStatusSheet, templateTitle } from '../../src/template/render-status-sheet';
import { templateLayout } from '../../src/domain/template-layout';

const request = {
  fiscalYear: 2022,
  committee: '就労部会',
  workingGroup: '事業所連絡会WG',
  plans: ['①', '④', '⑤'],
  createdAt: '2022-04-01T00:00:00.000Z',
};

/** The value written at an A1 address. */
function valueAt(spec: SheetSpec, address: string): string | number | null | undefined {
  return spec.cells.find((c) => toA1(c.row, c.col) === address)?.value;
}

function styleAt(spec: SheetSpec, address: string) {
  const name = spec.cells.find((c) => toA1(c.row, c.col) === address)?.style;
  return name === undefined ? undefined : spec.styles[name];
}

const merges = (spec: SheetSpec) => spec.merges.map(toA1Range);

describe('renderStatusSheet', () => {
  const spec = renderStatusSheet(request);

  it('produces a spec the shared schema accepts', () => {
    expect(SheetSpecSchema.safeParse(spec).success).toBe(true);
  });

  it('writes the title with the working group in brackets and the WG year line', () => {
    expect(valueAt(spec, 'A1')).toBe('就労部会 【事業所連絡会WG】');
    expect(valueAt(spec, 'A2')).toBe('令和4年度 部会WG状況把握表');
    expect(merges(spec)).toEqual(expect.arrayContaining(['A1:E1', 'A2:E2']));
  });

  it('writes 部会状況把握表 and no brackets without a working group', () => {
    const plain = renderStatusSheet({ ...request, committee: '相談部会', workingGroup: null, plans: ['①'] });
    expect(valueAt(plain, 'A1')).toBe('相談部会');
    expect(valueAt(plain, 'A2')).toBe('令和4年度 部会状況把握表');
    expect(templateTitle('相談部会', null)).toBe('相談部会');
  });

  it('labels 活動理念 and 活動目標 with unlocked wrapped inputs beside them', () => {
    expect(valueAt(spec, 'A3')).toBe('活動理念');
    expect(valueAt(spec, 'A4')).toBe('活動目標');
    expect(merges(spec)).toEqual(expect.arrayContaining(['A3:B3', 'C3:E3', 'A4:B4', 'C4:E4']));
    expect(styleAt(spec, 'C3')).toMatchObject({ locked: false, wrap: true });
    expect(styleAt(spec, 'A3')?.locked).not.toBe(false);
  });

  it('writes the plan numbers as written and one row per plan', () => {
    expect(valueAt(spec, 'A5')).toBe('①・④・⑤');
    expect(valueAt(spec, 'C5')).toBe('取り組み計画(PLAN)');
    expect([valueAt(spec, 'A6'), valueAt(spec, 'A7'), valueAt(spec, 'A8')]).toEqual(['①', '④', '⑤']);
    expect(merges(spec)).toEqual(expect.arrayContaining(['A6:B6', 'C6:E6', 'C8:E8']));
  });

  it('writes the header row after the plan rows', () => {
    expect(['A9', 'B9', 'C9', 'D9', 'E9'].map((a) => valueAt(spec, a))).toEqual(['四半期', '月', '実行実績(DO)', '評価(CHECK)', '改善(ACTION)']);
  });

  it('merges each month label over its rows and each quarter label, vertical, over its months', () => {
    expect(valueAt(spec, 'B10')).toBe('4月');
    expect(valueAt(spec, 'A10')).toBe('第1四半期');
    expect(merges(spec)).toEqual(expect.arrayContaining(['B10:B12', 'A10:A18']));
    expect(styleAt(spec, 'A10')?.verticalText).toBe(true);
    // 上半期 follows 9月 (rows 25–27), then 10月 opens 第3四半期.
    expect(valueAt(spec, 'A28')).toBe('上半期\n総評');
    expect(valueAt(spec, 'B30')).toBe('10月');
    expect(valueAt(spec, 'A30')).toBe('第3四半期');
  });

  it('writes the three summary blocks with a percent rate input under 達成率', () => {
    const layout = templateLayout(3);
    for (const [kind, label] of [['firstHalf', '上半期\n総評'], ['secondHalf', '下半期\n総評'], ['annual', '年度\n総評']] as const) {
      const s = layout.summaries[kind];
      expect(valueAt(spec, toA1(s.label.row, s.label.col))).toBe(label);
      expect(valueAt(spec, toA1(s.rateLabel.row, s.rateLabel.col))).toBe('達成率');
      expect(valueAt(spec, toA1(s.commentLabel.row, s.commentLabel.col))).toBe('総評（コメント）');
      expect(styleAt(spec, toA1(s.rate.row, s.rate.col))).toMatchObject({ numberFormat: '0%', locked: false });
    }
    expect(valueAt(spec, 'A50')).toBe('年度\n総評');
  });

  it('validates the three rate cells as 0–1 decimals with a Japanese message', () => {
    const layout = templateLayout(3);
    const rateCells = Object.values(layout.summaries).map((s) => toA1(s.rate.row, s.rate.col));
    expect(spec.validations.map((v) => toA1Range(v.range))).toEqual(rateCells);
    for (const v of spec.validations) {
      expect(v.rule).toEqual({ type: 'decimal', min: 0, max: 1 });
      expect(v.error?.message).toBe('0%〜100%の数値を入力してください');
    }
  });

  it('stamps G1 with a decodable identity stamp in a hidden column', () => {
    const stamp = decodeStamp(String(valueAt(spec, 'G1')));
    expect(stamp).toEqual({
      schemaVersion: 1,
      committee: '就労部会',
      workingGroup: '事業所連絡会WG',
      plans: ['①', '④', '⑤'],
      fiscalYear: 2022,
      rowsPerMonth: 3,
      createdAt: '2022-04-01T00:00:00.000Z',
    });
    expect(spec.columns[6]).toMatchObject({ hidden: true });
  });

  it('names the stamp and the three rates with sheet-scoped names', () => {
    const names = Object.fromEntries(spec.names.map((n) => [n.name, `${n.scope}:${toA1Range(n.range)}`]));
    expect(names).toEqual({ [STAMP_NAME]: 'sheet:G1', RateFirstHalf: 'sheet:C29', RateSecondHalf: 'sheet:C49', RateAnnual: 'sheet:C51' });
  });

  it('freezes below the header row, repeats the header row on every printed page, and protects the sheet', () => {
    expect(spec.freeze).toEqual({ rows: 9, cols: 0 });
    expect(spec.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: 8, to: 8 } });
    expect(spec.protect).toBe(true);
  });

  it('starts a printed page at each later quarter', () => {
    expect(spec.pageBreaks).toEqual([18, 29, 38]);
  });

  it('leaves the plan cell empty and names the sheet 計画 when the sheet has no plan numbers', () => {
    const none = renderStatusSheet({ ...request, plans: [] });
    expect(valueAt(none, 'A5')).toBeNull();
    expect(valueAt(none, 'A7')).toBe('四半期');
    expect(none.name).toBe('計画');
  });

  it('writes English labels for the en locale', () => {
    const en = renderStatusSheet({ ...request, locale: 'en' });
    expect(valueAt(en, 'C9')).toBe('Done (DO)');
    expect(valueAt(en, 'B10')).toBe('Apr');
    expect(valueAt(en, 'A2')).toMatch(/^FY2022/);
  });
});
