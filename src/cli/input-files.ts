/**
 * The command line's inputs expanded: files as given, folders to the workbooks in them. Every file of a
 * folder that is not read is listed with why, except the operating system's own litter (macOS `._*`,
 * Excel's `~$*` lock files, .DS_Store, Thumbs.db, desktop.ini), which nobody submitted.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileIdentity } from './file-identity';
import type { CliMessages } from './messages/cli-messages';

/** Extensions handed to the reader, which reads .xlsx/.xlsm and names what to do with the others. */
const SPREADSHEET_EXT = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xls', '.xlsb', '.ods']);
const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/** A file of a folder that is not read, and why. */
export interface NotRead {
  readonly path: string;
  readonly reason: string;
}

export interface ExpandedInputs {
  /** Paths to read, in the order given (folders sorted as Japanese Explorer sorts). */
  readonly files: readonly string[];
  readonly notRead: readonly NotRead[];
  /** Folders given that held nothing to read. */
  readonly emptyFolders: readonly string[];
}

const isQuiet = (name: string): boolean => name.startsWith('._') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());

function notReadReason(name: string, m: CliMessages): string {
  const ext = extname(name).toLowerCase();
  if (ext === '.csv') return m.inputs.csv;
  return m.inputs.notXlsx(ext === '' ? null : ext);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Expands the arguments; folders to the spreadsheets directly inside them (and below, with `recursive`). */
export function expandInputs(args: readonly string[], m: CliMessages, options: { recursive?: boolean } = {}): ExpandedInputs {
  const files: string[] = [];
  const notRead: NotRead[] = [];
  const emptyFolders: string[] = [];
  // Folders already walked, by identity: a symlink back up the tree must not loop.
  const walked = new Set<string>();
  const walk = (folder: string): number => {
    const id = fileIdentity(folder);
    if (id !== null) {
      if (walked.has(id)) return 0;
      walked.add(id);
    }
    let found = 0;
    const names = readdirSync(folder).sort((a, b) => a.localeCompare(b, 'ja'));
    for (const name of names) {
      if (isQuiet(name)) continue;
      const path = join(folder, name);
      if (isDirectory(path)) {
        if (options.recursive) found += walk(path);
        else notRead.push({ path, reason: m.inputs.subfolder });
      } else if (SPREADSHEET_EXT.has(extname(name).toLowerCase())) {
        files.push(path);
        found += 1;
      } else {
        notRead.push({ path, reason: notReadReason(name, m) });
      }
    }
    return found;
  };
  for (const arg of args) {
    if (!isDirectory(arg)) {
      files.push(arg);
      continue;
    }
    let found: number;
    try {
      found = walk(arg);
    } catch (error) {
      notRead.push({ path: arg, reason: m.inputs.folderUnreadable((error as NodeJS.ErrnoException).code ?? String(error)) });
      continue;
    }
    if (found === 0) emptyFolders.push(arg);
  }
  return { files, notRead, emptyFolders };
}

/** The message for a run that was given nothing to read: names the empty folders, else asks for files. */
export function nothingToReadMessage(inputs: ExpandedInputs, job: 'validate' | 'consolidate', usage: string, m: CliMessages): string {
  return inputs.emptyFolders.length > 0 ? m.inputs.emptyFolders(inputs.emptyFolders, job) : m.inputs.nothingGiven(job, usage);
}
