/**
 * The second round of hostile input (issue 16), reader side: each file is read as Excel shows it, or
 * refused with a message that says what to do — through the CLI beside another good workbook (which
 * still consolidates, and every input keeps its bytes) and through the pane's path (readXlsx →
 * consolidateFiles). Files are the real 相談部会 workbook edited at test time (second-round-files.ts)
 * or committed fixtures made by openpyxl and LibreOffice (build-hostile-fixtures.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellText } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type ConsolidateOptions, type ConsolidationResult } from '../../src/jobs/consolidate-files';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli } from '../helpers/run-cli';
import { lyingGigabyte } from './hostile-files';
import { consolidateInto, hostile, useTempDir, type Summary } from './hostile-run';
import { FORMATTED_ONLY, NOT_CONTENT, RAW_GT, STRINGS, duplicateEntry, editedGood, onlyHidden, overLongText, withHiddenStaleCopy, xlsbLike } from './second-round-files';
import { formatOutcome } from '../../src/messages/format-outcome';

jest.setTimeout(60_000);

const tempDir = useTempDir();
const OTHER_NAME = '就労部会_雇用啓発WG.xlsx';
const OTHER = join(FIXTURE_DIR, OTHER_NAME);
const OPTIONS: ConsolidateOptions = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' };

/** Writes the bytes as `name` in the temp dir. */
function placed(name: string, bytes: Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** The pane's consolidation of the file beside the other good workbook. */
function inPane(name: string, bytes: Uint8Array): Promise<ConsolidationResult> {
  return consolidateFiles([{ name, bytes }, { name: OTHER_NAME, bytes: new Uint8Array(readFileSync(OTHER)) }], OPTIONS, readXlsx);
}

const firstHalfOf = (summary: Pick<Summary, 'sheets'> | null | undefined, file: string): Array<number | null | undefined> =>
  (summary?.sheets ?? []).filter((s) => s.file === file).map((s) => s.rates.firstHalf);
const otherStillThere = (summary: Pick<Summary, 'sheets'> | null | undefined): boolean => (summary?.sheets ?? []).some((s) => s.file === OTHER_NAME);

describe.each([...NOT_CONTENT, ...RAW_GT])('%s', (_what, make) => {
  it('reads the sheet as Excel shows it: 令和4年度, first half 100%, through the CLI and the pane', async () => {
    const bytes = make();
    const { code, summary } = await consolidateInto(tempDir(), [placed('edited.xlsx', bytes), OTHER]);
    expect(code).toBe(0);
    expect(firstHalfOf(summary, 'edited.xlsx')).toEqual([100]);
    expect((summary?.sheets ?? []).find((s) => s.file === 'edited.xlsx')).toMatchObject({ fiscalYear: 2022 });
    expect(otherStillThere(summary)).toBe(true);
    const pane = await inPane('edited.xlsx', bytes);
    expect(firstHalfOf(pane.summary, 'edited.xlsx')).toEqual([100]);
    expect(pane.summary.sheets.filter((s) => s.file === 'edited.xlsx').map((s) => s.fiscalYear)).toEqual([2022]);
  });
});

describe('CDATA inside a text', () => {
  it('is the text it stands for: markup characters and _x escapes kept literally', () => {
    const bytes = editedGood({
      [STRINGS]: (x) => x.replace('<si><t>相談部会 令和4年度 部会状況把握表</t></si>', '<si><t><![CDATA[相談部会 令和4年度 <部会状況把握表> & _x0041_]]></t></si>'),
    });
    const read = readXlsx(bytes);
    const grid = read.ok ? read.workbook.sheets[0] : undefined;
    expect(cellText(grid?.rows[0]?.[0])).toBe('相談部会 令和4年度 <部会状況把握表> & _x0041_');
  });
});

describe('a sheet named with a raw ">"', () => {
  it('keeps its name in the dashboard and the summary', async () => {
    const [, make] = RAW_GT[0] ?? ['', () => new Uint8Array()];
    const { summary } = await consolidateInto(tempDir(), [placed('edited.xlsx', make())]);
    expect(summary?.sheets.map((s) => s.sheet)).toEqual(['①a>b']);
  });
});

describe('hidden sheets', () => {
  it('never lets a hidden stale copy beat the visible sheet, and lists it with a note', async () => {
    const bytes = withHiddenStaleCopy();
    const { code, summary, out } = await consolidateInto(tempDir(), [placed('hidden-copy.xlsx', bytes), OTHER]);
    expect(code).toBe(0);
    expect(firstHalfOf(summary, 'hidden-copy.xlsx')).toEqual([100]);
    expect(summary?.submissions.filter((s) => s.file === 'hidden-copy.xlsx').map((s) => s.status)).toEqual(['submitted']);
    expect(summary?.issues.find((i) => i.code === 'hidden_sheet_skipped')).toMatchObject({
      file: 'hidden-copy.xlsx',
      sheet: '①(旧)',
      message: '非表示のシートです。表示されている同じ計画のシート「hidden-copy.xlsx / ①」を使い、このシートは集約の対象外です。古いシートであれば削除してください。',
    });
    // The old copy is not "plan ① twice": cross-sheet rules see the sheets that count.
    expect(summary?.issues.filter((i) => i.code === 'duplicate_plan_number')).toEqual([]);
    expect(out).toContain('hidden-copy.xlsx: [読込済]（2 枚、エラー 0、');
    expect(out).toContain('非表示のシート 「①(旧)」');
    expect(otherStillThere(summary)).toBe(true);
    const pane = await inPane('hidden-copy.xlsx', bytes);
    expect(firstHalfOf(pane.summary, 'hidden-copy.xlsx')).toEqual([100]);
    expect(pane.summary.issues.map((i) => i.code)).toContain('hidden_sheet_skipped');
  });

  it('loses to a visible copy in another file too, even when the hidden one is newer', async () => {
    const visible = join(FIXTURE_DIR, '相談部会.xlsx');
    const hiddenNewer = withHiddenStaleCopy({ hideOriginal: true });
    const { summary } = await consolidateInto(tempDir(), [placed('新しいが非表示.xlsx', hiddenNewer), visible]);
    expect(summary?.sheets.map((s) => [s.file, s.sheet, s.rates.firstHalf])).toContainEqual(['相談部会.xlsx', '①', 100]);
    expect(summary?.sheets.filter((s) => s.file === '新しいが非表示.xlsx')).toEqual([]);
    expect(summary?.issues.filter((i) => i.code === 'hidden_sheet_skipped').map((i) => i.sheet).sort()).toEqual(['①', '①(旧)']);
  });

  it('skips a hidden copy of last year quietly beside this year’s visible sheet (no other-year warning)', async () => {
    const { summary } = await consolidateInto(tempDir(), [placed('last-year-hidden.xlsx', withHiddenStaleCopy({ lastYear: true }))]);
    expect(summary?.sheets.map((s) => [s.sheet, s.fiscalYear, s.rates.firstHalf])).toEqual([['①', 2022, 100]]);
    expect(summary?.issues.map((i) => i.code)).toContain('hidden_sheet_skipped');
    expect(summary?.issues.map((i) => i.code)).not.toContain('other_fiscal_year');
  });

  it('consolidates a hidden sheet that is the only copy, with a warning saying so', async () => {
    const bytes = onlyHidden();
    const { summary } = await consolidateInto(tempDir(), [placed('only-hidden.xlsx', bytes), OTHER]);
    expect(firstHalfOf(summary, 'only-hidden.xlsx')).toEqual([100]);
    expect(summary?.issues.find((i) => i.code === 'hidden_sheet_used')).toMatchObject({ file: 'only-hidden.xlsx', sheet: '①', message: expect.stringContaining('再表示してください') });
    const run = await runCli('validate', placed('only-hidden.xlsx', bytes));
    expect(run.out).toContain('①!- [警告] 非表示のシートですが、同じ計画の表示されたシートがないため集約の対象にしています。');
  });
});

describe('a formula without a cached value (openpyxl)', () => {
  const file = hostile('formula-no-cache.xlsx');
  it('says the value is not computed, in which cell, and how to fix it', async () => {
    const run = await runCli('validate', file, '--as-of', '2023-04-30');
    expect(run.out).toContain('①!C13 [警告] 数式の計算結果がファイルに保存されていないため、この値を読めません（空として扱いました）。Excelで開いて上書き保存すると計算結果が保存されます。');
    const { code, summary } = await consolidateInto(tempDir(), [file, OTHER]);
    expect(code).toBe(0);
    expect(summary?.issues.find((i) => i.code === 'formula_without_value')).toMatchObject({ file: 'formula-no-cache.xlsx', sheet: '①', cell: 'C13' });
    expect(firstHalfOf(summary, 'formula-no-cache.xlsx')).toEqual([null]);
    expect(otherStillThere(summary)).toBe(true);
    const pane = await inPane('formula-no-cache.xlsx', new Uint8Array(readFileSync(file)));
    expect(pane.summary.issues.find((i) => i.code === 'formula_without_value')).toMatchObject({ sheet: '①', cell: 'C13', severity: 'warning' });
  });
});

describe.each([
  ['a duplicate zip entry', 'duplicate.xlsx', duplicateEntry, 'ファイルの中に同じ名前の部品が2つあり、壊れています（どちらが正しいか決められません）。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直すか、提出元にもう一度送ってもらってください。'],
  ['a binary workbook (.xlsb)', 'binary.xlsb', xlsbLike, 'バイナリ形式（.xlsb）のブックは読み込めません。Excelで開いて「名前を付けて保存」で「Excel ブック (*.xlsx)」形式を選んで保存し直してください。'],
  ['an OpenDocument spreadsheet (.ods, LibreOffice)', 'spreadsheet.ods', () => new Uint8Array(readFileSync(hostile('spreadsheet.ods'))), 'OpenDocument 形式（.ods）のファイルは読み込めません。Excel か LibreOffice で開いて「名前を付けて保存」で「Excel ブック (*.xlsx)」形式を選んで保存し直してください。'],
])('%s', (_what, name, make, message) => {
  it('is refused with what to do, while the other file consolidates', async () => {
    const bytes = make();
    const { code, out, summary } = await consolidateInto(tempDir(), [placed(name, bytes), OTHER]);
    expect(code).toBe(0);
    expect(out).toContain(`${name}: [読込不可] ${message}`);
    expect(summary?.failures).toEqual([{ file: name, message }]);
    expect(otherStillThere(summary)).toBe(true);
    expect((await runCli('validate', join(tempDir(), name))).code).toBe(1);
    const pane = await inPane(name, bytes);
    expect(pane.files.map((f) => [f.file, f.state])).toEqual([
      [name, 'unreadable'],
      [OTHER_NAME, 'read'],
    ]);
    const failed = pane.files[0]?.outcome;
    expect(failed && formatOutcome(failed)).toBe(message);
  });
});

describe('a part that inflates far past what it declares', () => {
  it('is refused at the declared size and does not hold up the file beside it', async () => {
    const started = performance.now();
    const { code, out, summary } = await consolidateInto(tempDir(), [placed('bomb.xlsx', lyingGigabyte()), OTHER]);
    // Inflating the whole gigabyte took seconds per GB; stopping at the limit takes a fraction of one.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(code).toBe(0);
    expect(out).toContain('bomb.xlsx: [読込不可] 展開後のサイズが異常に大きいため読み込みを中止しました。提出元に確認してください。');
    expect(otherStillThere(summary)).toBe(true);
  });
});

describe.each(FORMATTED_ONLY)('formatting without values: %s', (_what, make) => {
  it('does not count toward the cell limits: the sheet is read', async () => {
    const bytes = make();
    const { code, summary } = await consolidateInto(tempDir(), [placed('formatted.xlsx', bytes), OTHER]);
    expect(code).toBe(0);
    expect(firstHalfOf(summary, 'formatted.xlsx')).toEqual([100]);
    const pane = await inPane('formatted.xlsx', bytes);
    expect(pane.files[0]).toMatchObject({ state: 'read', sheets: 1 });
  });
});

describe('a text longer than Excel’s cell limit', () => {
  it('is cut at 32,767 characters with a marked ellipsis in the dashboard, and a warning names the cell', async () => {
    const { code, summary } = await consolidateInto(tempDir(), [placed('long.xlsx', overLongText()), OTHER]);
    expect(code).toBe(0);
    expect(summary?.issues.find((i) => i.code === 'text_truncated')).toMatchObject({ file: 'long.xlsx', sheet: '①', cell: 'D17', message: expect.stringContaining('上限（32,767 文字）を超えているため') });
    const dashboard = readXlsx(new Uint8Array(readFileSync(join(tempDir(), 'dashboard.xlsx'))));
    const texts = dashboard.ok ? dashboard.workbook.sheets.flatMap((g) => g.rows.flatMap((r) => (r ?? []).map((c) => cellText(c)))) : [];
    const cut = texts.filter((t) => t.startsWith('長長長'));
    expect(cut.length).toBeGreaterThan(0);
    for (const t of cut) {
      expect(t.length).toBeLessThanOrEqual(32_767);
      expect(t.endsWith('…［以下省略］')).toBe(true);
    }
    expect(dashboard.ok && dashboard.notices).toEqual([]);
  });
});
