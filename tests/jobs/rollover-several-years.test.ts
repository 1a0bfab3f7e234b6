/**
 * Roll-over past FY2023: the filled FY2023 fixtures roll to FY2024 with their own ACTIONs in the block,
 * and sources of two years roll to one new year, saying so, each plan from its latest year's sheet.
 */
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { rolloverFiles } from '../../src/jobs/rollover-files';
import { validateFile } from '../../src/jobs/validate-files';
import { formatOutcome } from '../../src/messages/format-outcome';
import { runCli } from '../helpers/run-cli';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fixtureFiles } from '../helpers/fixture-workbooks';

const FIXTURES = join(__dirname, '..', 'fixtures');
const filesOf = fixtureFiles;
const NOW = new Date('2024-03-21T01:00:00Z');

describe('rolling the filled FY2023 fixtures over to FY2024', () => {
  it('carries each sheet’s own 10月〜3月 ACTIONs of FY2023 into the reference block', () => {
    const sources = filesOf('fy2023');
    const result = rolloverFiles(sources, readXlsx, { toFiscalYear: null, locale: 'ja', now: NOW });
    if (!result.ok) throw new Error(result.reason);
    expect(result.fiscalYear).toBe(2024);
    expect(result.yearsNote).toBeNull();
    const last = sources.flatMap((f) => {
      const r = validateFile(f, readXlsx, { asOf: null });
      return r.ok ? r.candidates.map((c) => ({ file: f.name, sheet: c.sheet })) : [];
    });
    const sheets = result.workbooks.flatMap((w) => w.group.sheets);
    expect(sheets).toHaveLength(10);
    for (const s of sheets) {
      const source = last.find((l) => l.file === s.source.file && l.sheet.sheetName === s.source.sheet);
      const actions = (source?.sheet.months ?? []).filter((m) => [10, 11, 12, 1, 2, 3].includes(m.month)).flatMap((m) => m.entries.flatMap((e) => (e.action ? [e.action.value] : [])));
      expect(s.reference.fromYear).toBe(2023);
      expect(s.reference.actions.map((a) => a.text)).toEqual(actions);
      expect(s.reference.annualRate?.raw).toBe(`${source?.sheet.summaries.annual?.rate?.value}%`);
    }
    // The FY2023 groups wrote rates, 総評 and ACTIONs: only the legacy sheet's missing plan numbers remain to say.
    expect(result.notes.map((n) => [n.file, n.outcome.code === 'missing_carried' ? n.outcome.params.fields : n.outcome.code])).toEqual([['令和5年度_暮らし部会_精神障がい地域包括ケアシステムWG.xlsx', ['plan_numbers']]]);
  });
});

describe('rolling over sources of several years', () => {
  it('rolls all to the year after the latest, says so, and takes each plan from its latest year', () => {
    const result = rolloverFiles([...filesOf('fy2022'), ...filesOf('fy2023')], readXlsx, { toFiscalYear: null, locale: 'ja', now: NOW });
    if (!result.ok) throw new Error(result.reason);
    expect(result.fiscalYear).toBe(2024);
    expect(result.yearsNote).toEqual({ kind: 'rollover', code: 'several_years', params: { years: [2022, 2023], toYear: 2024 } });
    expect(formatOutcome(result.yearsNote ?? { kind: 'rollover', code: 'no_committee', params: {} }, 'ja')).toContain('複数の年度（令和4年度・令和5年度）のシートがあります。すべて令和6年度のシートとして作成します。');
    const sheets = result.workbooks.flatMap((w) => w.group.sheets);
    expect(sheets).toHaveLength(10);
    expect(sheets.every((s) => s.reference.fromYear === 2023 && s.source.file.startsWith('令和5年度_'))).toBe(true);
    expect(result.notes.filter((n) => n.outcome.code === 'duplicate_plan_sheet').map((n) => n.file.startsWith('令和5年度_'))).toEqual(Array(10).fill(false));
  });

  it('prints the note in the CLI', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bukai-rollover-years-'));
    try {
      const run = await runCli('rollover', join(FIXTURES, 'fy2022'), join(FIXTURES, 'fy2023'), '--out-dir', out, '--lang', 'en');
      expect(run.code).toBe(0);
      expect(run.out).toContain('The sources hold sheets of several years (FY2022, FY2023); all were rolled over to FY2024.');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
