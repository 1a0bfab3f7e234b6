/** The command line's own lines in English (--lang en). */
import type { CliMessages } from './ja';

/** Lists names for a message: five at most, then how many more. */
const list = (items: readonly string[]): string => (items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', '));
const verb = (job: 'validate' | 'consolidate'): string => (job === 'validate' ? 'validate' : 'consolidate');

export const en = {
  usageHeading: '使い方 / usage:',
  usage: (usage: string) => `Usage: ${usage}`,
  unknownCommand: (command: string) => `Unknown command: ${command}`,
  unexpected: (error: string) => `Unexpected error: ${error}`,
  io: {
    notAFile: 'Not a file.',
    notFound: 'File not found. Check the path.',
    noReadPermission: 'No permission to read the file.',
    cannotRead: (code: string) => `Cannot read the file (${code}).`,
    sameAsInput: (option: string, path: string) => `${option} ${path} is one of the input files. A submitted workbook is never overwritten; name another output.`,
    sameOutputs: (option: string, path: string, other: string) => `${option} ${path} is the same file as ${other}. Name another file.`,
    atOutput: (option: string, path: string, why: string) => `${option} ${path}: ${why}`,
    cannotCheck: (code: string) => `Cannot check the output (${code}). Name another output.`,
    isFolder: 'This is a folder. Name the output file itself (e.g. dashboard.xlsx).',
    notRegular: 'Not a regular file (a device or the like). Name another output.',
    existingTooLarge: 'The existing file is too large (limit 20 MB); it is not overwritten. Name another output.',
    existingNotXlsx: 'The existing file is not an Excel workbook (.xlsx); it is not overwritten. Name another output.',
    existingNotJson: 'The existing file is not JSON; it is not overwritten. Name another output.',
    readOnly: 'The file is write-protected; it is not overwritten. Name another output.',
    parentIsFile: (folder: string) => `"${folder}" is a file, not a folder. Check the output path.`,
    folderNotWritable: (folder: string) => `No permission to write in the folder "${folder}". Name another output.`,
    writeErrors: {
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
      EFBIG: 'the file size limit was exceeded',
      EACCES: 'no permission to write',
      EPERM: 'no permission to write',
      EROFS: 'the location is read-only',
      ENOTDIR: 'a file stands where a folder should be',
      EISDIR: 'this is a folder',
    },
    writeFailed: (code: string) => `writing failed (${code})`,
    outputs: 'output',
    notWritten: (where: string, why: string) => `${where}: ${why}. The previous output files are as they were. Check the output and run again.`,
  },
  inputs: {
    csv: 'CSV files are not read. Ask for the Excel workbook (.xlsx).',
    notXlsx: (ext: string | null) => `Not read: not an Excel workbook (.xlsx) (${ext ?? 'no extension'}).`,
    subfolder: 'A folder: the files in it were not read. Add --recursive to read subfolders too.',
    folderUnreadable: (code: string) => `Cannot read the folder (${code}).`,
    emptyFolders: (folders: readonly string[], job: 'validate' | 'consolidate') =>
      `The ${folders.length === 1 ? 'folder' : 'folders'} ${folders.map((f) => `"${f}"`).join(', ')} hold no Excel workbook (.xlsx) to ${verb(job)}. Check the folder.`,
    nothingGiven: (job: 'validate' | 'consolidate', usage: string) => `Name the files to ${verb(job)}.\nUsage: ${usage}`,
    notRead: (path: string, reason: string) => `${path}: [not read] ${reason}`,
    twice: (path: string, job: 'validate' | 'consolidate') => `${path}: the same file is given twice; it is ${job === 'validate' ? 'validated' : 'consolidated'} once.`,
  },
  template: {
    fiscalYear: (usage: string) => `Give --fiscal-year as 2022 or 令和4年度.\nUsage: ${usage}`,
    committee: (usage: string) => `Give --committee (the committee name).\nUsage: ${usage}`,
    plans: 'Give --plans like ①,② or ①・④・⑤,②・③ ("," separates sheets, "・" joins the plan numbers of one sheet).',
    out: (usage: string) => `Give --out (the file to create).\nUsage: ${usage}`,
    exists: (out: string) => `${out} already exists and is not overwritten. Name another file or add --force.`,
    rowsPerMonth: 'Give --rows-per-month as a whole number from 1 to 10.',
    created: (out: string, sheets: readonly string[]) => `Created ${sheets.length} ${sheets.length === 1 ? 'sheet' : 'sheets'} in ${out}: ${sheets.join(', ')}`,
  },
  validate: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    asOf: (text: string) => `Give --as-of as a date like 2023-03-31 (given: ${text}).`,
    found: (file: string, sheets: number) => `${file}: ${sheets} status ${sheets === 1 ? 'sheet' : 'sheets'}`,
    skipped: (sheet: string, reason: string) => `  ${sheet}: not read (${reason})`,
    errors: (n: number) => (n > 0 ? `${n} ${n === 1 ? 'error' : 'errors'}.` : 'No errors.'),
  },
  consolidate: {
    out: (usage: string) => `Give --out (the dashboard file).\nUsage: ${usage}`,
    threshold: 'Give --threshold as a number from 0 to 100.',
    fiscalYear: 'Give --fiscal-year as 2022 or 令和4年度.',
    roster: (path: string, why: string) => `Roster ${path}: ${why}`,
    rosterTooLarge: 'The file is too large (limit 20 MB).',
    rosterProblem: (problem: string) => `Roster: ${problem}`,
    themes: (path: string, why: string) => `Themes ${path}: ${why}`,
    themesRefused: (path: string, errors: number) => `The themes file ${path} has ${errors} ${errors === 1 ? 'error' : 'errors'}: no dashboard was written. Fix the rows above and run it again.`,
    state: { read: 'read', invalid: 'no status sheet', unreadable: 'unreadable', notRead: 'not read' },
    counts: (sheets: number, errors: number, warnings: number) => ` (${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}, ${errors} errors, ${warnings} warnings)`,
    nothing: 'No status sheet could be read; no dashboard was written.',
    notOverwritten: (out: string, why: string) => `--out ${out} is not overwritten: ${why}. Name another, new file (${out} is unchanged).`,
    done: (sheets: number, out: string, names: readonly string[], json: string | null) =>
      `Consolidated ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'} → ${out} (${names.join(', ')})${json ? ` / ${json}` : ''}`,
    progress: (done: number, total: number) => `Reading ${done}/${total}`,
  },
  overwrite: {
    unreadable: (why: string) => `the existing file cannot be read as a dashboard (${why})`,
    foreign: (sheets: readonly string[]) => `it has sheets that are not the dashboard's (${list(sheets)})`,
    stale: (sheets: readonly string[]) => `it has sheets this consolidation does not write (${list(sheets)})`,
    other: (parts: readonly string[]) => `besides the dashboard it holds comments, shapes, charts or the like to keep (${list(parts)})`,
  },
} satisfies CliMessages;
