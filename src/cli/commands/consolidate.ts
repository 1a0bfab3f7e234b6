/** `consolidate`: many submitted workbooks → one dashboard workbook (+ a JSON summary). */
import { parseArgs } from 'node:util';
import { parseFiscalYear } from '../../domain/fiscal-calendar';
import { readXlsx } from '../../hosts/xlsx/read-xlsx';
import { checkOverwrite } from '../../hosts/xlsx/write-over-existing';
import { XlsxWorkbookHost } from '../../hosts/xlsx/xlsx-host';
import { formatOutcome } from '../../messages/format-outcome';
import { DEFAULT_READ_LIMITS } from '../../hosts/xlsx/xlsx-limits';
import { consolidateFiles, writeDashboard, type SourceFile } from '../../jobs/consolidate-files';
import { CliError, EXIT, assertDistinctOutputs, assertNotAnInput, checkOutputPath, readExistingOutput, readSource, writeOutputsAtomically, type OutputFile } from '../cli-io';
import { fileKey } from '../file-identity';
import { expandInputs, nothingToReadMessage } from '../input-files';
import { parseAsOf } from './validate';

export const CONSOLIDATE_USAGE =
  'consolidate FILE.xlsx|FOLDER... --out DASHBOARD.xlsx [--json SUMMARY.json] [--recursive] [--roster ROSTER.(xlsx|csv)] [--as-of YYYY-MM-DD] [--threshold 60] [--fiscal-year 2022] [--include-other-years] [--lang ja|en]';

const STATE_LABEL = { read: '読込済', invalid: '対象シートなし', unreadable: '読込不可', notRead: '対象外' } as const;

/** Runs the consolidate command: 0 when a dashboard was written, 2 when nothing could be read. */
export async function runConsolidate(argv: readonly string[], print: (line: string) => void, now: Date = new Date()): Promise<number> {
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
  const out = values.out;
  if (!out) throw new CliError(`--out（集約結果のファイル）を指定してください。\n使い方: ${CONSOLIDATE_USAGE}`);
  const inputs = expandInputs(positionals, { recursive: values.recursive ?? false });
  const paths = inputs.files;
  if (paths.length === 0) throw new CliError(nothingToReadMessage(inputs, '集約', CONSOLIDATE_USAGE));
  const protectedInputs = values.roster ? [...paths, values.roster] : paths;
  assertNotAnInput(out, protectedInputs, '--out');
  if (values.json) assertNotAnInput(values.json, protectedInputs, '--json');
  if (values.json) assertDistinctOutputs({ option: '--out', path: out }, { option: '--json', path: values.json });
  // Output-side problems are found before any input is read, and long before anything is written.
  checkOutputPath(out, '--out', 'update');
  if (values.json) checkOutputPath(values.json, '--json', 'json');
  const asOf = parseAsOf(values['as-of']);
  const threshold = values.threshold === undefined ? 60 : Number(values.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) throw new CliError('--threshold は 0〜100 の数値で指定してください。');
  const fiscalYear = values['fiscal-year'] ? parseFiscalYear(values['fiscal-year']) : null;
  if (values['fiscal-year'] && fiscalYear === null) throw new CliError('--fiscal-year は 2022 または 令和4年度 の形で指定してください。');
  const locale = values.lang === 'en' ? 'en' : 'ja';

  let roster: SourceFile | null = null;
  if (values.roster) {
    const source = readSource(values.roster);
    if ('error' in source) throw new CliError(`名簿 ${values.roster}: ${source.error}`);
    // readSource stops one byte past the limit: a cut-off roster must not be read as a shorter one.
    if (source.file.bytes.length > DEFAULT_READ_LIMITS.maxFileBytes) throw new CliError(`名簿 ${values.roster}: ファイルが大きすぎます（上限 20MB）。`);
    roster = source.file;
  }

  // Files that cannot even be opened are reported like unreadable workbooks; the rest go on.
  const files: SourceFile[] = [];
  const openFailures: Array<{ path: string; error: string }> = [];
  const seen = new Map<string, string>();
  const given = new Set<string>();
  for (const path of paths) {
    const key = fileKey(path);
    if (given.has(key)) {
      print(`${path}: 同じファイルが2回指定されています。1回だけ集約します。`);
      continue;
    }
    given.add(key);
    const source = readSource(path);
    if ('error' in source) {
      openFailures.push({ path, error: source.error });
      continue;
    }
    files.push(disambiguate(source.file, path, seen));
  }
  for (const failure of openFailures) print(`${failure.path}: [${STATE_LABEL.unreadable}] ${failure.error}`);
  for (const skipped of inputs.notRead) print(`${skipped.path}: [${STATE_LABEL.notRead}] ${skipped.reason}`);

  const result = await consolidateFiles(
    files,
    { roster, asOf, threshold, fiscalYear, includeOtherYears: values['include-other-years'] ?? false, locale, generatedAt: now.toISOString() },
    readXlsx,
    (status) => {
      const counts = status.state === 'read' ? `（${status.sheets} 枚、エラー ${status.errors}、警告 ${status.warnings}）` : '';
      print(`${status.file}: [${STATE_LABEL[status.state]}]${counts}${status.outcome ? ` ${formatOutcome(status.outcome, locale)}` : ''}`);
    },
  );
  for (const problem of result.rosterProblems) print(`名簿: ${formatOutcome(problem, locale)}`);

  const sheetCount = result.files.reduce((n, f) => n + f.sheets, 0);
  if (sheetCount === 0) {
    print('読み込めた状況把握表がありません。集約結果は作成していません。');
    return EXIT.usage;
  }
  // The dashboard is written as a whole new workbook: an existing one is replaced only when nothing of it is lost.
  const existing = readExistingOutput(out);
  if (existing) {
    const check = checkOverwrite(existing, result.specs.map((s) => s.name));
    if (!check.ok) throw new CliError(`--out ${out} は上書きしません: ${check.reason}。別の新しいファイル名を指定してください（${out} は変更していません）。`);
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
  writeOutputsAtomically(outputs);
  print(`${sheetCount} 枚のシートを集約しました → ${out}（${names.join(', ')}）${values.json ? ` / ${values.json}` : ''}`);
  return EXIT.ok;
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
