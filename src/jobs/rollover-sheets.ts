/**
 * Job 前年度のシートから作成, the writing half: next year's rolled-over sheets added to a workbook through any
 * host — the open workbook in Excel (every group's sheets in it), or one new workbook per group (the CLI,
 * the browser preview's downloads). New sheets only: a user's sheet is never touched, a taken name gets
 * a free "(2)" variant (the placement policy of jobs/sheet-placement.ts).
 */
import type { SheetSpec } from '../domain/sheet-spec';
import type { WorkbookHost } from '../hosts/host';
import { MAX_SHEET_NAME_LENGTH, freeSheetName, sheetNameKey, toSafeSheetName } from '../template/sheet-name';
import type { CreateResult } from './create-status-sheets';
import type { RolloverWorkbook } from './rollover-files';
import { addSheets } from './sheet-placement';

/**
 * The sheets of the groups as one workbook takes them: a lone group keeps its sheets' own names (①, ②・③),
 * as a sheet made by 作成 has; several groups in one workbook prefix theirs with the WG (or committee) name,
 * 「雇用啓発WG_①」, since every group has a 「①」.
 */
export function sheetsForOneWorkbook(workbooks: readonly RolloverWorkbook[]): SheetSpec[] {
  if (workbooks.length <= 1) return workbooks.flatMap((wb) => [...wb.specs]);
  const taken: string[] = [];
  return workbooks.flatMap((wb) =>
    wb.specs.map((spec) => {
      const name = freeSheetName(groupSheetName(wb.group.workingGroup ?? wb.group.committee, spec.name), taken);
      taken.push(name);
      return { ...spec, name };
    }),
  );
}

/** 「<group>_<sheet>」 within Excel's 31 characters: the group's name is cut, never the plan numbers. */
function groupSheetName(group: string, sheet: string): string {
  const room = MAX_SHEET_NAME_LENGTH - sheet.length - 1;
  const label = toSafeSheetName(group, '');
  if (room < 1 || label === '') return sheet;
  let cut = '';
  // Counted in UTF-16 units (Excel's), never splitting a surrogate pair.
  for (const ch of label) {
    if (cut.length + ch.length > room) break;
    cut += ch;
  }
  return `${cut}_${sheet}`;
}

/** Adds the sheets as new worksheets and, when asked, shows the first; the names used and the ones that changed. */
export async function writeRolloverSheets(host: WorkbookHost, specs: readonly SheetSpec[], options: { readonly show: boolean }): Promise<CreateResult> {
  const used = await addSheets(host, specs);
  const renamed = used.flatMap((name, i) => {
    const wanted = specs[i]?.name ?? name;
    return name !== wanted ? [{ wanted, used: name }] : [];
  });
  const first = used[0];
  if (options.show && first !== undefined) await host.select(first, 'A1');
  return { sheets: used, renamed };
}

/**
 * Creates every group's sheets in the open workbook. When some of their names are taken, `confirm` is asked
 * first with those names (as 作成 asks); declined, nothing is written and the result is null.
 */
export async function createRolloverSheets(host: WorkbookHost, workbooks: readonly RolloverWorkbook[], confirm: (taken: readonly string[]) => Promise<boolean>): Promise<CreateResult | null> {
  const specs = sheetsForOneWorkbook(workbooks);
  const existing = new Set((await host.listSheets()).map(sheetNameKey));
  const taken = specs.map((s) => s.name).filter((n) => existing.has(sheetNameKey(n)));
  if (taken.length > 0 && !(await confirm(taken))) return null;
  return writeRolloverSheets(host, specs, { show: true });
}

/** A group's workbook made to be handed out: its file name, its sheets and its bytes. */
export interface RolloverDownload {
  readonly name: string;
  readonly sheets: readonly string[];
  readonly bytes: Uint8Array;
}

/**
 * One file per group, named 令和5年度_就労部会_雇用啓発WG.xlsx as the CLI names them: the secretariat hands
 * each committee / WG its own workbook and collects it back for 集約, so that is the unit it downloads.
 */
export async function rolloverDownloads<H extends WorkbookHost & { toBytes(): Promise<Uint8Array> }>(workbooks: readonly RolloverWorkbook[], newWorkbook: () => Promise<H>): Promise<RolloverDownload[]> {
  const files: RolloverDownload[] = [];
  for (const wb of workbooks) files.push({ name: wb.fileName, sheets: wb.specs.map((s) => s.name), bytes: await rolloverWorkbookBytes(wb, newWorkbook) });
  return files;
}

/** One group's workbook as file bytes, written through a new workbook host (`newWorkbook`, e.g. the xlsx host). */
export async function rolloverWorkbookBytes<H extends WorkbookHost & { toBytes(): Promise<Uint8Array> }>(workbook: RolloverWorkbook, newWorkbook: () => Promise<H>): Promise<Uint8Array> {
  const host = await newWorkbook();
  await writeRolloverSheets(host, workbook.specs, { show: false });
  return host.toBytes();
}
