/** Runs `vite build` into a chosen folder (tests and the screenshot script build apart from dist/). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** The outcome of one build: exit status and what it printed. */
export interface BuildResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds the pane (mode "production" or "preview") into `outDir` with ADDIN_URL set, or unset when undefined. */
export function buildPane(outDir: string, options: { addinUrl?: string; mode?: 'production' | 'preview' } = {}): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  delete env.ADDIN_URL;
  if (options.addinUrl !== undefined) env.ADDIN_URL = options.addinUrl;
  const args = [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', options.mode ?? 'production', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
