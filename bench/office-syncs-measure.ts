/** context.sync() counts of each pane operation on the recording fake of the Excel API. */
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import type { OfficeWorkbookHost } from '../src/hosts/office/office-workbook-host';
import { createStatusSheets } from '../src/jobs/create-status-sheets';
import { consolidateFiles, writeDashboard, type SourceFile } from '../src/jobs/consolidate-files';
import { validateInHost } from '../src/jobs/validate-sheets';
import { countSyncs } from '../tests/hosts/office/fake-excel';
import { fixturePaths } from '../tests/helpers/fixture-workbooks';
import type { SyncCounts } from './office-syncs';

const create = (host: OfficeWorkbookHost) =>
  createStatusSheets(host, { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', planSheets: [['①', '④', '⑤'], ['②', '③'], ['⑥', '⑦']] });

async function dashboard(sheets: number) {
  const base: SourceFile[] = fixturePaths().map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const files: SourceFile[] = [];
  for (let i = 0; files.length * 2 < sheets; i++) files.push(...base.map((f) => ({ ...f, name: `${i}_${f.name}` })));
  const result = await consolidateFiles(files, { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: true, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' }, readXlsx);
  return result.specs;
}

/** Measures every operation the pane performs against Excel. */
export async function measureSyncs(): Promise<SyncCounts> {
  const [ten, hundred] = [await dashboard(10), await dashboard(100)];
  return {
    create: await countSyncs((host) => create(host)),
    validateOne: await countSyncs((host) => validateInHost(host, { asOf: null }, ['①・④・⑤']), create),
    validateAll: await countSyncs((host) => validateInHost(host, { asOf: null }), create),
    dashboard10: await countSyncs((host) => writeDashboard(host, ten)),
    dashboard100: await countSyncs((host) => writeDashboard(host, hundred)),
  };
}
