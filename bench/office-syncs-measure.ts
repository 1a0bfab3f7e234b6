/** context.sync() counts of each pane operation on the recording fake of the Excel API. */
import type { OfficeWorkbookHost } from '../src/hosts/office/office-workbook-host';
import { createStatusSheets } from '../src/jobs/create-status-sheets';
import { writeDashboard } from '../src/jobs/consolidate-files';
import { validateInHost } from '../src/jobs/validate-sheets';
import { countSyncs } from '../tests/hosts/office/fake-excel';
import { fixtureDashboardSpecs } from '../tests/helpers/repeated-fixtures';
import type { SyncCounts } from './office-syncs';

const create = (host: OfficeWorkbookHost) =>
  createStatusSheets(host, { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', planSheets: [['①', '④', '⑤'], ['②', '③'], ['⑥', '⑦']] });

/** Measures every operation the pane performs against Excel. */
export async function measureSyncs(): Promise<SyncCounts> {
  const [ten, hundred] = [await fixtureDashboardSpecs(10), await fixtureDashboardSpecs(100)];
  return {
    create: await countSyncs((host) => create(host)),
    validateOne: await countSyncs((host) => validateInHost(host, { asOf: null }, ['①・④・⑤']), create),
    validateAll: await countSyncs((host) => validateInHost(host, { asOf: null }), create),
    dashboard10: await countSyncs((host) => writeDashboard(host, ten)),
    dashboard100: await countSyncs((host) => writeDashboard(host, hundred)),
  };
}
