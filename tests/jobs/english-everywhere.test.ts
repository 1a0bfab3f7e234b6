/**
 * English mode is English everywhere: every job run with --lang en (the CLI's lines, its JSON, the
 * dashboard it writes, the template) and the pane's texts for the same results hold no Japanese except
 * what the workbooks themselves hold (committee names, the clerks' texts, sheet and file names).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellText, type Grid } from '../../src/domain/grid';
import { STAMP_MARKER } from '../../src/domain/stamp';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles } from '../../src/jobs/consolidate-files';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { formatIssue, formatOutcome } from '../../src/messages/format-outcome';
import { rosterProblemText } from '../../src/taskpane/components/ConsolidateResult';
import { failureText } from '../../src/taskpane/components/FileList';
import { en } from '../../src/taskpane/strings/en';
import { HOSTILE_DIR } from '../hostile/build-hostile-fixtures';
import { FIXTURE_DIR, fixturePaths } from '../helpers/fixture-workbooks';
import { runCli } from '../helpers/run-cli';

/** Kana or kanji: what makes a text Japanese (full-width punctuation alone does not). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** A run of non-ASCII text (digits inside kept: 「令和4年度」 is one run). */
const RUN = /[^\p{ASCII}](?:[0-9]*[^\p{ASCII}])*/gu;
const HOSTILE = ['legacy.xls', 'truncated.xlsx', 'encrypted.xlsx', 'no-status-sheet.xlsx', 'other-year.xlsx', 'formula-no-cache.xlsx'];
const ROSTER = '部会,WG,計画番号\r\n相談部会,,\r\n就労部会,雇用啓発WG,①・④・⑤\r\nこども部会,,①\r\n就労部会,事業所連絡会WG,計画A\r\n';

let dir: string;
/** Outputs go beside the inputs' folder, so the validate run reads only the inputs. */
let outDir: string;
let corpus: string;

/** Every cell text of a grid (rows may be sparse). */
function textsOf(grid: Grid): string[] {
  const out: string[] = [];
  for (const row of grid.rows) for (const cell of row ?? []) if (cell) out.push(cellText(cell));
  return out;
}

/** Every text the inputs hold: cell texts, sheet names, file names, the roster. */
function inputCorpus(paths: readonly string[]): string {
  const parts: string[] = [ROSTER];
  for (const path of paths) {
    parts.push(path);
    const read = readXlsx(new Uint8Array(readFileSync(path)));
    if (!read.ok) continue;
    for (const sheet of read.workbook.sheets) {
      parts.push(sheet.name);
      parts.push(...textsOf(sheet));
    }
  }
  return parts.join('\n');
}

/** The Japanese runs of a text that no input holds: words the product itself wrote. */
function ownJapanese(text: string): string[] {
  return (text.match(RUN) ?? []).filter((run) => JAPANESE.test(run) && !corpus.includes(run));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bukai-en-'));
  outDir = mkdtempSync(join(tmpdir(), 'bukai-en-out-'));
  for (const path of fixturePaths()) copyFileSync(path, join(dir, path.slice(FIXTURE_DIR.length + 1)));
  for (const name of HOSTILE) copyFileSync(join(HOSTILE_DIR, name), join(dir, name));
  writeFileSync(join(dir, 'notes.txt'), 'memo');
  writeFileSync(join(dir, 'roster.csv'), ROSTER);
  corpus = inputCorpus([...fixturePaths(), ...HOSTILE.map((n) => join(HOSTILE_DIR, n))]);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('every job in English', () => {
  it('consolidates with English lines, JSON and dashboard sheets', async () => {
    const out = join(outDir, 'dashboard.xlsx');
    const json = join(outDir, 'summary.json');
    const run = await runCli('consolidate', ...fixturePaths(), ...HOSTILE.map((n) => join(dir, n)), join(dir, 'notes.txt'), '--roster', join(dir, 'roster.csv'), '--out', out, '--json', json, '--as-of', '2023-04-30', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(ownJapanese(run.out + run.err)).toEqual([]);
    // The same run in Japanese shows the product's own Japanese: the check above can fail.
    const ja = await runCli('consolidate', ...fixturePaths(), ...HOSTILE.map((n) => join(dir, n)), '--roster', join(dir, 'roster.csv'), '--out', join(outDir, 'ja.xlsx'), '--as-of', '2023-04-30');
    expect(ownJapanese(ja.out).length).toBeGreaterThan(10);
    const summary = readFileSync(json, 'utf8');
    expect(summary).toContain('"params"');
    expect(ownJapanese(summary)).toEqual([]);
    const dashboard = readXlsx(new Uint8Array(readFileSync(out)));
    if (!dashboard.ok) throw new Error(dashboard.failure.code);
    const texts = dashboard.workbook.sheets.flatMap((s) => [s.name, ...textsOf(s)]);
    // The check is worth something only if the dashboard holds the workbooks' Japanese beside the English.
    expect(texts.some((t) => JAPANESE.test(t))).toBe(true);
    expect(ownJapanese(texts.join('\n'))).toEqual([]);
  });

  it('validates with English lines and JSON', async () => {
    const json = join(outDir, 'validation.json');
    const run = await runCli('validate', dir, '--json', json, '--as-of', '2023-04-30', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.out).toContain('[not read]');
    expect(ownJapanese(run.out + run.err)).toEqual([]);
    expect(ownJapanese(readFileSync(json, 'utf8'))).toEqual([]);
  });

  it('creates the template with English labels and says so in English', async () => {
    const out = join(outDir, 'template.xlsx');
    const run = await runCli('template', '--fiscal-year', '2022', '--committee', 'Employment', '--plans', '①,②', '--out', out, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Created 2 sheets in /);
    const read = readXlsx(new Uint8Array(readFileSync(out)));
    if (!read.ok) throw new Error(read.failure.code);
    // The stamp (「#部会状況把握表:{…}」 in a hidden cell) is the product's mark for the reader, not a label.
    const texts = read.workbook.sheets.flatMap(textsOf).filter((t) => !t.startsWith(STAMP_MARKER));
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => JAPANESE.test(t))).toEqual([]);
  });

  it('refuses bad options in English', async () => {
    const runs = await Promise.all([
      runCli('consolidate', dir, '--lang', 'en'),
      runCli('consolidate', dir, '--out', join(outDir, 'x.xlsx'), '--threshold', '120', '--lang', 'en'),
      runCli('validate', join(dir, 'missing.xlsx'), '--as-of', '2023-02-30', '--lang', 'en'),
      runCli('template', '--fiscal-year', 'x', '--lang', 'en'),
      runCli('consolidate', join(dir, 'empty-folder-none'), '--out', join(dir, 'roster.csv'), '--lang', 'en'),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.err.length).toBeGreaterThan(0);
      expect(ownJapanese(run.err)).toEqual([]);
    }
  });

  it('words the pane’s results in English, from the same outcomes', async () => {
    const names = [...fixturePaths(), ...HOSTILE.map((n) => join(HOSTILE_DIR, n))];
    const files = names.map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: new Uint8Array(readFileSync(path)) }));
    const roster = { name: 'roster.csv', bytes: new TextEncoder().encode(ROSTER) };
    const options = { roster, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'en' as const, generatedAt: '2023-05-01T00:00:00Z' };
    const result = await consolidateFiles(files, options, readXlsx);
    const lines = [
      ...result.files.flatMap((f) => [failureText(f, en) ?? '', f.outcome ? formatOutcome(f.outcome, 'en') : '']),
      ...result.rosterProblems.map((p) => rosterProblemText(p, en)),
      ...result.dashboard.submissions.map((s) => (s.note ? formatOutcome(s.note, 'en') : '')),
      ...result.dashboard.issues.map((i) => formatIssue(i, 'en')),
    ];
    expect(result.rosterProblems.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l !== '').length).toBeGreaterThan(30);
    expect(ownJapanese(lines.join('\n'))).toEqual([]);
    for (const file of files) {
      const read = readXlsx(file.bytes);
      if (!read.ok) continue;
      const report = validateGrids(read.workbook.sheets, { asOf: '2023-04-30' }, read.workbook.names);
      const words = [...report.issues.map((i) => formatIssue(i, 'en')), ...report.sheets.flatMap((s) => (s.skipped ? [formatOutcome(s.skipped, 'en')] : []))];
      expect(ownJapanese(words.join('\n'))).toEqual([]);
    }
  });
});
