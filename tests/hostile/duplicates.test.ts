/**
 * Duplicates and mix-ups: the same group/plan submitted twice (the newest wins — by the sheet's stamp,
 * then the file time — and both are reported), and sheets of another fiscal year (reported, excluded
 * unless asked).
 */
import { copyFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { createStatusSheets } from '../../src/jobs/create-status-sheets';
import { FIXTURE_DIR } from '../helpers/fixture-workbooks';
import { consolidateInto, hostile, useTempDir, type Summary } from './hostile-run';

const tempDir = useTempDir();

/** A file copied or written into the temp dir with the given modification time. */
function placed(name: string, bytesOrSource: Uint8Array | string, modified: string): string {
  const path = join(tempDir(), name);
  if (typeof bytesOrSource === 'string') copyFileSync(bytesOrSource, path);
  else writeFileSync(path, bytesOrSource);
  utimesSync(path, new Date(modified), new Date(modified));
  return path;
}

/** A blank standard sheet of 就労部会【雇用啓発WG】① whose stamp says it was made at `createdAt`. */
async function templateWorkbook(createdAt: string): Promise<Uint8Array> {
  const host = await XlsxWorkbookHost.create();
  await createStatusSheets(host, { fiscalYear: 2022, committee: '就労部会', workingGroup: '雇用啓発WG', planSheets: [['①']] }, new Date(createdAt));
  return host.toBytes();
}

const filesWith = (summary: Summary | null, status: string): Array<string | null> => (summary?.submissions ?? []).filter((s) => s.status === status).map((s) => s.file);

describe('the same group and plan submitted twice', () => {
  it('takes the newer file by file time and reports the older as a duplicate', async () => {
    const older = placed('雇用啓発WG_4月版.xlsx', join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx'), '2023-04-01');
    const newer = placed('雇用啓発WG_最新.xlsx', join(FIXTURE_DIR, '就労部会_雇用啓発WG.xlsx'), '2023-04-20');
    const { summary, out } = await consolidateInto(tempDir(), [newer, older]);
    expect(new Set(summary?.sheets.map((s) => s.file))).toEqual(new Set(['雇用啓発WG_最新.xlsx']));
    expect(filesWith(summary, 'duplicate')).toEqual(['雇用啓発WG_4月版.xlsx', '雇用啓発WG_4月版.xlsx', '雇用啓発WG_4月版.xlsx']);
    expect(summary?.issues.find((i) => i.code === 'duplicate_submission')).toMatchObject({ file: '雇用啓発WG_4月版.xlsx', sheet: '①', message: expect.stringContaining('雇用啓発WG_最新.xlsx') });
    expect(out).toContain('雇用啓発WG_4月版.xlsx: [読込済]');
  });

  it('takes the sheet with the newer stamp even when its file is older', async () => {
    const early = placed('4月作成.xlsx', await templateWorkbook('2022-04-01T09:00:00Z'), '2023-04-20');
    const late = placed('10月作成.xlsx', await templateWorkbook('2022-10-01T09:00:00Z'), '2023-04-01');
    const { summary } = await consolidateInto(tempDir(), [late, early]);
    expect(summary?.sheets.map((s) => s.file)).toEqual(['10月作成.xlsx']);
    expect(filesWith(summary, 'duplicate')).toEqual(['4月作成.xlsx']);
  });

  it('falls back to the file time when both copies carry the same stamp, whatever the order given', async () => {
    const template = await templateWorkbook('2022-04-01T09:00:00Z');
    const october = placed('10月提出.xlsx', template, '2022-10-15');
    const april = placed('4月提出.xlsx', template, '2023-04-20');
    for (const order of [[april, october], [october, april]]) {
      const { summary } = await consolidateInto(tempDir(), order);
      expect(summary?.sheets.map((s) => s.file)).toEqual(['4月提出.xlsx']);
      expect(filesWith(summary, 'duplicate')).toEqual(['10月提出.xlsx']);
    }
  });
});

describe('a sheet of another fiscal year', () => {
  it('is reported with the file and left out unless asked for', async () => {
    const { summary } = await consolidateInto(tempDir(), [FIXTURE_DIR, hostile('other-year.xlsx')]);
    expect(summary?.sheets).toHaveLength(10);
    expect(filesWith(summary, 'other_year')).toEqual(['other-year.xlsx']);
    expect(summary?.issues.find((i) => i.code === 'other_fiscal_year')).toMatchObject({ file: 'other-year.xlsx', sheet: '①', message: expect.stringContaining('2021年度') });
    const asked = await consolidateInto(tempDir(), [FIXTURE_DIR, hostile('other-year.xlsx')], '--include-other-years');
    expect(asked.summary?.sheets).toHaveLength(11);
  });
});
