/**
 * Odd cell content in real status sheets, through the CLI and through readXlsx + validateGrids (the pane's
 * path): formulas give their cached value, rich text and shared strings read as text, Excel dates in DO
 * cells count, full-width rates parse, rates in every form read alike, error values are reported by cell.
 */
import { readFileSync } from 'node:fs';
import type { GridCell } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { runCli } from '../helpers/run-cli';
import { consolidateInto, hostile, useTempDir } from './hostile-run';

const tempDir = useTempDir();

function readFixture(name: string): ReturnType<typeof validateGrids> & { cells: GridCell[] } {
  const read = readXlsx(new Uint8Array(readFileSync(hostile(name))));
  if (!read.ok) throw new Error(read.failure.message);
  const cells = read.workbook.sheets.flatMap((g) => g.rows.flatMap((r) => (r ?? []).filter((c): c is GridCell => !!c)));
  return { ...validateGrids(read.workbook.sheets, { asOf: '2023-04-30' }, read.workbook.names), cells };
}

describe('odd cell content', () => {
  const odd = readFixture('odd-content.xlsx');
  const sheet = odd.sheets[0]?.model;

  it('uses the cached value of a formula and reads a full-width ７０％', async () => {
    const { summary } = await consolidateInto(tempDir(), [hostile('odd-content.xlsx')], '--as-of', '2023-04-30');
    expect(summary?.sheets[0]?.rates).toEqual({ firstHalf: 20, secondHalf: 70, annual: 80 });
    expect(sheet?.summaries.secondHalf?.rate).toMatchObject({ value: 70, raw: expect.stringContaining('７０％') });
  });

  it('joins rich-text runs into one text', () => {
    const june = sheet?.months.find((m) => m.month === 6);
    expect(june?.entries[0]?.do?.value).toBe('6/30WG 昨年度の反省を踏まえ確認。');
  });

  it('counts a date typed as an Excel date in a DO cell as that month’s activity', async () => {
    const may = sheet?.months.find((m) => m.month === 5);
    expect(may?.entries[0]?.do).toEqual({ value: '2022-05-20', cell: 'C9' });
    const { summary } = await consolidateInto(tempDir(), [hostile('odd-content.xlsx')]);
    expect(summary?.sheets[0]?.activeMonths).toContain(5);
  });

  it('keeps a 32,767-character text whole', () => {
    expect(odd.cells.some((c) => c.kind === 'text' && c.text.length === 32_767)).toBe(true);
    expect(sheet?.months.find((m) => m.month === 7)?.entries[0]?.action?.value).toHaveLength(32_767);
  });

  it('reports an error value (#REF!) with its sheet and cell, in the pane’s job and in the CLI', async () => {
    expect(odd.cells).toContainEqual({ kind: 'error', code: '#REF!' });
    expect(odd.issues).toContainEqual({ code: 'cell_error_value', severity: 'warning', sheet: '①・④・⑤', cell: 'D9', params: { value: '#REF!' } });
    const run = await runCli('validate', hostile('odd-content.xlsx'), '--as-of', '2023-04-30');
    expect(run.code).toBe(0);
    expect(run.out).toContain('①・④・⑤!D9 [警告] セルがエラー値（#REF!）になっていて、入力された内容が読めません。数式や参照先を確認し、内容を入力し直してください。');
  });
});

describe('rates typed in their own cell', () => {
  it('reads 0.8 with a percent format, the number 80 and the text "80%" all as 80', async () => {
    const forms = readFixture('rate-forms.xlsx');
    const summaries = forms.sheets[0]?.model?.summaries;
    expect([summaries?.firstHalf?.rate?.value, summaries?.secondHalf?.rate?.value, summaries?.annual?.rate?.value]).toEqual([80, 80, 80]);
    expect(forms.issues.filter((i) => i.code.startsWith('rate_'))).toEqual([]);
    const { summary } = await consolidateInto(tempDir(), [hostile('rate-forms.xlsx')]);
    expect(summary?.sheets[0]?.rates).toEqual({ firstHalf: 80, secondHalf: 80, annual: 80 });
  });
});
