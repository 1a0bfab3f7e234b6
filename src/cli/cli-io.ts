/** File-system side of the CLI: input expansion, safe reads and writes, exit codes. */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { SourceFile } from '../jobs/consolidate-files';
import { DEFAULT_READ_LIMITS } from '../hosts/xlsx/xlsx-limits';

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

const WORKBOOK_EXT = new Set(['.xlsx', '.xlsm']);

/** Expands the arguments: files as given, folders to the workbooks directly inside them (sorted). */
export function expandInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      const entries = readdirSync(arg)
        .filter((name) => WORKBOOK_EXT.has(extname(name).toLowerCase()) && !name.startsWith('~$'))
        .sort((a, b) => a.localeCompare(b, 'ja'));
      out.push(...entries.map((name) => join(arg, name)));
    } else {
      out.push(arg);
    }
  }
  return out;
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

/** Refuses an output path that is one of the inputs: a source workbook is never modified. */
export function assertNotAnInput(outPath: string, inputs: readonly string[], option: string): void {
  const out = canonicalPath(outPath);
  if (inputs.some((input) => canonicalPath(input) === out)) {
    throw new CliError(`${option} ${outPath} は入力ファイルと同じです。提出されたブックは上書きしません。別の出力先を指定してください。`);
  }
}

/** Writes bytes or text, creating the folder. */
export function writeOutput(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, data);
}

/** Reads an existing output workbook to update in place, or null when there is none. */
export function readExistingOutput(path: string): Uint8Array | null {
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}
