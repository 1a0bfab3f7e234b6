/** File-system side of the CLI: safe reads, checked and atomic writes, exit codes. */
import { accessSync, closeSync, constants, fsyncSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SourceFile } from '../jobs/consolidate-files';
import { DEFAULT_READ_LIMITS } from '../hosts/xlsx/xlsx-limits';
import { sameFile } from './file-identity';

export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

/** A problem the user must fix: printed without a stack trace, with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

/**
 * Reads a source file read-only, at most one byte past `maxBytes`: a multi-GB file costs no more memory
 * than the limit, and the reader still refuses it with its own "too large" message. A missing or
 * unreadable file yields the reason instead.
 */
export function readSource(path: string, maxBytes: number = DEFAULT_READ_LIMITS.maxFileBytes): { file: SourceFile } | { error: string } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { error: 'ファイルではありません。' };
    return { file: { name: basename(path), bytes: readAtMost(path, maxBytes + 1), modified: stat.mtime.toISOString() } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'ファイルが見つかりません。パスを確認してください。' };
    if (code === 'EACCES') return { error: 'ファイルを読む権限がありません。' };
    return { error: `ファイルを読めません（${code ?? String(error)}）。` };
  }
}

function readAtMost(path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const bytes = new Uint8Array(Math.min(size, limit));
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** The canonical path of a file that may not exist yet. */
export function canonicalPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/** Refuses an output path that is one of the inputs (by file identity): a source workbook is never modified. */
export function assertNotAnInput(outPath: string, inputs: readonly string[], option: string): void {
  if (inputs.some((input) => sameFile(input, outPath))) {
    throw new CliError(`${option} ${outPath} は入力ファイルと同じです。提出されたブックは上書きしません。別の出力先を指定してください。`);
  }
}

/** Refuses two outputs that are one file (`--json` naming the dashboard would replace it with JSON). */
export function assertDistinctOutputs(a: { option: string; path: string }, b: { option: string; path: string }): void {
  if (sameFile(a.path, b.path)) throw new CliError(`${b.option} ${b.path} は ${a.option} と同じファイルです。別のファイル名を指定してください。`);
}

const ZIP_MAGIC = [0x50, 0x4b];

/**
 * Checks an output path before anything is read or written: an existing output must be a regular file
 * (not a folder or a device such as /dev/zero); an output workbook that is read to be updated must be a
 * zip within the size limit; a JSON output may only replace JSON (a user's workbook named by mistake is
 * kept); `replace` is for a file the user asked to overwrite (template --force). The folder it goes in
 * must be a folder we may write in, or be creatable.
 */
export function checkOutputPath(path: string, option: string, kind: 'update' | 'json' | 'replace'): void {
  const fail = (why: string): never => {
    throw new CliError(`${option} ${path}: ${why}`);
  };
  const target = resolve(path);
  let stat: ReturnType<typeof statSync> | null = null;
  try {
    stat = statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file stands where a folder should; the walk up below names it.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') fail(`出力先を確認できません（${code ?? String(error)}）。別の出力先を指定してください。`);
  }
  if (stat) {
    if (stat.isDirectory()) fail('フォルダです。出力するファイルの名前（例: 集約結果.xlsx）まで指定してください。');
    if (!stat.isFile()) fail('通常のファイルではありません（デバイスなど）。別の出力先を指定してください。');
    if (kind === 'update') {
      if (stat.size > DEFAULT_READ_LIMITS.maxFileBytes) fail('既存のファイルが大きすぎます（上限 20MB）。上書きしません。別の出力先を指定してください。');
      const head = readAtMost(target, 2);
      if (!ZIP_MAGIC.every((b, i) => head[i] === b)) fail('既にあるファイルは Excel ブック（.xlsx）ではありません。上書きしません。別の出力先を指定してください。');
    }
    if (kind === 'json' && stat.size > 0) {
      // Our JSON starts with "{"; anything else is someone's file (a workbook, a report) and is kept.
      const head = new TextDecoder().decode(readAtMost(target, 64)).trimStart();
      if (head !== '' && !head.startsWith('{')) fail('既にあるファイルは JSON ではありません。上書きしません。別の出力先を指定してください。');
    }
    if (!canWrite(target)) fail('書き込みが禁止されたファイルです。上書きしません。別の出力先を指定してください。');
  }
  // The nearest folder that exists must be a folder we may write in; the rest is created.
  let folder = dirname(target);
  for (;;) {
    try {
      if (!statSync(folder).isDirectory()) fail(`「${folder}」はフォルダではなくファイルです。出力先のパスを確認してください。`);
      break;
    } catch (error) {
      if (error instanceof CliError) throw error;
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  if (!canWrite(folder)) fail(`フォルダ「${folder}」に書き込む権限がありません。別の出力先を指定してください。`);
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** One output file of a run. */
export interface OutputFile {
  readonly path: string;
  readonly option: string;
  readonly data: Uint8Array | string;
}

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'ディスクの空き容量が足りません',
  EDQUOT: 'ディスクの使用量の上限に達しました',
  EFBIG: 'ファイルサイズの上限を超えました',
  EACCES: '書き込む権限がありません',
  EPERM: '書き込む権限がありません',
  EROFS: '読み取り専用の場所です',
  ENOTDIR: '途中にフォルダではなくファイルがあります',
  EISDIR: 'フォルダです',
};

function writeAll(path: string, data: Uint8Array, mode: number): void {
  const fd = openSync(path, 'wx', mode);
  try {
    for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
    // On disk before the rename: a crash right after it must not leave an empty dashboard in its place.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes every output to a temporary file beside its target, and only when all are written renames
 * them into place: a full disk, a size limit or a crash leaves the previous outputs as they were
 * (a rename within a folder is atomic). A symlinked output is written through to the file it names.
 */
export function writeOutputsAtomically(outputs: readonly OutputFile[]): void {
  const staged: Array<{ temp: string; target: string; output: OutputFile }> = [];
  let current: OutputFile | undefined;
  try {
    for (const output of outputs) {
      current = output;
      const target = canonicalPath(output.path);
      mkdirSync(dirname(target), { recursive: true });
      let mode = 0o666;
      try {
        mode = statSync(target).mode & 0o777;
      } catch {
        // A new file: the default mode, narrowed by the umask.
      }
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
      const data = typeof output.data === 'string' ? new TextEncoder().encode(output.data) : output.data;
      staged.push({ temp, target, output });
      writeAll(temp, data, mode);
    }
    for (const { temp, target, output } of staged) {
      current = output;
      renameSync(temp, target);
    }
  } catch (error) {
    for (const { temp } of staged) {
      try {
        unlinkSync(temp);
      } catch {
        // Already renamed into place, or never created.
      }
    }
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = WRITE_ERRORS[code] ?? `書き込みに失敗しました（${code || String(error)}）`;
    const where = current ? `${current.option} ${current.path}` : '出力';
    throw new CliError(`${where}: ${why}。以前の出力ファイルはそのまま残っています。出力先を確認してもう一度実行してください。`);
  }
}

/** Reads an existing output workbook to update in place, or null when there is none (checked by checkOutputPath first). */
export function readExistingOutput(path: string): Uint8Array | null {
  try {
    if (!statSync(path).isFile()) return null;
  } catch {
    return null;
  }
  return readAtMost(path, DEFAULT_READ_LIMITS.maxFileBytes + 1);
}
