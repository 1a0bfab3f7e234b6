/**
 * Whether two paths name one file: by device and inode when the file exists (so a hard link, a symlink,
 * another spelling on a case-insensitive or normalising file system all count as the same file), by a
 * comparable spelling when it does not exist yet.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** "dev:ino" of an existing file (symlinks followed), or null when there is none. */
export function fileIdentity(path: string): string | null {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/** Swaps the case of ASCII letters: "/tmp/Out" → "/TMP/oUT", to probe whether a folder ignores case. */
function swapCase(text: string): string {
  return text.replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
}

/** Whether the existing folder's file system finds it under another case (APFS, NTFS, FAT by default). */
function ignoresCase(folder: string): boolean {
  const swapped = swapCase(folder);
  if (swapped === folder) return false;
  const a = fileIdentity(folder);
  return a !== null && a === fileIdentity(swapped);
}

/**
 * A spelling of a path that may not exist, fit for comparing: the nearest existing folder resolved to
 * its real path, the rest in Unicode NFC, all folded to lower case where that folder ignores case.
 */
export function comparablePath(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      existing = realpathSync(existing);
      break;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) break;
      rest.unshift(basename(existing));
      existing = parent;
    }
  }
  const full = join(existing, ...rest).normalize('NFC');
  return ignoresCase(existing) ? full.toLowerCase() : full;
}

/** A key equal for two paths exactly when they name the same file (existing or not). */
export function fileKey(path: string): string {
  return fileIdentity(path) ?? `path:${comparablePath(path)}`;
}

/** Whether two paths name the same file. */
export function sameFile(a: string, b: string): boolean {
  const ia = fileIdentity(a);
  const ib = fileIdentity(b);
  if (ia !== null && ib !== null) return ia === ib;
  return comparablePath(a) === comparablePath(b);
}

/** The paths with a file named twice (or as a folder and a path) kept once, in order; `onRepeat` hears of each repeat. */
export function onceEach(paths: readonly string[], onRepeat: (path: string) => void = () => undefined): string[] {
  const given = new Set<string>();
  return paths.filter((path) => {
    const key = fileKey(path);
    if (given.has(key)) {
      onRepeat(path);
      return false;
    }
    given.add(key);
    return true;
  });
}
