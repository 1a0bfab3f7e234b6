/**
 * The jobs the task pane calls on dropped files (readXlsx → consolidateFiles, and validateGrids): every
 * hostile file gets its own fate with a message, the good ones still consolidate, the bytes handed in
 * are left as they were, and names from the files stay data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type ConsolidateOptions, type SourceFile } from '../../src/jobs/consolidate-files';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { HOSTILE_DIR } from './build-hostile-fixtures';
import { manySheets, millionRows, zipBomb } from './hostile-files';
import { GOOD, hostile } from './hostile-run';
import { formatOutcome } from '../../src/messages/format-outcome';

const OPTIONS: ConsolidateOptions = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' };
const file = (name: string, path = hostile(name)): SourceFile => ({ name, bytes: new Uint8Array(readFileSync(path)), modified: '2023-04-28T00:00:00Z' });

describe('consolidating dropped files in the pane', () => {
  it('gives every file its own fate and a message that says what to do', async () => {
    const files = [
      ...readdirSync(HOSTILE_DIR).sort().map((name) => file(name)),
      { name: 'bomb.xlsx', bytes: zipBomb(8) },
      { name: 'rows.xlsx', bytes: millionRows() },
      { name: 'sheets.xlsx', bytes: manySheets(500) },
      file('相談部会.xlsx', GOOD),
    ];
    const copies = files.map((f) => f.bytes.slice());
    const seen: string[] = [];
    const result = await consolidateFiles(files, OPTIONS, readXlsx, (status) => seen.push(status.file));
    expect(seen).toEqual(files.map((f) => f.name));
    expect(Object.fromEntries(result.files.map((f) => [f.file, f.state]))).toEqual({
      'csv-renamed.xlsx': 'unreadable',
      'empty.xlsx': 'invalid',
      'encrypted.xlsx': 'unreadable',
      'formula-no-cache.xlsx': 'read',
      'injection.xlsx': 'read',
      'legacy.xls': 'unreadable',
      'macro.xlsm': 'read',
      'no-status-sheet.xlsx': 'invalid',
      'not-a-zip.xlsx': 'unreadable',
      'odd-content.xlsx': 'read',
      'other-year.xlsx': 'read',
      'rate-forms.xlsx': 'read',
      'spreadsheet.ods': 'unreadable',
      'truncated.xlsx': 'unreadable',
      'bomb.xlsx': 'unreadable',
      'rows.xlsx': 'unreadable',
      'sheets.xlsx': 'unreadable',
      '相談部会.xlsx': 'read',
    });
    for (const status of result.files.filter((f) => f.state !== 'read')) expect(status.outcome && formatOutcome(status.outcome)).toMatch(/ください。$/);
    // macro.xlsm, formula-no-cache.xlsx and 相談部会.xlsx are the same sheet: one is kept, the others
    // reported as duplicates; other-year.xlsx (令和3年度) is reported and left out.
    expect(result.summary.submissions.filter((s) => s.status === 'duplicate')).toHaveLength(2);
    expect(result.summary.submissions.filter((s) => s.status === 'other_year').map((s) => s.file)).toEqual(['other-year.xlsx']);
    expect(result.summary.sheets.map((s) => s.file).sort()).toEqual(['injection.xlsx', 'odd-content.xlsx', 'rate-forms.xlsx', '相談部会.xlsx']);
    files.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(copies[i] ?? []))).toBe(true));
  });

  it('keeps a hostile file name as data in the dashboard model and the summary', async () => {
    const name = '..\\..\\<img src=x onerror=alert(1)>.xlsx';
    const result = await consolidateFiles([file(name, hostile('injection.xlsx'))], OPTIONS, readXlsx);
    expect(result.summary.sheets[0]?.file).toBe(name);
    const cells = result.specs.flatMap((s) => s.cells.map((c) => c.value));
    expect(cells).toContain(name);
  });
});

describe('validating hostile workbooks in the pane', () => {
  it.each(readdirSync(HOSTILE_DIR).sort())('never throws on %s, and every issue names its sheet', (name) => {
    const read = readXlsx(new Uint8Array(readFileSync(hostile(name))));
    if (!read.ok) {
      expect(read.failure.message).toMatch(/ください。$/);
      return;
    }
    const report = validateGrids(read.workbook.sheets, { asOf: '2023-04-30' }, read.workbook.names);
    const names = read.workbook.sheets.map((g) => g.name);
    for (const issue of report.issues) expect(names).toContain(issue.sheet);
    for (const sheet of report.sheets) expect(sheet.model !== null || (sheet.skipped !== null && formatOutcome(sheet.skipped).length > 0)).toBe(true);
  });
});
