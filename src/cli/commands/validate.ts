/** `validate`: checks submitted workbooks and prints every issue with its file, sheet and cell. */
import { parseArgs } from 'node:util';
import type { Issue } from '../../domain/issue';
import { readXlsx } from '../../hosts/xlsx/read-xlsx';
import { resolveHiddenSheets } from '../../jobs/hidden-sheets';
import { validateGrids } from '../../jobs/validate-sheets';
import { failureOutcome, outcome, type Outcome } from '../../domain/outcomes';
import { formatIssue, formatOutcome } from '../../messages/format-outcome';
import { CliError, EXIT, assertNotAnInput, checkOutputPath, readSource, writeOutputsAtomically } from '../cli-io';
import { fileKey } from '../file-identity';
import { expandInputs, nothingToReadMessage } from '../input-files';

export const VALIDATE_USAGE = 'validate FILE.xlsx|FOLDER... [--as-of YYYY-MM-DD] [--json OUT.json] [--recursive] [--lang ja|en]';

const SEVERITY_LABEL = { ja: { error: 'エラー', warning: '警告', info: '情報' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;


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
  const asOf = parseAsOf(values['as-of']);
  const locale = values.lang === 'en' ? 'en' : 'ja';
  const inputs = expandInputs(positionals, { recursive: values.recursive ?? false });
  const paths = inputs.files;
  if (paths.length === 0) throw new CliError(nothingToReadMessage(inputs, '検証', VALIDATE_USAGE));
  if (values.json) assertNotAnInput(values.json, paths, '--json');
  if (values.json) checkOutputPath(values.json, '--json', 'json');
  for (const skipped of inputs.notRead) print(`${skipped.path}: [対象外] ${skipped.reason}`);

  const reports: FileReport[] = [];
  let errors = 0;
  const given = new Set<string>();
  for (const path of paths) {
    // One file named twice (or as a folder and a path) is checked, and counted, once.
    const key = fileKey(path);
    if (given.has(key)) {
      print(`${path}: 同じファイルが2回指定されています。1回だけ検証します。`);
      continue;
    }
    given.add(key);
    const source = readSource(path);
    if ('error' in source) {
      reports.push({ file: path, readable: false, message: source.error, sheets: [], issues: [] });
      print(`${path}: [${SEVERITY_LABEL[locale].error}] ${source.error}`);
      errors += 1;
      continue;
    }
    const read = readXlsx(source.file.bytes);
    if (!read.ok) {
      const message = formatOutcome(failureOutcome(read.failure.code, read.failure.sheet ?? null, null), locale);
      reports.push({ file: source.file.name, readable: false, message, sheets: [], issues: [] });
      print(`${source.file.name}: [${SEVERITY_LABEL[locale].error}] ${message}`);
      errors += 1;
      continue;
    }
    const report = validateGrids(read.workbook.sheets, { asOf }, read.workbook.names);
    const file = source.file.name;
    // Hidden sheets are noted as consolidation will treat them: skipped beside a visible copy, else used.
    const hidden = resolveHiddenSheets(report.sheets.flatMap((s, i) => (s.model ? [{ file, sheet: s.model, hidden: read.workbook.sheets[i]?.hidden === true }] : [])));
    const notes = hidden.notes.map(({ file: _file, ...issue }) => issue);
    const noStatusSheet = formatOutcome(outcome('job', 'no_status_sheet', {}), locale);
    const issues = [...read.notices, ...report.issues, ...notes].map((issue) => ({ ...issue, message: formatIssue(issue, locale) }));
    reports.push({
      file: source.file.name,
      readable: true,
      message: report.sheets.some((s) => s.model) ? null : noStatusSheet,
      sheets: report.sheets.map((s) => ({ sheet: s.sheet, statusSheet: s.model !== null, reason: s.skipped ? formatOutcome(s.skipped, locale) : null, skip: s.skipped })),
      issues,
    });
    const found = report.sheets.filter((s) => s.model).length;
    print(`${source.file.name}: ${found} 枚の状況把握表`);
    for (const s of report.sheets) if (s.skipped) print(`  ${s.sheet}: 対象外（${formatOutcome(s.skipped, locale)}）`);
    // An empty workbook or one of memos only cannot be consolidated either: an error, not a clean pass.
    if (found === 0) {
      print(`  [${SEVERITY_LABEL[locale].error}] ${noStatusSheet}`);
      errors += 1;
    }
    for (const issue of issues) print(`  ${issue.sheet}!${issue.cell ?? '-'} [${SEVERITY_LABEL[locale][issue.severity]}] ${issue.message}`);
    errors += issues.filter((i) => i.severity === 'error').length;
  }
  if (values.json) writeOutputsAtomically([{ path: values.json, option: '--json', data: `${JSON.stringify({ asOf, files: reports, notRead: inputs.notRead }, null, 2)}\n` }]);
  print(errors > 0 ? `エラー ${errors} 件。` : 'エラーはありません。');
  return errors > 0 ? EXIT.issues : EXIT.ok;
}

/** --as-of as an ISO date, or null when not given. */
export function parseAsOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(`${text.trim()}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text.trim()) {
    throw new CliError(`--as-of は 2023-03-31 のような日付で指定してください（指定値: ${text}）。`);
  }
  return text.trim();
}
