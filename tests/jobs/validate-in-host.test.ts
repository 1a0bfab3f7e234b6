/** Validating the open workbook reads it as the CLI reads a file: with the sheets' own names. */
import type { SheetSpec } from '../../src/domain/sheet-spec';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { validateInHost } from '../../src/jobs/validate-sheets';
import { renderStatusSheet } from '../../src/template/render-status-sheet';
import { addSheets } from '../../src/jobs/sheet-placement';

const shift = <T extends { top: number; bottom: number }>(r: T, by: number): T => ({ ...r, top: r.top + by, bottom: r.bottom + by });

/** Our sheet with rows inserted above it, as a clerk might on an unprotected copy: the stamp (G1) moves down. */
function withRowsAbove(spec: SheetSpec, by: number): SheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((c) => ({ ...c, row: c.row + by })),
    merges: spec.merges.map((m) => shift(m, by)),
    names: spec.names.map((n) => ({ ...n, range: shift(n.range, by) })),
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    freeze: null,
    print: { ...spec.print, titleRows: null },
    pageBreaks: [],
  };
}

describe('validating in the open workbook', () => {
  it('finds a stamp that rows pushed down by the sheet’s own name, as the CLI’s reader does', async () => {
    const spec = renderStatusSheet({ fiscalYear: 2022, committee: '就労部会', workingGroup: '雇用啓発WG', plans: ['①'], rowsPerMonth: 3, createdAt: '2022-04-01T00:00:00.000Z' });
    const host = await XlsxWorkbookHost.create();
    const [name] = await addSheets(host, [withRowsAbove(spec, 6)]);
    const report = await validateInHost(host, { asOf: '2022-05-01' });
    const sheet = report.sheets.find((s) => s.sheet === name)?.model;
    expect(sheet?.stamp?.committee).toBe('就労部会');
    expect(sheet?.origin).toBe('template');
  });
});
