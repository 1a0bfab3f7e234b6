/** `rollover`: last year's status sheets → next year's blank sheets, one workbook per group. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFiscalYear } from '../../domain/fiscal-calendar';
import { outcome } from '../../domain/outcomes';
import { readXlsx } from '../../hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../hosts/xlsx/xlsx-host';
import { rolloverFiles, rolloverRosterCsv } from '../../jobs/rollover-files';
import type { SourceFile } from '../../jobs/validate-files';
import { formatOutcome } from '../../messages/format-outcome';
import { CliError, EXIT, assertNotAnInput, checkOutputPath, readSource, writeOutputsAtomically, type OutputFile } from '../cli-io';
import { onceEach } from '../file-identity';
import { expandInputs } from '../input-files';
import { CLI_MESSAGES } from '../messages/cli-messages';
import { rolloverWorkbookBytes } from '../../jobs/rollover-sheets';

export const ROLLOVER_USAGE = 'rollover FILE.xlsx|FOLDER... --out-dir DIR [--to-fiscal-year 2023] [--roster-out ROSTER.csv] [--recursive] [--lang ja|en] [--force]';

/** Runs the rollover command: 0 when the new workbooks were written, 2 when nothing could be rolled over. */
export async function runRollover(argv: readonly string[], print: (line: string) => void, now: Date = new Date()): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      'out-dir': { type: 'string' },
      'to-fiscal-year': { type: 'string' },
      'roster-out': { type: 'string' },
      recursive: { type: 'boolean' },
      lang: { type: 'string' },
      force: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const locale = values.lang === 'en' ? 'en' : 'ja';
  const m = CLI_MESSAGES[locale];
  const outDir = values['out-dir'];
  if (!outDir) throw new CliError(m.rollover.outDir(ROLLOVER_USAGE));
  const toYear = values['to-fiscal-year'] ? parseFiscalYear(values['to-fiscal-year']) : null;
  if (values['to-fiscal-year'] && toYear === null) throw new CliError(m.rollover.fiscalYear);
  const inputs = expandInputs(positionals, m, { recursive: values.recursive ?? false });
  if (inputs.files.length === 0) throw new CliError(m.rollover.noInputs(inputs.emptyFolders, ROLLOVER_USAGE));
  const rosterOut = values['roster-out'];
  if (rosterOut) {
    assertNotAnInput(rosterOut, inputs.files, '--roster-out', m);
    if (existsSync(rosterOut) && !values.force) throw new CliError(m.rollover.exists(rosterOut));
    checkOutputPath(rosterOut, '--roster-out', 'replace', m);
  }

  const files: SourceFile[] = [];
  for (const path of onceEach(inputs.files)) {
    const source = readSource(path, m);
    if ('error' in source) print(m.rollover.unreadable(path, source.error));
    else files.push(source.file);
  }
  for (const skipped of inputs.notRead) print(m.inputs.notRead(skipped.path, skipped.reason));

  const result = rolloverFiles(files, readXlsx, { toFiscalYear: toYear, locale, now });
  for (const f of result.files) {
    if (f.failure) print(m.rollover.unreadable(f.file, formatOutcome(outcome('issue', 'unreadable_file', { failure: f.failure.code, failedSheet: f.failure.sheet, error: f.failure.error }), locale)));
    else if (f.sheets === 0) print(m.rollover.noSheet(f.file));
  }
  if (!result.ok) {
    print(result.reason === 'no_year' ? m.rollover.noYear : m.rollover.nothing);
    return EXIT.usage;
  }
  for (const note of result.notes) print(`${note.file} / ${note.sheet}: ${formatOutcome(note.outcome, locale)}`);
  if (result.yearsNote) print(formatOutcome(result.yearsNote, locale));

  const outputs: OutputFile[] = [];
  const existing: string[] = [];
  for (const wb of result.workbooks) {
    const path = join(outDir, wb.fileName);
    assertNotAnInput(path, inputs.files, '--out-dir', m);
    if (existsSync(path) && !values.force) existing.push(path);
    else checkOutputPath(path, '--out-dir', 'replace', m);
  }
  if (existing.length > 0) throw new CliError(m.rollover.existsMany(existing));
  for (const wb of result.workbooks) {
    outputs.push({ path: join(outDir, wb.fileName), option: '--out-dir', data: await rolloverWorkbookBytes(wb, () => XlsxWorkbookHost.create()) });
  }
  if (rosterOut) outputs.push({ path: rosterOut, option: '--roster-out', data: rolloverRosterCsv(result.workbooks) });
  writeOutputsAtomically(outputs, m);
  for (const wb of result.workbooks) print(m.rollover.created(join(outDir, wb.fileName), wb.specs.map((s) => s.name)));
  print(m.rollover.done(result.fiscalYear, result.workbooks.length, rosterOut ?? null));
  return EXIT.ok;
}
