/**
 * Bundles the CLI into one file, dist-cli/bukai.cjs, for the package's `bin` (`bukai`) and `npm run cli`:
 * a bare `node` loads one pre-compiled file instead of tsx compiling ~150 TypeScript modules at every start.
 * `--if-stale` rebuilds only when a source is newer than the bundle (so `npm run cli` after an edit runs the edit).
 * Plain ESM JavaScript on purpose: running it must not itself pay tsx's start-up.
 */
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'main.ts');
const core = join(root, 'dist-cli', 'bukai-core.cjs');
// The `bukai` command: a small launcher that loads the core through V8's code cache (src/cli/launch.ts).
const outfile = join(root, 'dist-cli', 'bukai.cjs');
const worker = join(root, 'dist-cli', 'segment-worker.cjs');

/** Latest modification time under a path (a file or a folder). */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let latest = s.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

const ifStale = process.argv.includes('--if-stale');
const sources = () => Math.max(newest(join(root, 'src')), newest(join(root, 'package.json')), newest(fileURLToPath(import.meta.url)));
const fresh = (file) => existsSync(file) && statSync(file).mtimeMs >= sources();
if (!(ifStale && fresh(core) && fresh(outfile) && fresh(worker))) {
  // esbuild is loaded only when there is something to build: `npm run cli` with a fresh bundle starts faster.
  const { build } = await import('esbuild');
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minifySyntax: true, legalComments: 'none', logLevel: 'warning' };
  // Node's own modules stay require()s; everything else (zod, fflate, our code) is in the one file. No
  // shebang: the launcher compiles it as a function body (node dist-cli/bukai-core.cjs still runs it).
  await build({ ...common, entryPoints: [entry], outfile: core, packages: 'bundle' });
  await build({ ...common, entryPoints: [join(root, 'src', 'cli', 'launch.ts')], outfile, banner: { js: '#!/usr/bin/env node' } });
  // 集約_課題's word segmentation runs on a worker thread while the files are read (src/cli/segment-in-thread.ts).
  await build({ ...common, entryPoints: [join(root, 'src', 'cli', 'segment-worker.ts')], outfile: worker });
  // Executable, so `bukai` works when the package is linked or installed.
  chmodSync(outfile, 0o755);
}
