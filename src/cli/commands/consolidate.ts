/** `consolidate`: many submitted workbooks → one dashboard workbook (+ a JSON summary). */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseYearSelection, type YearSelection } from '../../consolidate/year-selection';
import { parseFiscalYear } from '../../domain/fiscal-calendar';
import { readXlsx } from '../../hosts/xlsx/read-xlsx';
import { failureOutcome } from '../../domain/outcomes';
import { checkOverwrite, type OverwriteProblem } from '../../hosts/xlsx/write-over-existing';
import { XlsxWorkbookHost } from '../../hosts/xlsx/xlsx-host';
import { formatOutcome } from '../../messages/format-outcome';
import { DEFAULT_READ_LIMITS } from '../../hosts/xlsx/xlsx-limits';
import { consolidateFiles, writeDashboard, type SourceFile } from '../../jobs/consolidate-files';
import { segmentationFor } from '../segment-in-thread';
import { readThemesFile } from '../../jobs/themes-file';
import type { ThemeTable } from '../../consolidate/themes/theme-table';
import { CliError, EXIT, assertDistinctOutputs, assertNotAnInput, checkOutputPath, openSource, readExistingOutput, readSource, writeOutputsAtomicallyAsync, type StreamedOutputFile } from '../cli-io';
import { onceEach } from '../file-identity';
import { writeJsonChunks } from '../json-chunks';
import { expandInputs, nothingToReadMessage } from '../input-files';
import { CLI_MESSAGES, type CliMessages } from '../messages/cli-messages';
import { parseAsOf } from './validate';

export const CONSOLIDATE_USAGE =
  'consolidate FILE.xlsx|FOLDER... --out DASHBOARD.xlsx [--json SUMMARY.json] [--recursive] [--roster ROSTER.(xlsx|csv)] [--as-of YYYY-MM-DD] [--threshold 60] [--fiscal-year 2022] [--include-other-years] [--years 2021-2023 | --all-years] [--themes THEMES.csv] [--lang ja|en]';

/**
 * Runs the consolidate command: 0 when a dashboard was written, 2 when nothing could be read. `progress`
 * (a terminal's status line) hears how many files are read so far.
 */
export async function runConsolidate(argv: readonly string[], print: (line: string) => void, now: Date = new Date(), progress?: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      json: { type: 'string' },
      roster: { type: 'string' },
      themes: { type: 'string' },
      'as-of': { type: 'string' },
      threshold: { type: 'string' },
      'fiscal-year': { type: 'string' },
      'include-other-years': { type: 'boolean' },
      years: { type: 'string' },
      'all-years': { type: 'boolean' },
      recursive: { type: 'boolean' },
      lang: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const locale = values.lang === 'en' ? 'en' : 'ja';
  const m = CLI_MESSAGES[locale];
  const out = values.out;
  if (!out) throw new CliError(m.consolidate.out(CONSOLIDATE_USAGE));
  const inputs = expandInputs(positionals, m, { recursive: values.recursive ?? false });
  const paths = inputs.files;
  if (paths.length === 0) throw new CliError(nothingToReadMessage(inputs, 'consolidate', CONSOLIDATE_USAGE, m));
  const protectedInputs = [...paths, ...(values.roster ? [values.roster] : []), ...(values.themes ? [values.themes] : [])];
  assertNotAnInput(out, protectedInputs, '--out', m);
  if (values.json) assertNotAnInput(values.json, protectedInputs, '--json', m);
  if (values.json) assertDistinctOutputs({ option: '--out', path: out }, { option: '--json', path: values.json }, m);
  // Output-side problems are found before any input is read, and long before anything is written.
  checkOutputPath(out, '--out', 'update', m);
  if (values.json) checkOutputPath(values.json, '--json', 'json', m);
  const asOf = parseAsOf(values['as-of'], m);
  const threshold = values.threshold === undefined ? 60 : Number(values.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) throw new CliError(m.consolidate.threshold);
  const fiscalYear = values['fiscal-year'] ? parseFiscalYear(values['fiscal-year']) : null;
  if (values['fiscal-year'] && fiscalYear === null) throw new CliError(m.consolidate.fiscalYear);
  const years = yearSelectionOf(values, m);

  let roster: SourceFile | null = null;
  if (values.roster) {
    const source = readSource(values.roster, m);
    if ('error' in source) throw new CliError(m.consolidate.roster(values.roster, source.error));
    // readSource stops one byte past the limit: a cut-off roster must not be read as a shorter one.
    if (source.file.bytes.length > DEFAULT_READ_LIMITS.maxFileBytes) throw new CliError(m.consolidate.roster(values.roster, m.consolidate.rosterTooLarge));
    roster = source.file;
  }

  // A broken themes table stops the run before any workbook is read: the sheet would silently differ.
  const themes = values.themes ? readThemes(values.themes, m, locale, print) : undefined;

  // Files that cannot even be opened are reported like unreadable workbooks; the rest go on.
  const files: SourceFile[] = [];
  const openFailures: Array<{ path: string; error: string }> = [];
  const seen = new Map<string, string>();
  for (const path of onceEach(paths, (repeat) => print(m.inputs.twice(repeat, 'consolidate')))) {
    // Opened now, read when consolidated (openSource): one file's bytes held at a time.
    const source = openSource(path, m, nameFor(path, seen));
    if ('error' in source) {
      openFailures.push({ path, error: source.error });
      continue;
    }
    files.push(source.file);
  }
  const state = m.consolidate.state;
  for (const failure of openFailures) print(`${failure.path}: [${state.unreadable}] ${failure.error}`);
  for (const skipped of inputs.notRead) print(m.inputs.notRead(skipped.path, skipped.reason));

  const result = await consolidateFiles(
    files,
    { roster, asOf, threshold, fiscalYear, includeOtherYears: values['include-other-years'] ?? false, years, locale, generatedAt: now.toISOString(), ...(themes ? { themes } : {}), ...segmentationFor(files.length) },
    readXlsx,
    (status, index, total) => {
      progress?.(m.consolidate.progress(index + 1, total));
      const counts = status.state === 'read' ? m.consolidate.counts(status.sheets, status.errors, status.warnings) : '';
      print(`${status.file}: [${state[status.state]}]${counts}${status.outcome ? ` ${formatOutcome(status.outcome, locale)}` : ''}`);
    },
  );
  for (const problem of result.rosterProblems) print(m.consolidate.rosterProblem(formatOutcome(problem, locale)));
  // Sheets of other years are named one by one (left out); the earlier years of a comparison are counted.
  for (const s of result.dashboard.submissions) {
    if (s.file && s.note && (s.note.code === 'outside_years' || s.note.code === 'other_year')) print(`${s.file} / ${s.sheet ?? ''}: ${formatOutcome(s.note, locale)}`);
  }
  const earlier = result.dashboard.submissions.filter((s) => s.status === 'earlier_year').length;
  if (earlier > 0 && result.dashboard.fiscalYear !== null) print(m.consolidate.earlierYears(earlier, result.dashboard.fiscalYear));
  if (!years && result.dashboard.submissions.some((s) => s.status === 'other_year')) print(m.consolidate.otherYearsHint);

  const sheetCount = result.files.reduce((n, f) => n + f.sheets, 0);
  if (sheetCount === 0) {
    print(m.consolidate.nothing);
    return EXIT.usage;
  }
  // Every sheet outside --years: an empty dashboard would only hide that the range was wrong.
  if (years && result.dashboard.fiscalYear === null) {
    print(m.consolidate.noneInYears);
    return EXIT.usage;
  }
  // The dashboard is written as a whole new workbook: an existing one is replaced only when nothing of it is lost.
  const existing = readExistingOutput(out);
  if (existing) {
    const check = checkOverwrite(existing, result.specs);
    if (!check.ok) throw new CliError(m.consolidate.notOverwritten(out, overwriteReason(check.problem, m, locale)));
  }
  const host = await XlsxWorkbookHost.create();
  const names = await writeDashboard(host, result.specs);
  // The archive written into the file as it is deflated (held whole, the 5,000-sheet dashboard was 12 MB at
  // the end of the run, twice when joined); SUMMARY.json made only once the dashboard is written.
  const outputs: StreamedOutputFile[] = [{ path: out, option: '--out', data: (write) => host.writeTo(write) }];
  if (values.json) {
    const json = values.json;
    outputs.push({
      path: json,
      option: '--json',
      data: (write) => {
        const failures = [
          ...openFailures.map((f) => ({ file: f.path, message: f.error })),
          ...inputs.notRead.map((f) => ({ file: f.path, message: f.reason })),
          ...result.summary.failures,
        ];
        // Written as it is made: the 5,000-sheet summary is 85 MB of text (170 MB as one string).
        writeJsonChunks({ ...result.summary, failures }, write);
        return Promise.resolve();
      },
    });
  }
  await writeOutputsAtomicallyAsync(outputs, m);
  print(m.consolidate.done(sheetCount, out, names, values.json ?? null));
  return EXIT.ok;
}

/** --years RANGE or --all-years, which exclude each other and the one-year options. */
function yearSelectionOf(values: { years?: string | undefined; 'all-years'?: boolean | undefined; 'fiscal-year'?: string | undefined; 'include-other-years'?: boolean | undefined }, m: CliMessages): YearSelection | null {
  const given = [values.years !== undefined ? '--years' : null, values['all-years'] ? '--all-years' : null].filter((o): o is string => o !== null);
  if (given.length === 0) return null;
  const oneYear = [values['fiscal-year'] !== undefined ? '--fiscal-year' : null, values['include-other-years'] ? '--include-other-years' : null, ...given.slice(1)].filter((o): o is string => o !== null);
  if (oneYear.length > 0) throw new CliError(m.consolidate.yearsWith(given[0] ?? '', oneYear));
  if (values['all-years']) return { kind: 'all' };
  const selection = parseYearSelection(values.years ?? '');
  if (!selection) throw new CliError(m.consolidate.years(values.years ?? ''));
  return selection;
}

/** Reads `--themes`: prints each problem with its row; any error is a usage error (exit 2, nothing written). */
function readThemes(path: string, m: CliMessages, locale: 'ja' | 'en', print: (line: string) => void): ThemeTable {
  const source = readSource(path, m);
  if ('error' in source) throw new CliError(m.consolidate.themes(path, source.error));
  if (source.file.bytes.length > DEFAULT_READ_LIMITS.maxFileBytes) throw new CliError(m.consolidate.themes(path, m.consolidate.rosterTooLarge));
  const { table, problems } = readThemesFile(source.file);
  for (const p of problems) print(m.consolidate.themes(path, `[${m.validate.severity[p.severity]}] ${formatOutcome(p.outcome, locale)}`));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (table === null || errors > 0) throw new CliError(m.consolidate.themesRefused(path, Math.max(1, errors)));
  return table;
}

/** Why an existing output may not be replaced, in the run's language. */
function overwriteReason(problem: OverwriteProblem, m: CliMessages, locale: 'ja' | 'en'): string {
  switch (problem.code) {
    case 'unreadable':
      return m.overwrite.unreadable(formatOutcome(failureOutcome(problem.failure, problem.sheet, null), locale));
    case 'foreign':
      return m.overwrite.foreign(problem.items);
    case 'stale':
      return m.overwrite.stale(problem.items);
    case 'other':
      return m.overwrite.other(problem.items);
  }
}

/** Two inputs with one base name (from different folders) get their folder in the name, so rows stay traceable. */
function nameFor(path: string, seen: Map<string, string>): string {
  const name = basename(path);
  if (seen.has(name)) return path;
  seen.set(name, path);
  return name;
}
