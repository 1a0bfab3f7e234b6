/**
 * The `bukai` command (dist-cli/bukai.cjs): loads the bundled CLI (dist-cli/bukai-core.cjs) through V8's
 * code cache, so a run after the first skips compiling the ~1 MB bundle and the functions the last run
 * compiled (~25 ms of ~350 at 100 plan sheets; bench/README.md). The cache is the user's own
 * (XDG_CACHE_HOME or ~/.cache, %LOCALAPPDATA% on Windows; folder mode 0700); V8 checks it against the
 * source and the Node version and rejects any it cannot use, and then the bundle is compiled as usual and
 * the cache written anew. BUKAI_NO_COMPILE_CACHE=1 turns it off. Nothing here may import the core.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const CORE = join(__dirname, 'bukai-core.cjs');

type Wrapped = (exports: object, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

/** The cache file for this bundle and this Node, or null when there is no per-user cache folder. */
function cacheFile(): string | null {
  if (process.env['BUKAI_NO_COMPILE_CACHE']) return null;
  const base = process.env['XDG_CACHE_HOME'] || (process.platform === 'win32' ? process.env['LOCALAPPDATA'] : undefined) || join(homedir(), '.cache');
  const core = statSync(CORE);
  return join(base, 'bukai', `core-${process.version}-${process.arch}-${core.size}-${Math.round(core.mtimeMs)}.v8`);
}

/** Reads a file, or undefined when it cannot be read. */
function readOrNone(path: string | null): Buffer | undefined {
  try {
    return path ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache through a temporary file and a rename, so a concurrent run never reads half of one,
 * and removes the caches of earlier bundles or Node versions.
 */
function writeCache(path: string, data: Buffer): void {
  try {
    const folder = dirname(path);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, path);
    for (const name of readdirSync(folder)) if (/^core-.*\.v8$/.test(name) && name !== basename(path)) rmSync(join(folder, name), { force: true });
  } catch {
    // A cache that cannot be written only costs the next run its compile time.
  }
}

const file = cacheFile();
const cachedData = readOrNone(file);
const script = new Script(Module.wrap(readFileSync(CORE, 'utf8')), { filename: CORE, ...(cachedData ? { cachedData } : {}) });
const core = new Module(CORE, module);
core.filename = CORE;
(script.runInThisContext() as Wrapped).call(core.exports, core.exports, createRequire(CORE), core, CORE, dirname(CORE));
if (file && (cachedData === undefined || script.cachedDataRejected === true)) {
  // At exit the functions this run compiled are in the cache too, not only the top level.
  process.once('exit', () => writeCache(file, script.createCachedData()));
}
(core.exports as { runAsProcess: () => void }).runAsProcess();
