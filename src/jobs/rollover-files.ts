/**
 * Job 前年度から作成: last year's submitted workbooks → one new workbook per group for the new year, in
 * the standard template with the 「前年度の振り返り」 block. Every file is read on its own; one bad file
 * never stops the others.
 */
import { formatFiscalYear } from '../domain/fiscal-calendar';
import type { SheetSpec } from '../domain/sheet-spec';
import type { FileFailure } from '../consolidate/dashboard';
import { joinPlanNumbers } from '../domain/plan-number';
import { outcome, type Outcome } from '../domain/outcomes';
import { renderRolloverSheet } from '../template/render-rollover-sheet';
import { planRollover, type RolloverGroup, type RolloverPlan, type RolloverSource } from '../template/rollover-plan';
import { sheetNameFor } from '../template/sheet-name';
import { validateFile, type ReadWorkbookBytes, type SourceFile } from './validate-files';

/** One new workbook: its file name, its group and its sheets. */
export interface RolloverWorkbook {
  readonly fileName: string;
  readonly group: RolloverGroup;
  readonly specs: readonly SheetSpec[];
}

/** What became of one source file. */
export interface RolloverFileStatus {
  readonly file: string;
  /** Status sheets found (visible ones first). */
  readonly sheets: number;
  readonly failure: FileFailure | null;
}

export type RolloverResult =
  | { readonly ok: false; readonly reason: 'no_sheets' | 'no_year'; readonly files: readonly RolloverFileStatus[] }
  | {
      readonly ok: true;
      readonly fiscalYear: number;
      readonly workbooks: readonly RolloverWorkbook[];
      readonly notes: RolloverPlan['notes'];
      /** Set when the sources hold sheets of several fiscal years: all went to the one new year. */
      readonly yearsNote: Outcome<'rollover'> | null;
      readonly files: readonly RolloverFileStatus[];
    };

export interface RolloverOptions {
  /** The new fiscal year; null for the year after the latest year of the sources. */
  readonly toFiscalYear: number | null;
  readonly locale: 'ja' | 'en';
  readonly now: Date;
}

/** What last year's files gave: next year's groups, each file's fate, and the latest fiscal year of the sources. */
export interface RolloverReading {
  readonly plan: RolloverPlan;
  readonly files: readonly RolloverFileStatus[];
  /** Status sheets found in all files (a hidden copy counted too). */
  readonly sheets: number;
  /** The fiscal years the sources state, ascending, each once. */
  readonly years: readonly number[];
  /** The latest fiscal year the sources state; null when none states one. */
  readonly fromYear: number | null;
}

/** Reads every file on its own (one bad file never stops the others) and plans next year's groups. */
export function readRolloverSources(files: readonly SourceFile[], read: ReadWorkbookBytes): RolloverReading {
  const visible: RolloverSource[] = [];
  const hidden: RolloverSource[] = [];
  const statuses: RolloverFileStatus[] = [];
  for (const file of files) {
    const result = validateFile(file, read, { asOf: null });
    if (!result.ok) {
      statuses.push({ file: file.name, sheets: 0, failure: result.failure });
      continue;
    }
    for (const c of result.candidates) (c.hidden ? hidden : visible).push({ file: file.name, sheet: c.sheet });
    statuses.push({ file: file.name, sheets: result.candidates.length, failure: null });
  }
  // A hidden copy is rolled over only when no visible sheet has its group and plans (planRollover keeps the
  // first); of two years' copies of one plan, the latest year's comes first.
  const sources = [...latestFirst(visible), ...latestFirst(hidden)];
  const years = [...new Set(sources.flatMap((s) => (s.sheet.fiscalYear ? [s.sheet.fiscalYear.value] : [])))].sort((a, b) => a - b);
  return { plan: planRollover(sources), files: statuses, sheets: sources.length, years, fromYear: years.length > 0 ? Math.max(...years) : null };
}

/** The note that sources of several fiscal years all become one new year's sheets; null for one year. */
export function severalYearsNote(reading: RolloverReading, toYear: number): Outcome<'rollover'> | null {
  return reading.years.length > 1 ? outcome('rollover', 'several_years', { years: [...reading.years], toYear }) : null;
}

/** Renders every group of the plan as next year's workbook (as specs; the caller writes them through a host). */
export function renderRolloverWorkbooks(plan: RolloverPlan, options: { readonly fiscalYear: number; readonly locale: 'ja' | 'en'; readonly now: Date }): RolloverWorkbook[] {
  const { fiscalYear, locale } = options;
  const createdAt = options.now.toISOString();
  const usedNames = new Set<string>();
  return plan.groups.map((group): RolloverWorkbook => {
    const taken: string[] = [];
    const specs = group.sheets.map((sheet) => {
      const spec = renderRolloverSheet(sheet, { fiscalYear, committee: group.committee, workingGroup: group.workingGroup, locale, createdAt });
      const name = sheetNameFor({ plans: sheet.plans, locale }, taken);
      taken.push(name);
      return { ...spec, name };
    });
    return { fileName: uniqueName(rolloverFileName(fiscalYear, group), usedNames), group, specs };
  });
}

/** Reads the files and renders next year's workbooks (as specs; the caller writes them). */
export function rolloverFiles(files: readonly SourceFile[], read: ReadWorkbookBytes, options: RolloverOptions): RolloverResult {
  const reading = readRolloverSources(files, read);
  if (reading.sheets === 0) return { ok: false, reason: 'no_sheets', files: reading.files };
  const fiscalYear = options.toFiscalYear ?? (reading.fromYear !== null ? reading.fromYear + 1 : null);
  if (fiscalYear === null) return { ok: false, reason: 'no_year', files: reading.files };
  const workbooks = renderRolloverWorkbooks(reading.plan, { fiscalYear, locale: options.locale, now: options.now });
  return { ok: true, fiscalYear, workbooks, notes: reading.plan.notes, yearsNote: severalYearsNote(reading, fiscalYear), files: reading.files };
}

/** The sources, the latest fiscal year first, otherwise in the order given (a sheet without a year last). */
function latestFirst(sources: readonly RolloverSource[]): RolloverSource[] {
  return [...sources].sort((a, b) => (b.sheet.fiscalYear?.value ?? Number.MIN_SAFE_INTEGER) - (a.sheet.fiscalYear?.value ?? Number.MIN_SAFE_INTEGER));
}

/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** 令和5年度_就労部会_雇用啓発WG.xlsx (a group without a WG: 令和5年度_相談部会.xlsx), safe on every file system. */
export function rolloverFileName(fiscalYear: number, group: Pick<RolloverGroup, 'committee' | 'workingGroup'>): string {
  const parts = [formatFiscalYear(fiscalYear, 'ja'), group.committee, ...(group.workingGroup ? [group.workingGroup] : [])];
  const base = parts
    .map((p) => p.replace(UNSAFE, '_').trim())
    .join('_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return `${base}.xlsx`;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = name.replace(/\.xlsx$/, `(${n}).xlsx`);
  used.add(candidate.toLowerCase());
  return candidate;
}

/** The roster of expected submissions for the new year, as CSV with the `--roster` columns (部会, WG, 計画番号). */
export function rolloverRosterCsv(workbooks: readonly RolloverWorkbook[]): string {
  const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = ['部会,WG,計画番号'];
  for (const wb of workbooks) {
    for (const sheet of wb.group.sheets) lines.push([wb.group.committee, wb.group.workingGroup ?? '', joinPlanNumbers(sheet.plans)].map(field).join(','));
  }
  // A BOM, so Japanese Excel opens the file as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

