/**
 * Broken and hostile submissions through the CLI (in-process): each is refused or read with a message that
 * names the file and says what to do, the other files still consolidate, and every source stays
 * byte-identical. Resource attacks are refused early under the limits in src/hosts/xlsx/xlsx-limits.ts.
 */
import { closeSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/cli/cli-io';
import { CLI_MESSAGES } from '../../src/cli/messages/cli-messages';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { DEFAULT_READ_LIMITS } from '../../src/hosts/xlsx/xlsx-limits';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli } from '../helpers/run-cli';
import { declaredBomb, fiftyMegabytes, manySheets, millionRows, widestSheet, withDeclaredSize, zipBomb } from './hostile-files';
import { GOOD, consolidateInto, fixtureHashes, hostile, useTempDir } from './hostile-run';

jest.setTimeout(120_000);

const tempDir = useTempDir();
const committed = fixtureHashes();
afterAll(() => expect(fixtureHashes()).toEqual(committed));

describe.each([
  ['not-a-zip.xlsx', 'Excelブック（.xlsx）ではありません'],
  ['csv-renamed.xlsx', 'Excelブック（.xlsx）ではありません'],
  ['truncated.xlsx', 'ファイルが壊れているか途中で切れています'],
  ['encrypted.xlsx', 'パスワードで保護されたブック'],
  ['legacy.xls', '古い形式（.xls）'],
])('an unreadable submission (%s)', (file, reason) => {
  it('is listed with its reason while the good file still consolidates', async () => {
    const { code, out, summary } = await consolidateInto(tempDir(), [hostile(file), GOOD]);
    expect(code).toBe(0);
    expect(out).toContain(`${file}: [読込不可] ${reason}`);
    expect(summary?.failures).toEqual([{ file, message: expect.stringContaining(reason) }]);
    expect(summary?.submissions.find((s) => s.file === file)?.status).toBe('unreadable');
    expect(summary?.sheets).toHaveLength(1);
  });

  it('makes validate exit 1 with the file, the reason and what to do', async () => {
    const run = await runCli('validate', hostile(file));
    expect(run.code).toBe(1);
    expect(run.out).toContain(`${file}: [エラー] ${reason}`);
    expect(run.out).toMatch(/保存し直して|送ってもらって/);
  });
});

describe('workbooks without a status sheet', () => {
  it.each(['empty.xlsx', 'no-status-sheet.xlsx'])('reports %s as having no status sheet and consolidates the rest', async (file) => {
    const { code, out, summary } = await consolidateInto(tempDir(), [hostile(file), GOOD]);
    expect(code).toBe(0);
    expect(out).toContain(`${file}: [対象シートなし] このブックには部会状況把握表のシートが見つかりませんでした。提出されたファイルが正しいか確認してください。`);
    expect(summary?.submissions.find((s) => s.file === file)?.status).toBe('no_sheet');
    expect(summary?.sheets).toHaveLength(1);
  });

  it.each(['empty.xlsx', 'no-status-sheet.xlsx'])('makes validate of %s exit 1, naming each skipped sheet', async (file) => {
    const run = await runCli('validate', hostile(file));
    expect(run.code).toBe(1);
    expect(run.out).toContain(`${file}: 0 枚の状況把握表`);
    expect(run.out).toMatch(/(Sheet1|メモ): 対象外（.+状況把握表ではないと判断しました。）/);
    expect(run.out).toContain('[エラー] このブックには部会状況把握表のシートが見つかりませんでした。');
  });

  it('exits 2 when nothing at all could be read, and writes no dashboard', async () => {
    const run = await consolidateInto(tempDir(), [hostile('empty.xlsx'), hostile('not-a-zip.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.out).toContain('読み込めた状況把握表がありません');
    expect(run.summary).toBeNull();
  });
});

describe('a macro-enabled workbook', () => {
  it('is read for its values; the macro project is never even inflated', async () => {
    const run = await consolidateInto(tempDir(), [hostile('macro.xlsm'), join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.summary?.sheets.map((s) => s.file)).toContain('macro.xlsm');
    // The macro project claims 4 GB: a reader that inflated (or even counted) it would refuse the file as a bomb.
    const lying = withDeclaredSize(new Uint8Array(readFileSync(hostile('macro.xlsm'))), 'xl/vbaProject.bin', 0xfffffff0);
    const read = readXlsx(lying);
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(['①']);
  });
});

describe('resource attacks are refused early under the documented limits', () => {
  it.each([
    ['a zip bomb (64 MB of XML in a few KB)', zipBomb, 'zip_bomb', '展開後のサイズが異常に大きい'],
    ['a zip that declares a 4 GB part', declaredBomb, 'zip_bomb', '展開後のサイズが異常に大きい'],
    ['a sheet with 1,000,000 used rows', millionRows, 'too_many_cells', 'シート「S」: シートの使用範囲が大きすぎます'],
    ['a sheet reaching column XFD (16,384 columns)', widestSheet, 'too_many_cells', 'シート「S」: シートの使用範囲が大きすぎます'],
    ['a workbook of 3,000 sheets', manySheets, 'too_many_sheets', 'シートの数が多すぎます（上限 200）'],
    ['a 50 MB file', fiftyMegabytes, 'too_large', 'ファイルが大きすぎます（上限 20MB）'],
  ])('%s', async (_what, make, code, message) => {
    const file = join(tempDir(), 'attack.xlsx');
    writeFileSync(file, make());
    const heapBefore = process.memoryUsage().heapUsed;
    const result = readXlsx(new Uint8Array(readFileSync(file)));
    expect(result.ok ? 'read' : result.failure.code).toBe(code);
    // Refused before building anything large: the heap grows by far less than the attack's size.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * 1024 * 1024);
    const { out, summary } = await consolidateInto(tempDir(), [file, GOOD]);
    expect(out).toContain(`attack.xlsx: [読込不可] ${message}`);
    expect(summary?.sheets).toHaveLength(1);
    expect((await runCli('validate', file)).code).toBe(1);
  });

  it('reads no more than the size limit of a far larger file, and still names it too large', async () => {
    const file = join(tempDir(), 'huge.xlsx');
    closeSync(openSync(file, 'w'));
    truncateSync(file, 500 * 1024 * 1024); // sparse: 500 MB declared, nothing on disk
    const source = readSource(file, CLI_MESSAGES.ja);
    expect('file' in source && source.file.bytes.length).toBe(DEFAULT_READ_LIMITS.maxFileBytes + 1);
    const { code, out } = await consolidateInto(tempDir(), [file, GOOD]);
    expect(code).toBe(0);
    expect(out).toContain('huge.xlsx: [読込不可] ファイルが大きすぎます（上限 20MB）。画像などを削除して保存し直してください。');
  });
});

describe('the same file given twice', () => {
  it('counts it once, and says so', async () => {
    const run = await consolidateInto(tempDir(), [GOOD, GOOD]);
    expect(run.code).toBe(0);
    expect(run.summary?.sheets).toHaveLength(1);
    expect(run.out).toContain('同じファイルが2回指定されています');
  });

  it('counts it once when named once by its folder and once by its path', async () => {
    const run = await consolidateInto(tempDir(), [FIXTURE_DIR, join(FIXTURE_DIR, '.', '相談部会.xlsx')]);
    expect(run.summary?.sheets).toHaveLength(10);
    expect(run.summary?.submissions.filter((s) => s.status === 'duplicate')).toEqual([]);
    expect(run.out).toContain('相談部会.xlsx: 同じファイルが2回指定されています。1回だけ集約します。');
  });
});
