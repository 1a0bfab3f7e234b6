/** Shared steps of the hostile tests: a temp dir per test, CLI runs with their JSON, source hashes. */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { runCli, type CliRun } from '../helpers/run-cli';
import { HOSTILE_DIR } from './build-hostile-fixtures';

export const GOOD = join(FIXTURE_DIR, '相談部会.xlsx');
export const hostile = (name: string): string => join(HOSTILE_DIR, name);

/** The --json summary as the tests read it. */
export interface Summary {
  sheets: Array<{ file: string; sheet: string; fiscalYear: number | null; rates: Record<string, number | null>; activeMonths: number[] }>;
  submissions: Array<{ status: string; file: string | null; sheet: string | null }>;
  failures: Array<{ file: string; message: string }>;
  issues: Array<{ file: string; sheet: string | null; cell: string | null; code: string; message: string }>;
}

/** sha256 of a file read in chunks, so a multi-gigabyte attack file can be hashed too. */
export function sha256(path: string): string {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(8 * 1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** A fresh temp dir for each test of the calling file, removed afterwards; call at the top of a file. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bukai-hostile-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/** A file, or every file below a folder (sub-folders too), for hashing. */
export function filesUnder(path: string): string[] {
  if (!existsSync(path) || !statSync(path).isDirectory()) return existsSync(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** Runs `consolidate` on the inputs into `dir`, checks every input file kept its bytes, returns the run and JSON. */
export async function consolidateInto(dir: string, inputs: readonly string[], ...options: string[]): Promise<CliRun & { summary: Summary | null }> {
  const files = inputs.flatMap(filesUnder);
  const before = files.map(sha256);
  const json = join(dir, 'summary.json');
  const run = await runCli('consolidate', ...inputs, '--out', join(dir, 'dashboard.xlsx'), '--json', json, ...options);
  expect(files.map(sha256)).toEqual(before);
  let summary: Summary | null = null;
  try {
    summary = JSON.parse(readFileSync(json, 'utf8')) as Summary;
  } catch {
    summary = null;
  }
  return { ...run, summary };
}

/** sha256 of every committed fixture (FY2022 and hostile), to prove a whole suite modified none. */
export function fixtureHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of [FIXTURE_DIR, HOSTILE_DIR]) for (const name of readdirSync(dir).sort()) out[join(dir, name)] = sha256(join(dir, name));
  return out;
}
