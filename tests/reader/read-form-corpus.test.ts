/**
 * The form corpus (tests/fixtures/forms): the seed's content in the layouts committees send, written by
 * LibreOffice (UNO) and openpyxl. Each sheet reads as expected.json says — identity, plans, rates, active
 * months and every entry in its month, column and cell — and says so where it must doubt; every sheet
 * that is no status sheet is skipped with a reason a clerk can read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { formatIssue, formatOutcome } from '../../src/messages/format-outcome';
import type { ExpectedBook } from '../fixtures/forms/build-forms';
import { observe } from '../helpers/form-reading';
import type { ExpectedReading } from '../helpers/form-render';

/** The fields of a reading (the expected file also records the sheet's name and layout). */
function pick(r: ExpectedReading): ExpectedReading {
  return { committee: r.committee, committeeCanonical: r.committeeCanonical, workingGroup: r.workingGroup, fiscalYear: r.fiscalYear, plans: r.plans, rates: r.rates, activeMonths: r.activeMonths, entries: r.entries, doubt: r.doubt, hiddenText: r.hiddenText };
}

const DIR = join(__dirname, '../fixtures/forms');
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as ExpectedBook[];

function gridsOf(file: string) {
  const result = readXlsx(new Uint8Array(readFileSync(join(DIR, file))));
  if (!result.ok) throw new Error(`${file}: ${result.failure.message}`);
  return result.workbook.sheets;
}

describe.each(EXPECTED.map((b) => [b.file, b] as const))('the corpus workbook %s', (file, book) => {
  const grids = gridsOf(file);

  it.each(book.sheets.map((s) => [s.sheet, s] as const))('reads sheet 「%s」 as it was laid out', (name, expected) => {
    const grid = grids.find((g) => g.name === name);
    expect(grid).toBeDefined();
    const outcome = readStatusSheet(grid as NonNullable<typeof grid>);
    if (outcome.kind !== 'status-sheet') throw new Error(`${name}: ${formatOutcome(outcome.skip)}`);
    const reading: ExpectedReading = { ...expected };
    expect(observe(outcome.sheet)).toEqual(pick(reading));
  });

  if (book.skipped.length > 0) {
    it.each(book.skipped.map((s) => [s.sheet, s] as const))('skips 「%s」 and says why', (name, skipped) => {
      const grid = grids.find((g) => g.name === name);
      const outcome = readStatusSheet(grid as NonNullable<typeof grid>);
      expect(outcome.kind === 'not-status-sheet' && formatOutcome(outcome.skip)).toContain(skipped.reasonIncludes);
    });
  }
});

describe('what the validator says on the corpus', () => {
  it('names the hidden column and gives one form warning instead of blaming the clerk month by month', () => {
    const report = validateGrids(gridsOf('opx-hidden-column.xlsx'), { asOf: '2023-04-30' });
    const codes = report.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'form_unreadable')).toHaveLength(1);
    expect(codes).toContain('hidden_column_text');
    expect(codes).not.toContain('check_without_do');
    const warning = report.issues.find((i) => i.code === 'form_unreadable');
    expect(formatIssue(warning as NonNullable<typeof warning>)).toMatch(/^様式を読み取れない箇所があります（C\d+/);
    const hidden = report.issues.find((i) => i.code === 'hidden_column_text');
    expect(hidden && formatIssue(hidden)).toContain('非表示の列（C列）');
  });

  it('gives no form warning and no clerk-blaming CHECK / ACTION warnings on any clean layout', () => {
    for (const book of EXPECTED.filter((b) => b.sheets.every((s) => !s.doubt))) {
      const report = validateGrids(gridsOf(book.file), { asOf: '2023-04-30' });
      const codes = report.issues.map((i) => i.code);
      expect([book.file, codes.filter((c) => c === 'form_unreadable' || c === 'hidden_column_text')]).toEqual([book.file, []]);
    }
  });
});
