/**
 * Nothing the user owns is damaged by a run (issue 16, output side): an output that is a submission by
 * another name (hard link, symlink) is refused; --json naming the dashboard is refused; outputs are
 * written to a temporary file and renamed, so a run that fails while writing leaves the previous outputs
 * as they were; output paths that cannot be written are named in one line, exit 2, before any input is
 * read. Every input and every pre-existing output is compared by hash.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli, type CliRun } from '../helpers/run-cli';
import { GOOD, sha256, useTempDir } from './hostile-run';

jest.setTimeout(60_000);

const tempDir = useTempDir();
const REPO = join(__dirname, '..', '..');
const OTHER = join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx');

/** Hashes of every file in the folders (and the files) given, to prove a run left them alone. */
function hashes(...paths: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const files = readdirSync(p, { withFileTypes: true }).filter((d) => d.isFile());
    for (const f of files) out[join(p, f.name)] = sha256(join(p, f.name));
  }
  return out;
}

/** A copy of the good submission in the temp dir, as a user's own file. */
function submission(name = '相談部会_提出.xlsx'): string {
  const path = join(tempDir(), name);
  copyFileSync(GOOD, path);
  return path;
}

/** A refusal: exit 2, one line naming the option and the path, nothing read (no file lines) and nothing written. */
function expectRefused(run: CliRun, ...words: string[]): void {
  expect(run.code).toBe(2);
  expect(run.err.split('\n')).toHaveLength(1);
  for (const w of words) expect(run.err).toContain(w);
  expect(run.out).toBe('');
}

describe('an output that is a submission under another name', () => {
  it('refuses --out hard-linked to a submission, which keeps its bytes', async () => {
    const input = submission();
    const out = join(tempDir(), 'dashboard.xlsx');
    linkSync(input, out);
    const before = hashes(tempDir());
    const run = await runCli('consolidate', input, OTHER, '--out', out);
    expectRefused(run, '--out', 'dashboard.xlsx', '入力ファイルと同じです', '別の出力先を指定してください');
    expect(hashes(tempDir())).toEqual(before);
  });

  it('refuses --json hard-linked to the roster, and --out symlinked to a submission in a folder given', async () => {
    const folder = join(tempDir(), '提出');
    mkdirSync(folder);
    const input = join(folder, '相談部会.xlsx');
    copyFileSync(GOOD, input);
    const roster = join(tempDir(), 'roster.csv');
    writeFileSync(roster, '部会,WG\n相談部会,\n');
    linkSync(roster, join(tempDir(), 'summary.json'));
    symlinkSync(input, join(tempDir(), 'link.xlsx'));
    const before = hashes(tempDir(), folder);
    expectRefused(await runCli('consolidate', folder, '--roster', roster, '--out', join(tempDir(), 'new.xlsx'), '--json', join(tempDir(), 'summary.json')), '--json', '入力ファイルと同じです');
    expectRefused(await runCli('consolidate', folder, '--out', join(tempDir(), 'link.xlsx')), '--out', '入力ファイルと同じです');
    expectRefused(await runCli('validate', folder, '--json', join(tempDir(), 'link.xlsx')), '--json', '入力ファイルと同じです');
    expect(hashes(tempDir(), folder)).toEqual(before);
  });
});

describe('--json naming the dashboard', () => {
  it('is refused, whether the file exists or not and however it is spelled', async () => {
    const out = join(tempDir(), 'dashboard.xlsx');
    expectRefused(await runCli('consolidate', GOOD, '--out', out, '--json', join(tempDir(), '.', 'sub', '..', 'dashboard.xlsx')), '--json', '--out と同じファイルです');
    expect(existsSync(out)).toBe(false);
    expect((await runCli('consolidate', GOOD, '--out', out)).code).toBe(0);
    const before = hashes(tempDir());
    expectRefused(await runCli('consolidate', GOOD, '--out', out, '--json', out), '--json', '--out と同じファイルです');
    expect(hashes(tempDir())).toEqual(before);
  });
});

describe('a run that fails while writing', () => {
  it('leaves the previous dashboard and JSON byte-identical and no temporary file behind', async () => {
    const out = join(tempDir(), 'dashboard.xlsx');
    const json = join(tempDir(), 'summary.json');
    expect((await runCli('consolidate', GOOD, '--out', out, '--json', json)).code).toBe(0);
    const before = hashes(tempDir());
    // A file-size limit (as a full disk or a quota would) below the new dashboard's size: the write fails midway.
    const child = spawnSync('bash', ['-c', 'ulimit -f 8; exec "$0" --import tsx src/cli/main.ts "$@"', process.execPath, 'consolidate', GOOD, OTHER, '--out', out, '--json', json, '--as-of', '2023-04-30'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(child.status).toBe(2);
    expect(child.stderr.trim().split('\n')).toEqual([`--out ${out}: ファイルサイズの上限を超えました。以前の出力ファイルはそのまま残っています。出力先を確認してもう一度実行してください。`]);
    expect(hashes(tempDir())).toEqual(before);
    expect(readdirSync(tempDir()).sort()).toEqual(['dashboard.xlsx', 'summary.json']);
    // The same run without the limit replaces both.
    expect((await runCli('consolidate', GOOD, OTHER, '--out', out, '--json', json, '--as-of', '2023-04-30')).code).toBe(0);
    expect(hashes(tempDir())).not.toEqual(before);
    expect(readdirSync(tempDir()).sort()).toEqual(['dashboard.xlsx', 'summary.json']);
  });
});

describe('output paths that cannot be written', () => {
  it.each([
    ['a folder', (dir: string) => dir, 'フォルダです。出力するファイルの名前（例: 集約結果.xlsx）まで指定してください。'],
    ['under a path that is a file', (dir: string) => join(dir, 'memo.txt', 'dashboard.xlsx'), 'はフォルダではなくファイルです。出力先のパスを確認してください。'],
    ['an existing file that is not a workbook', (dir: string) => join(dir, '報告.xlsx'), '既にあるファイルは Excel ブック（.xlsx）ではありません。上書きしません。'],
    ['/dev/zero (a device, endless to read)', () => '/dev/zero', '通常のファイルではありません（デバイスなど）。'],
  ])('--out %s: one line, exit 2, before any input is read; nothing is written', async (_what, outOf, message) => {
    writeFileSync(join(tempDir(), 'memo.txt'), 'メモ\n');
    writeFileSync(join(tempDir(), '報告.xlsx'), '部会,達成率\n相談部会,100%\n');
    const before = hashes(tempDir());
    const out = outOf(tempDir());
    const run = await runCli('consolidate', GOOD, OTHER, '--out', out, '--json', join(tempDir(), 'summary.json'));
    expectRefused(run, `--out ${out}: `, message);
    expect(hashes(tempDir())).toEqual(before);
  });

  it('keeps a user’s file named as --json when it is not JSON (a workbook given by mistake)', async () => {
    const workbook = join(tempDir(), '自分の集計.xlsx');
    copyFileSync(OTHER, workbook);
    const before = hashes(tempDir());
    expectRefused(await runCli('consolidate', GOOD, '--out', join(tempDir(), 'd.xlsx'), '--json', workbook), `--json ${workbook}: 既にあるファイルは JSON ではありません。上書きしません。`);
    expectRefused(await runCli('validate', GOOD, '--json', workbook), '既にあるファイルは JSON ではありません');
    expect(hashes(tempDir())).toEqual(before);
    // An earlier summary is replaced as usual.
    const json = join(tempDir(), 'summary.json');
    writeFileSync(json, '{"old": true}\n');
    expect((await runCli('validate', GOOD, '--json', json)).code).toBe(0);
    expect(readFileSync(json, 'utf8')).toContain('"files"');
  });

  it('names --json the same way, in consolidate, validate and template', async () => {
    const folder = tempDir();
    expectRefused(await runCli('consolidate', GOOD, '--out', join(folder, 'd.xlsx'), '--json', folder), `--json ${folder}: フォルダです。`);
    expectRefused(await runCli('validate', GOOD, '--json', '/dev/zero'), '--json /dev/zero: 通常のファイルではありません');
    expectRefused(await runCli('template', '--fiscal-year', '2022', '--committee', '相談部会', '--out', folder, '--force'), `--out ${folder}: フォルダです。`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a folder the user may not write in (run as an ordinary user), leaving it empty', () => {
    // World-readable so that an ordinary user can reach it; the output folder itself is read-only.
    const base = mkdtempSync(join(tmpdir(), 'bukai-readonly-'));
    try {
      chmodSync(base, 0o755);
      const locked = join(base, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      // tsx keeps its cache in TMPDIR: one the ordinary user may write in.
      const scratch = join(base, 'tmp');
      mkdirSync(scratch);
      chmodSync(scratch, 0o777);
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'consolidate', GOOD, '--out', join(locked, 'dashboard.xlsx')], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, HOME: scratch, TMPDIR: scratch },
        ...asUser,
      });
      expect(child.status).toBe(2);
      expect(child.stderr.trim().split('\n')).toEqual([`--out ${join(locked, 'dashboard.xlsx')}: フォルダ「${locked}」に書き込む権限がありません。別の出力先を指定してください。`]);
      expect(child.stdout).toBe('');
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(join(base, 'locked'), 0o755);
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('refuses an existing dashboard that is a damaged zip (a crash of an older version) in one line', async () => {
    const out = join(tempDir(), 'dashboard.xlsx');
    const bytes = new Uint8Array(readFileSync(GOOD));
    writeFileSync(out, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = hashes(tempDir());
    const run = await runCli('consolidate', GOOD, '--out', out);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toContain(`--out ${out} は上書きしません: 既存のファイルを集約ブックとして読めません（ファイルが壊れているか途中で切れています`);
    expect(hashes(tempDir())).toEqual(before);
  });
});
