import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { createStatusSheets } from '../../src/jobs/create-status-sheets';
import { validateInHost } from '../../src/jobs/validate-sheets';
import { renderStatusSheet } from '../../src/template/render-status-sheet';
import { toA1 } from '../../src/domain/cell-ref';

describe('validating a fresh standard sheet', () => {
  it('points a missing half-year rate at the empty rate cell, where the leader types it', async () => {
    const host = await XlsxWorkbookHost.create();
    const request = { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', planSheets: [['①', '④', '⑤']] };
    await createStatusSheets(host, request);
    const report = await validateInHost(host, { asOf: '2022-10-05' });
    const missing = report.issues.find((i) => i.code === 'rate_missing_after_half');
    const spec = renderStatusSheet({ ...request, plans: ['①', '④', '⑤'], createdAt: '2022-04-01T00:00:00Z' });
    const rateName = spec.names.find((n) => n.name === 'RateFirstHalf')!;
    expect(missing?.cell).toBe(toA1(rateName.range.top, rateName.range.left));
    expect(report.issues.filter((i) => i.code === 'rate_missing_after_half')).toHaveLength(1);
  });
});
