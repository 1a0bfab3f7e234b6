/** 検証 in the pane leaves out our own dashboard sheets and counts by severity; skipped sheets keep a code. */
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { consolidateFiles, writeDashboard } from '../../src/jobs/consolidate-files';
import { createStatusSheets } from '../../src/jobs/create-status-sheets';
import { validateInHost } from '../../src/jobs/validate-sheets';
import { toPaneReport } from '../../src/taskpane/hooks/use-validation';
import { isDashboardSheetName } from '../../src/taskpane/own-sheets';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { formatOutcome } from '../../src/messages/format-outcome';

describe('the validation report in the pane', () => {
  it('knows the dashboard sheets in both languages, also as freed (2) variants', () => {
    expect(['集約_提出状況', '集約_達成率(2)', 'Summary_Rates', '集約_概要', 'Summary_Overview'].map(isDashboardSheetName)).toEqual([true, true, true, true, true]);
    expect(['集約', '①・④・⑤', '集約_メモ'].map(isDashboardSheetName)).toEqual([false, false, false]);
  });

  it('lists no 集約_ sheet after a consolidation, and counts the issues of the status sheets by severity', async () => {
    const host = await XlsxWorkbookHost.create();
    const files = fixturePaths().slice(0, 2).map((path) => ({ name: path, bytes: new Uint8Array(readFileSync(path)) }));
    const result = await consolidateFiles(files, { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' }, readXlsx);
    await writeDashboard(host, result.specs);
    await createStatusSheets(host, { fiscalYear: 2022, committee: '就労部会', workingGroup: '雇用啓発WG', planSheets: [['①']] });
    const raw = await validateInHost(host, { asOf: '2023-04-30' });
    expect(raw.sheets.filter((s) => s.model === null).map((s) => s.sheet)).toContain('集約_提出状況');
    const report = toPaneReport(raw);
    expect(report.sheets.map((s) => s.sheet)).toEqual(['①']);
    expect(report.skipped).toEqual([]);
    const warnings = raw.issues.filter((i) => i.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(report.counts).toEqual({ error: 0, warning: warnings, info: 0 });
    // Each dashboard sheet was skipped with a code the pane words in either language.
    const skipped = raw.sheets.filter((s) => s.model === null);
    expect(skipped).toHaveLength(7);
    for (const s of skipped) {
      if (!s.skipped) throw new Error(`${s.sheet} has no code`);
      expect(formatOutcome(s.skipped, 'en')).toMatch(/^[\x20-\x7e()]+$/);
      expect(formatOutcome(s.skipped, 'ja')).toMatch(/[ぁ-ん]/);
    }
  });
});
