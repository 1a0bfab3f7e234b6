/** `consolidate`: many submitted workbooks → one dashboard workbook (+ a JSON summary). */
import { parseArgs } from 'node:util';
import { parseFiscalYear } from '../../domain/fiscal-calendar';
import { readXlsx } from '../../hosts/xlsx/read-xlsx';
import { failureOutcome } from '../../domain/outcomes';
import { checkOverwrite, type OverwriteProblem } from '../../hosts/xlsx/write-over-existing';
import { XlsxWorkbookHost } from '../../hosts/xlsx/xlsx-host';
import { formatOutcome } from '../../messages/format-outcome';
import { DEFAULT_READ_LIMITS } from '../../hosts/xlsx/xlsx-limits';
import { consolidateFiles, writeDashboard, type SourceFile } from '../../jobs/consolidate-files';
import { CliError, EXIT, assertDistinctOutputs, assertNotAnInput, checkOutputPath, readExistingOutput, readSource, writeOutputsAtomically, type OutputFile } from '../cli-io';
import { onceEach } from '../file-identity';
import { expandInputs, nothingToReadMessage } from '../input-files';
import { CLI_MESSAGES, type CliMessages } from '../messages/cli-messages';
import { parseAsOf } from './validate';

export const CONSOLIDATE_USAGE =
  'consolidate FILE.xlsx|FOLDER... --out DASHBOARD.xlsx [--json SUMMARY.json] [--recursive] [--roster ROSTER.(xlsx|csv)] [--as-of YYYY-MM-DD] [--threshold 60] [--fiscal-year 2022] [--include-other-years] [--lang ja|en]';

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
      'as-of': { type: 'string' },
      threshold: { type: 'string' },
      'fiscal-year': { type: 'string' },
      'include-other-years': { type: 'boolean' },
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
  const protectedInputs = values.roster ? [...paths, values.roster] : paths;
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

  let roster: SourceFile | null = null;
  if (values.roster) {
    const source = readSource(values.roster, m);
    if ('error' in source) throw new CliError(m.consolidate.roster(values.roster, source.error));
    // readSource stops one byte past the limit: a cut-off roster must not be read as a shorter one.
    if (source.file.bytes.length > DEFAULT_READ_LIMITS.maxFileBytes) throw new CliError(m.consolidate.roster(values.roster, m.consolidate.rosterTooLarge));
    roster = source.file;
  }

  // Files that cannot even be opened are reported like unreadable workbooks; the rest go on.
  const files: SourceFile[] = [];
  const openFailures: Array<{ path: string; error: string }> = [];
  const seen = new Map<string, string>();
  for (const path of onceEach(paths, (repeat) => print(m.inputs.twice(repeat, 'consolidate')))) {
    const source = readSource(path, m);
    if ('error' in source) {
      openFailures.push({ path, error: source.error });
      continue;
    }
    files.push(disambiguate(source.file, path, seen));
  }
  const state = m.consolidate.state;
  for (const failure of openFailures) print(`${failure.path}: [${state.unreadable}] ${failure.error}`);
  for (const skipped of inputs.notRead) print(m.inputs.notRead(skipped.path, skipped.reason));

  const result = await consolidateFiles(
    files,
    { roster, asOf, threshold, fiscalYear, includeOtherYears: values['include-other-years'] ?? false, locale, generatedAt: now.toISOString() },
    readXlsx,
    (status, index, total) => {
      progress?.(m.consolidate.progress(index + 1, total));
      const counts = status.state === 'read' ? m.consolidate.counts(status.sheets, status.errors, status.warnings) : '';
      print(`${status.file}: [${state[status.state]}]${counts}${status.outcome ? ` ${formatOutcome(status.outcome, locale)}` : ''}`);
    },
  );
  for (const problem of result.rosterProblems) print(m.consolidate.rosterProblem(formatOutcome(problem, locale)));

  const sheetCount = result.files.reduce((n, f) => n + f.sheets, 0);
  if (sheetCount === 0) {
    print(m.consolidate.nothing);
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
  const outputs: OutputFile[] = [{ path: out, option: '--out', data: await host.toBytes() }];
  if (values.json) {
    const failures = [
      ...openFailures.map((f) => ({ file: f.path, message: f.error })),
      ...inputs.notRead.map((f) => ({ file: f.path, message: f.reason })),
      ...result.summary.failures,
    ];
    outputs.push({ path: values.json, option: '--json', data: `${JSON.stringify({ ...result.summary, failures }, null, 2)}\n` });
  }
  writeOutputsAtomically(outputs, m);
  print(m.consolidate.done(sheetCount, out, names, values.json ?? null));
  return EXIT.ok;
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
function disambiguate(file: SourceFile, path: string, seen: Map<string, string>): SourceFile {
  const previous = seen.get(file.name);
  if (previous === undefined) {
    seen.set(file.name, path);
    return file;
  }
  return { ...file, name: path };
}
