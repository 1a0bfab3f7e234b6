/**
 * Each pane operation measured through Microsoft's Excel client library over the simulated workbook
 * (tests/hosts/office/simulator): context.sync() calls and the largest request and response, for
 * dashboards of 10, 100 and 1,000 distinct synthetic plan sheets.
 */
import { OfficeWorkbookHost } from '../src/hosts/office/office-workbook-host';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { createStatusSheets } from '../src/jobs/create-status-sheets';
import { consolidateFiles, writeDashboard, type SourceFile } from '../src/jobs/consolidate-files';
import { validateInHost } from '../src/jobs/validate-sheets';
import { workbookOf } from '../tests/hosts/office/simulator/sim-from-grids';
import { SimulatedExcel } from '../tests/hosts/office/simulator/simulated-excel';
import { BENCH_OPTIONS } from './bench-options';
import type { OfficeMeasurement, OfficePayload } from './office-syncs';
import { syntheticWorkbooks } from './synthetic-submissions';

const create = (host: OfficeWorkbookHost) =>
  createStatusSheets(host, { fiscalYear: 2022, committee: '就労部会', workingGroup: '事業所連絡会WG', planSheets: [['①', '④', '⑤'], ['②', '③'], ['⑥', '⑦']] });

/** Syncs of `operation` on `excel` (after whatever it already holds). */
async function syncsOf(excel: SimulatedExcel, operation: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs.length;
  await operation();
  return excel.syncs.length - before;
}

/** The plan sheets of `files` in one workbook (sheet names made unique), read back through the Office host as 検証 of all sheets does. */
async function readBack(files: readonly SourceFile[]): Promise<OfficePayload['read']> {
  const grids = files.flatMap((f, i) => {
    const result = readXlsx(f.bytes);
    return result.ok ? result.workbook.sheets.map((g) => ({ ...g, name: `${i}_${g.name}` })) : [];
  });
  const excel = new SimulatedExcel(workbookOf(grids));
  const syncs = await syncsOf(excel, () => new OfficeWorkbookHost(excel.run()).readSheets());
  return { sheets: grids.length, syncs, maxResponseBytes: excel.maxResponseBytes, refused: excel.syncs.filter((s) => s.error !== null).length };
}

/** 集約 of `files` written into a fresh simulated workbook (集約_概要 and the charts included). */
async function write(files: readonly SourceFile[]): Promise<Omit<OfficePayload, 'read'>> {
  const { specs } = await consolidateFiles(files, BENCH_OPTIONS, readXlsx);
  const excel = new SimulatedExcel();
  const syncs = await syncsOf(excel, () => writeDashboard(new OfficeWorkbookHost(excel.run()), specs));
  return {
    syncs,
    maxRequestBytes: excel.maxRequestBytes,
    totalRequestBytes: excel.syncs.reduce((n, s) => n + s.requestBytes, 0),
    maxResponseBytes: excel.maxResponseBytes,
    refused: excel.syncs.filter((s) => s.error !== null).length,
  };
}

/** 集約 of `files` written into a fresh simulated workbook, and the plan sheets read back. */
async function dashboard(files: readonly SourceFile[]): Promise<OfficePayload> {
  return { ...(await write(files)), read: await readBack(files) };
}

/** Measures every operation the pane performs against Excel; `files` are 100 synthetic workbooks of 10 plan sheets. */
export async function measureSyncs(files?: readonly SourceFile[]): Promise<OfficeMeasurement> {
  const all = files ?? (await syntheticWorkbooks(100));
  const excel = new SimulatedExcel();
  const host = new OfficeWorkbookHost(excel.run());
  const counts = {
    create: await syncsOf(excel, () => create(host)),
    validateOne: await syncsOf(excel, () => validateInHost(host, { asOf: null }, ['①・④・⑤'])),
    validateAll: await syncsOf(excel, () => validateInHost(host, { asOf: null })),
  };
  return {
    syncs: counts,
    office: { '10': await dashboard(all.slice(0, 1)), '100': await dashboard(all.slice(0, 10)), '1000': await dashboard(all.slice(0, 100)) },
  };
}
