/** Runs the CLI in-process with captured output, as `npm run cli -- …` would. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs one CLI command and returns its exit code and output. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** sha256 of a file, to prove a source workbook was not modified. */
export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
