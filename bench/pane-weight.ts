/** The pane's JavaScript weight from a production build, as scripts/build-report.ts measures it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface PaneWeight {
  readonly paneInitialGzipKb: number | null;
  readonly readerLazyGzipKb: number | null;
}

/** Builds the pane (Office.js from the CDN, as inside Excel) and reads the build report. */
export function paneWeight(root: string): PaneWeight {
  const report = join(root, 'dist', 'build-report.json');
  // A stale report from an earlier build must not pass for this one.
  rmSync(report, { force: true });
  spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: 'ignore' });
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-report.ts')], { cwd: root, stdio: 'ignore' });
  if (!existsSync(report)) return { paneInitialGzipKb: null, readerLazyGzipKb: null };
  const r = JSON.parse(readFileSync(report, 'utf8')) as { initialGzipKb?: number; readerLazyGzipKb?: number };
  return { paneInitialGzipKb: r.initialGzipKb ?? null, readerLazyGzipKb: r.readerLazyGzipKb ?? null };
}
