/** The roll-over's texts in the pane: outcomes worded in either language, file fates as the shared file list shows them. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { readRolloverSources } from '../../src/jobs/rollover-files';
import { failureText } from '../../src/taskpane/components/FileList';
import { rolloverOutcomeLines, toFileStatus } from '../../src/taskpane/hooks/use-rollover';
import { en } from '../../src/taskpane/strings/en';
import { ja } from '../../src/taskpane/strings/ja';
import { fixturePaths } from '../helpers/fixture-workbooks';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('the roll-over’s words in the pane', () => {
  it('says how many sheets were created for which year, and each renamed sheet', () => {
    const created = { kind: 'created', fiscalYear: 2023, groups: 5, sheets: ['相談部会_①', '雇用啓発WG_①(2)'], renamed: [{ wanted: '雇用啓発WG_①', used: '雇用啓発WG_①(2)' }] } as const;
    expect(rolloverOutcomeLines(created, ja)).toEqual(['令和5年度のシート 2 枚を作成しました（5 グループ）。', '「雇用啓発WG_①」は既にあるため「雇用啓発WG_①(2)」という名前にしました。']);
    expect(rolloverOutcomeLines(created, en)[0]).toBe('Created 2 sheets of 5 groups for FY2023 (Apr 2023 – Mar 2024).');
  });

  it('says how many workbooks were downloaded, in one sentence', () => {
    const downloaded = { kind: 'downloaded', fiscalYear: 2024, files: [{ name: '令和6年度_相談部会.xlsx', sheets: ['①'], bytes: new Uint8Array(0) }] } as const;
    expect(rolloverOutcomeLines(downloaded, ja)).toEqual(['令和6年度のブック 1 件をダウンロードしました。']);
    expect(rolloverOutcomeLines(downloaded, en)).toEqual(['Downloaded 1 workbook for FY2024 (Apr 2024 – Mar 2025).']);
  });

  it('lists a read file as read, a file without a status sheet and an unreadable one with their reasons, in English too', () => {
    const files = [
      { name: '壊れた.xlsx', bytes: new TextEncoder().encode('not a workbook') },
      ...fixturePaths().slice(0, 1).map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) })),
    ];
    const statuses = readRolloverSources(files, readXlsx).files.map(toFileStatus);
    expect(statuses.map((s) => s.state)).toEqual(['unreadable', 'read']);
    const [broken] = statuses;
    if (!broken) throw new Error('no status');
    expect(failureText(broken, ja)).toMatch(/.+/);
    expect(failureText(broken, en)).not.toMatch(JAPANESE);
    expect(toFileStatus({ file: 'メモ.xlsx', sheets: 0, failure: null })).toMatchObject({ state: 'invalid', outcome: { kind: 'job', code: 'no_status_sheet' } });
  });

  it('has no Japanese in the English roll-over strings but the committee and WG names it is given', () => {
    const texts = Object.values(en.rollover).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'function' ? [] : Object.values(v)));
    for (const text of texts) expect(text).not.toMatch(JAPANESE);
    expect(en.rollover.group('就労部会', null)).toBe('就労部会 (whole committee)');
  });
});
