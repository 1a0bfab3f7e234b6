/**
 * A folder of submissions as it arrives (issue 16): every file in it that is not read is listed with
 * why — old .xls, .ods and .xlsb are read far enough to be told to save as .xlsx, other files and
 * subfolders are named — except the system's own litter (macOS `._*`, Excel's `~$*` lock files),
 * skipped quietly. `--recursive` reads subfolders. An empty folder says so; a file given twice counts once.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli } from '../helpers/run-cli';
import { consolidateInto, GOOD, filesUnder, hostile, sha256, useTempDir } from './hostile-run';
import { xlsbLike } from './second-round-files';

const tempDir = useTempDir();

/** A submission folder: two good workbooks, the other formats, a PDF, a subfolder with a third workbook, and litter. */
function submissionFolder(): string {
  const folder = join(tempDir(), '提出');
  mkdirSync(join(folder, '追加分'), { recursive: true });
  copyFileSync(GOOD, join(folder, '相談部会.xlsx'));
  copyFileSync(join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx'), join(folder, '雇用啓発WG.xlsx'));
  copyFileSync(join(FIXTURE_DIR, 'くらし部会_ヘルパー人材育成WG.xlsx'), join(folder, '追加分', 'ヘルパー人材育成WG.xlsx'));
  copyFileSync(hostile('legacy.xls'), join(folder, '古い形式.xls'));
  copyFileSync(hostile('spreadsheet.ods'), join(folder, 'リブレ.ods'));
  writeFileSync(join(folder, 'バイナリ.xlsb'), xlsbLike());
  writeFileSync(join(folder, '送付状.pdf'), '%PDF-1.4\n');
  writeFileSync(join(folder, '._相談部会.xlsx'), 'macOS resource fork');
  writeFileSync(join(folder, '~$雇用啓発WG.xlsx'), 'lock');
  writeFileSync(join(folder, '.DS_Store'), 'finder');
  return folder;
}

describe('a folder of submissions', () => {
  it('lists every file it does not read with why, reads the rest, and keeps every file as it was', async () => {
    const folder = submissionFolder();
    const { code, out, summary } = await consolidateInto(tempDir(), [folder]);
    expect(code).toBe(0);
    expect(new Set(summary?.sheets.map((s) => s.file))).toEqual(new Set(['相談部会.xlsx', '雇用啓発WG.xlsx']));
    expect(out).toContain('古い形式.xls: [読込不可] 古い形式（.xls）のブックです。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直してください。');
    expect(out).toContain('リブレ.ods: [読込不可] OpenDocument 形式（.ods）のファイルは読み込めません。');
    expect(out).toContain('バイナリ.xlsb: [読込不可] バイナリ形式（.xlsb）のブックは読み込めません。');
    expect(out).toContain(`${join(folder, '送付状.pdf')}: [対象外] Excel ブック（.xlsx）ではないため読み込んでいません（.pdf）。`);
    expect(out).toContain(`${join(folder, '追加分')}: [対象外] フォルダです。中のファイルは読み込んでいません。サブフォルダも読み込むには --recursive を付けてください。`);
    // The system's own files are nobody's submission: not read, not listed.
    expect(out).not.toMatch(/\._相談部会|~\$雇用啓発|\.DS_Store/);
    expect(summary?.failures.map((f) => f.file).sort()).toEqual(
      [join(folder, '送付状.pdf'), join(folder, '追加分'), '古い形式.xls', 'リブレ.ods', 'バイナリ.xlsb'].sort(),
    );
  });

  it('reads subfolders with --recursive', async () => {
    const folder = submissionFolder();
    const { code, out, summary } = await consolidateInto(tempDir(), [folder], '--recursive');
    expect(code).toBe(0);
    expect(new Set(summary?.sheets.map((s) => s.file))).toEqual(new Set(['相談部会.xlsx', '雇用啓発WG.xlsx', 'ヘルパー人材育成WG.xlsx']));
    expect(out).not.toContain('[対象外] フォルダです');
  });

  it('walks a folder linked back into itself only once', async () => {
    const folder = submissionFolder();
    symlinkSync(folder, join(folder, '追加分', '戻る'));
    const { code, out, summary } = await consolidateInto(tempDir(), [join(folder, '追加分')], '--recursive');
    expect(code).toBe(0);
    expect(new Set(summary?.sheets.map((s) => s.file))).toEqual(new Set(['ヘルパー人材育成WG.xlsx', '相談部会.xlsx', '雇用啓発WG.xlsx']));
    // Each file was found once: none is reported as given twice.
    expect(out).not.toContain('2回指定されています');
  });

  it('lists the same files in validate, which counts only the unreadable workbooks as errors', async () => {
    const folder = submissionFolder();
    const before = filesUnder(folder).map(sha256);
    const run = await runCli('validate', folder, '--json', join(tempDir(), 'validate.json'));
    expect(run.code).toBe(1);
    expect(run.out).toContain(`${join(folder, '送付状.pdf')}: [対象外]`);
    expect(run.out).toContain('バイナリ.xlsb: [エラー] バイナリ形式（.xlsb）のブックは読み込めません。');
    expect(run.out).toContain('エラー 3 件。');
    const json = JSON.parse(readFileSync(join(tempDir(), 'validate.json'), 'utf8')) as { notRead: Array<{ path: string }> };
    expect(json.notRead.map((n) => n.path)).toEqual([join(folder, '送付状.pdf'), join(folder, '追加分')]);
    expect(filesUnder(folder).map(sha256)).toEqual(before);
  });
});

describe('an empty folder', () => {
  it('says the folder holds no workbook, instead of asking for files', async () => {
    const folder = join(tempDir(), '空のフォルダ');
    mkdirSync(folder);
    writeFileSync(join(folder, 'メモ.txt'), 'まだ届いていません');
    const run = await runCli('consolidate', folder, '--out', join(tempDir(), 'dashboard.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toBe(`フォルダ「${folder}」には集約できる Excel ブック（.xlsx）がありません。フォルダの場所を確認してください。`);
    const validate = await runCli('validate', folder);
    expect(validate.code).toBe(2);
    expect(validate.err).toContain(`フォルダ「${folder}」には検証できる Excel ブック（.xlsx）がありません。`);
  });
});

describe('validate given one file twice', () => {
  it('checks and counts it once, and says so', async () => {
    const bad = hostile('not-a-zip.xlsx');
    const run = await runCli('validate', bad, join(hostile('.'), 'not-a-zip.xlsx'));
    expect(run.code).toBe(1);
    expect(run.out).toContain('同じファイルが2回指定されています。1回だけ検証します。');
    expect(run.out).toContain('エラー 1 件。');
  });
});
