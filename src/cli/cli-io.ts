/** File-system side of the CLI: safe reads, checked and atomic writes, exit codes. */
import { accessSync, closeSync, constants, fsyncSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SourceFile } from '../jobs/consolidate-files';
import { DEFAULT_READ_LIMITS } from '../hosts/xlsx/xlsx-limits';
import { sameFile } from './file-identity';
import type { CliMessages } from './messages/cli-messages';

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
export function readSource(path: string, m: CliMessages, maxBytes: number = DEFAULT_READ_LIMITS.maxFileBytes): { file: SourceFile } | { error: string } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { error: m.io.notAFile };
    return { file: { name: basename(path), bytes: readAtMost(path, maxBytes + 1), modified: stat.mtime.toISOString() } };
  } catch (error) {
    return { error: openError(error, m) };
  }
}

/**
 * Opens a source file as readSource does (the same reasons when it cannot be opened) but reads its bytes only
 * when they are asked for, and does not keep them: the consolidation reads each file once, so a run holds
 * one file's bytes at a time, not every file's from the start (12 MB at 5,000 plan sheets; bench/README.md).
 * A file that cannot be read any more when its turn comes (removed meanwhile) fails that file alone.
 */
export function openSource(path: string, m: CliMessages, name: string = basename(path), maxBytes: number = DEFAULT_READ_LIMITS.maxFileBytes): { file: SourceFile } | { error: string } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { error: m.io.notAFile };
    closeSync(openSync(path, 'r'));
    const modified = stat.mtime.toISOString();
    return {
      file: {
        name,
        modified,
        get bytes(): Uint8Array {
          return readAtMost(path, maxBytes + 1);
        },
      },
    };
  } catch (error) {
    return { error: openError(error, m) };
  }
}

function openError(error: unknown, m: CliMessages): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return m.io.notFound;
  if (code === 'EACCES') return m.io.noReadPermission;
  return m.io.cannotRead(code ?? String(error));
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
export function assertNotAnInput(outPath: string, inputs: readonly string[], option: string, m: CliMessages): void {
  if (inputs.some((input) => sameFile(input, outPath))) {
    throw new CliError(m.io.sameAsInput(option, outPath));
  }
}

/** Refuses two outputs that are one file (`--json` naming the dashboard would replace it with JSON). */
export function assertDistinctOutputs(a: { option: string; path: string }, b: { option: string; path: string }, m: CliMessages): void {
  if (sameFile(a.path, b.path)) throw new CliError(m.io.sameOutputs(b.option, b.path, a.option));
}

const ZIP_MAGIC = [0x50, 0x4b];

/**
 * Checks an output path before anything is read or written: an existing output must be a regular file
 * (not a folder or a device such as /dev/zero); an output workbook that is read to be updated must be a
 * zip within the size limit; a JSON output may only replace JSON (a user's workbook named by mistake is
 * kept); `replace` is for a file the user asked to overwrite (template --force). The folder it goes in
 * must be a folder we may write in, or be creatable.
 */
export function checkOutputPath(path: string, option: string, kind: 'update' | 'json' | 'replace', m: CliMessages): void {
  const fail = (why: string): never => {
    throw new CliError(m.io.atOutput(option, path, why));
  };
  const target = resolve(path);
  let stat: ReturnType<typeof statSync> | null = null;
  try {
    stat = statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file stands where a folder should; the walk up below names it.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') fail(m.io.cannotCheck(code ?? String(error)));
  }
  if (stat) {
    if (stat.isDirectory()) fail(m.io.isFolder);
    if (!stat.isFile()) fail(m.io.notRegular);
    if (kind === 'update') {
      if (stat.size > DEFAULT_READ_LIMITS.maxFileBytes) fail(m.io.existingTooLarge);
      const head = readAtMost(target, 2);
      if (!ZIP_MAGIC.every((b, i) => head[i] === b)) fail(m.io.existingNotXlsx);
    }
    if (kind === 'json' && stat.size > 0) {
      // Our JSON starts with "{"; anything else is someone's file (a workbook, a report) and is kept.
      const head = new TextDecoder().decode(readAtMost(target, 64)).trimStart();
      if (head !== '' && !head.startsWith('{')) fail(m.io.existingNotJson);
    }
    if (!canWrite(target)) fail(m.io.readOnly);
  }
  // The nearest folder that exists must be a folder we may write in; the rest is created.
  let folder = dirname(target);
  for (;;) {
    try {
      if (!statSync(folder).isDirectory()) fail(m.io.parentIsFile(folder));
      break;
    } catch (error) {
      if (error instanceof CliError) throw error;
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  if (!canWrite(folder)) fail(m.io.folderNotWritable(folder));
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Makes an output's bytes while it is written, handing them over chunk by chunk (never joined in memory). */
export type OutputProducer = (write: (chunk: Uint8Array) => void) => Promise<void>;

/** One output file of a run. */
export interface OutputFile {
  readonly path: string;
  readonly option: string;
  /** The bytes, or a text written as UTF-8. */
  readonly data: Uint8Array | string;
}

/** An output whose bytes may also be made while it is written (writeOutputsAtomicallyAsync). */
export interface StreamedOutputFile {
  readonly path: string;
  readonly option: string;
  readonly data: OutputFile['data'] | OutputProducer;
}

function writeChunk(fd: number, chunk: Uint8Array): void {
  for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done);
}

function writeAll(path: string, data: Uint8Array, mode: number): void {
  const fd = openSync(path, 'wx', mode);
  try {
    writeChunk(fd, data);
    // On disk before the rename: a crash right after it must not leave an empty dashboard in its place.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const bytesOf = (data: OutputFile['data']): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

/** The temporary file beside an output's target (folders made), and the mode the target keeps. */
function stagingFor(output: { readonly path: string }): { temp: string; target: string; mode: number } {
  const target = canonicalPath(output.path);
  mkdirSync(dirname(target), { recursive: true });
  let mode = 0o666;
  try {
    mode = statSync(target).mode & 0o777;
  } catch {
    // A new file: the default mode, narrowed by the umask.
  }
  return { temp: join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`), target, mode };
}

/** Removes the temporary files of a write that failed and says which output could not be written, and why. */
function failedWrite(error: unknown, staged: ReadonlyArray<{ temp: string }>, current: { option: string; path: string } | undefined, m: CliMessages): CliError {
  for (const { temp } of staged) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place, or never created.
    }
  }
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why = m.io.writeErrors[code] ?? m.io.writeFailed(code || String(error));
  const where = current ? `${current.option} ${current.path}` : m.io.outputs;
  return new CliError(m.io.notWritten(where, why));
}

/**
 * Writes every output to a temporary file beside its target, and only when all are written renames
 * them into place: a full disk, a size limit or a crash leaves the previous outputs as they were
 * (a rename within a folder is atomic). A symlinked output is written through to the file it names.
 */
export function writeOutputsAtomically(outputs: readonly OutputFile[], m: CliMessages): void {
  const staged: Array<{ temp: string; target: string }> = [];
  let current: OutputFile | undefined;
  try {
    for (const output of outputs) {
      current = output;
      const { temp, target, mode } = stagingFor(output);
      staged.push({ temp, target });
      writeAll(temp, bytesOf(output.data), mode);
    }
    current = undefined;
    for (const [i, { temp, target }] of staged.entries()) {
      current = outputs[i];
      renameSync(temp, target);
    }
  } catch (error) {
    throw failedWrite(error, staged, current, m);
  }
}

/**
 * The same, for outputs whose bytes are made as they are written (the dashboard's archive as it is
 * deflated: never held whole, 12 MB less at the end of the 5,000-sheet run; bench/README.md). An output is
 * made only when the ones before it are written. A failure to make one (a bug) removes the temporary files
 * and is thrown as it is; a failure to write, as writeOutputsAtomically reports it.
 */
export async function writeOutputsAtomicallyAsync(outputs: readonly StreamedOutputFile[], m: CliMessages): Promise<void> {
  const staged: Array<{ temp: string; target: string }> = [];
  let current: StreamedOutputFile | undefined;
  let writeError: unknown = null;
  try {
    for (const output of outputs) {
      current = output;
      const { temp, target, mode } = stagingFor(output);
      staged.push({ temp, target });
      const data = output.data;
      if (typeof data !== 'function') {
        writeAll(temp, bytesOf(data), mode);
        continue;
      }
      const fd = openSync(temp, 'wx', mode);
      try {
        await data((chunk) => {
          try {
            writeChunk(fd, chunk);
          } catch (error) {
            writeError = error;
            throw error;
          }
        });
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const [i, { temp, target }] of staged.entries()) {
      current = outputs[i];
      renameSync(temp, target);
    }
  } catch (error) {
    const failure = failedWrite(writeError ?? error, staged, current, m);
    // A write that failed is the user's to fix; anything else thrown while an output was made is a bug.
    if (writeError === null && current && typeof current.data === 'function' && !(error as NodeJS.ErrnoException).code) throw error;
    throw failure;
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
