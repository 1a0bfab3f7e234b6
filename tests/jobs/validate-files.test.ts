import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { validateFile } from '../../src/jobs/validate-files';
import { formatOutcome } from '../../src/messages/format-outcome';
import { failureOutcome } from '../../src/domain/outcomes';
import { fixturePaths } from '../helpers/fixture-workbooks';

const [first] = fixturePaths();
if (!first) throw new Error('no FY2022 fixture');
const file = { name: 'a.xlsx', bytes: new Uint8Array(readFileSync(first)) };

describe('validating one submitted file', () => {
  it('reads the workbook, validates its sheets and lists the status sheets with their tabs’ visibility', () => {
    const v = validateFile(file, readXlsx, { asOf: '2023-04-30' });
    if (!v.ok) throw new Error(v.failure.code);
    expect(v.candidates.length).toBeGreaterThan(0);
    expect(v.candidates.map((c) => [c.file, c.hidden])).toEqual(v.candidates.map(() => ['a.xlsx', false]));
    expect(v.report.sheets.filter((s) => s.model).map((s) => s.sheet)).toEqual(v.candidates.map((c) => c.sheet.sheetName));
  });

  it('keeps a reader that throws to this file, as an internal failure that names the error', () => {
    const v = validateFile(file, () => {
      throw new Error('boom');
    }, { asOf: null });
    expect(v).toEqual({ ok: false, failure: { file: 'a.xlsx', code: 'internal', sheet: null, error: 'Error: boom' } });
    if (v.ok) return;
    expect(formatOutcome(failureOutcome(v.failure.code, v.failure.sheet, v.failure.error), 'en')).toContain('An unexpected error occurred while reading (Error: boom)');
  });

  it('passes the reader’s failure on by its code and sheet', () => {
    const v = validateFile({ name: 'b.xlsx', bytes: new TextEncoder().encode('not a workbook') }, readXlsx, { asOf: null });
    expect(v).toEqual({ ok: false, failure: { file: 'b.xlsx', code: 'not_xlsx', sheet: null, error: null } });
  });
});
