/**
 * The CLI as a user runs it: a fresh `node` process on the bundled CLI (dist-cli/bukai.cjs, package.json
 * `bin`), from start to exit, consolidating 10 / 100 / 1,000 plan sheets into a new dashboard — beside a
 * bare `node` doing nothing (the start-up no program can avoid) and, for reference, the CLI under tsx.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { round, summarise, type Timing } from './timing';

export interface CliWall {
  readonly startupFloorMs: Timing;
  /** Wall time by plan sheets consolidated: "10", "100", "1000". */
  readonly cliWallMs: Record<string, Timing>;
  /** The same 100 sheets through tsx and the TypeScript sources (how `npm run cli` ran before the bundle). */
  readonly tsxWallMs100: Timing;
}

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'dist-cli', 'bukai.cjs');

function wall(args: readonly string[], out?: string): number {
  // A new dashboard each run, as a first consolidation is (an existing one is read to check it first).
  if (out) rmSync(out, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr.toString().slice(0, 300)}`);
  return ms;
}

/** Copies the first `workbooks` files into a folder of their own, the way a secretariat keeps them. */
function folderOf(paths: readonly string[], workbooks: number, base: string): string {
  const dir = join(base, String(workbooks * 10));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const path of paths.slice(0, workbooks)) cpSync(path, join(dir, path.slice(path.lastIndexOf('/') + 1)));
  return dir;
}

/** Interleaved rounds of every run (one warm-up round for the file cache, not counted). */
export function measureCliWall(paths: readonly string[], base: string, reps: number): CliWall {
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  const runs: Array<{ name: string; args: string[]; out?: string }> = [{ name: 'floor', args: ['-e', '0'] }];
  for (const workbooks of [1, 10, 100]) {
    const dir = folderOf(paths, workbooks, base);
    const out = join(base, `dashboard-${workbooks * 10}.xlsx`);
    runs.push({ name: String(workbooks * 10), args: [BUNDLE, 'consolidate', dir, '--out', out, '--as-of', '2023-04-30'], out });
    if (workbooks === 10) runs.push({ name: 'tsx', args: ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'consolidate', dir, '--out', out, '--as-of', '2023-04-30'], out });
  }
  const times = new Map<string, number[]>(runs.map((r) => [r.name, []]));
  for (let rep = 0; rep <= reps; rep++) {
    for (const run of runs) {
      const ms = wall(run.args, run.out);
      if (rep > 0) times.get(run.name)?.push(ms);
    }
  }
  const of = (name: string): Timing => summarise(times.get(name) ?? []);
  return { startupFloorMs: of('floor'), cliWallMs: { 10: of('10'), 100: of('100'), 1000: of('1000') }, tsxWallMs100: of('tsx') };
}

/** Peak RSS (MB) and wall time of one CLI run over a folder, via GNU time when the machine has it. */
export function cliPeakRss(dir: string, out: string): { peakRssMb: number | null; wallMs: number } {
  rmSync(out, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, BUNDLE, 'consolidate', dir, '--out', out, '--as-of', '2023-04-30'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = round(Number(process.hrtime.bigint() - started) / 1e6);
  const kb = Number(/maxrss=(\d+)/.exec(child.stderr ?? '')?.[1]);
  return { peakRssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : null, wallMs };
}
