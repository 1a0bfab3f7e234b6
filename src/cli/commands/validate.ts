/** `validate`: checks submitted workbooks and prints every issue with its file, sheet and cell. */
import { parseArgs } from 'node:util';
import type { Issue } from '../../domain/issue';
import { readXlsx } from '../../hosts/xlsx/read-xlsx';
import { resolveHiddenSheets } from '../../jobs/hidden-sheets';
import { validateFile } from '../../jobs/validate-files';
import { failureOutcome, outcome, type Outcome } from '../../domain/outcomes';
import { formatIssue, formatOutcome } from '../../messages/format-outcome';
import { CliError, EXIT, assertNotAnInput, checkOutputPath, readSource, writeOutputsAtomically } from '../cli-io';
import { onceEach } from '../file-identity';
import { expandInputs, nothingToReadMessage } from '../input-files';
import { CLI_MESSAGES, type CliMessages } from '../messages/cli-messages';

export const VALIDATE_USAGE = 'validate FILE.xlsx|FOLDER... [--as-of YYYY-MM-DD] [--json OUT.json] [--recursive] [--lang ja|en]';



interface FileReport {
  file: string;
  readable: boolean;
  message: string | null;
  sheets: Array<{ sheet: string; statusSheet: boolean; reason: string | null; skip: Outcome<'skip'> | null }>;
  issues: Array<Issue & { message: string }>;
}

/** Runs the validate command; returns 1 when any error was found. */
export function runValidate(argv: readonly string[], print: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { 'as-of': { type: 'string' }, json: { type: 'string' }, lang: { type: 'string' }, recursive: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const locale = values.lang === 'en' ? 'en' : 'ja';
  const m = CLI_MESSAGES[locale];
  const severity = m.validate.severity;
  const asOf = parseAsOf(values['as-of'], m);
  const inputs = expandInputs(positionals, m, { recursive: values.recursive ?? false });
  const paths = inputs.files;
  if (paths.length === 0) throw new CliError(nothingToReadMessage(inputs, 'validate', VALIDATE_USAGE, m));
  if (values.json) assertNotAnInput(values.json, paths, '--json', m);
  if (values.json) checkOutputPath(values.json, '--json', 'json', m);
  for (const skipped of inputs.notRead) print(m.inputs.notRead(skipped.path, skipped.reason));

  const reports: FileReport[] = [];
  let errors = 0;
  // One file named twice (or as a folder and a path) is checked, and counted, once.
  for (const path of onceEach(paths, (repeat) => print(m.inputs.twice(repeat, 'validate')))) {
    const source = readSource(path, m);
    if ('error' in source) {
      reports.push({ file: path, readable: false, message: source.error, sheets: [], issues: [] });
      print(`${path}: [${severity.error}] ${source.error}`);
      errors += 1;
      continue;
    }
    const validated = validateFile(source.file, readXlsx, { asOf });
    if (!validated.ok) {
      const f = validated.failure;
      const message = formatOutcome(failureOutcome(f.code, f.sheet, f.error), locale);
      reports.push({ file: source.file.name, readable: false, message, sheets: [], issues: [] });
      print(`${source.file.name}: [${severity.error}] ${message}`);
      errors += 1;
      continue;
    }
    const { report } = validated;
    // Hidden sheets are noted as consolidation will treat them: skipped beside a visible copy, else used.
    const notes = resolveHiddenSheets(validated.candidates).notes.map(({ file: _file, ...issue }) => issue);
    const noStatusSheet = formatOutcome(outcome('job', 'no_status_sheet', {}), locale);
    const issues = [...validated.notices, ...report.issues, ...notes].map((issue) => ({ ...issue, message: formatIssue(issue, locale) }));
    reports.push({
      file: source.file.name,
      readable: true,
      message: report.sheets.some((s) => s.model) ? null : noStatusSheet,
      sheets: report.sheets.map((s) => ({ sheet: s.sheet, statusSheet: s.model !== null, reason: s.skipped ? formatOutcome(s.skipped, locale) : null, skip: s.skipped })),
      issues,
    });
    const found = report.sheets.filter((s) => s.model).length;
    print(m.validate.found(source.file.name, found));
    for (const s of report.sheets) if (s.skipped) print(m.validate.skipped(s.sheet, formatOutcome(s.skipped, locale)));
    // An empty workbook or one of memos only cannot be consolidated either: an error, not a clean pass.
    if (found === 0) {
      print(`  [${severity.error}] ${noStatusSheet}`);
      errors += 1;
    }
    for (const issue of issues) print(`  ${issue.sheet}!${issue.cell ?? '-'} [${severity[issue.severity]}] ${issue.message}`);
    errors += issues.filter((i) => i.severity === 'error').length;
  }
  if (values.json) writeOutputsAtomically([{ path: values.json, option: '--json', data: `${JSON.stringify({ asOf, files: reports, notRead: inputs.notRead }, null, 2)}\n` }], m);
  print(m.validate.errors(errors));
  return errors > 0 ? EXIT.issues : EXIT.ok;
}

/** --as-of as an ISO date, or null when not given. */
export function parseAsOf(text: string | undefined, m: CliMessages): string | null {
  if (text === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(`${text.trim()}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text.trim()) {
    throw new CliError(m.validate.asOf(text));
  }
  return text.trim();
}
