/**
 * Job 集約: many submitted workbooks → one dashboard. Every file is read on its own, so one bad file
 * never stops the others; the reader of bytes is injected so the pane can load it lazily.
 */
import type { WorkbookGrid } from '../domain/grid';
import type { Issue } from '../domain/issue';
import { failureOutcome, outcome, type FailureCode, type Outcome } from '../domain/outcomes';
import type { SheetSpec } from '../domain/sheet-spec';
import type { WorkbookHost } from '../hosts/host';
import { consolidate } from '../consolidate/consolidate';
import type { ConsolidationInput } from '../consolidate/consolidation-input';
import type { Dashboard } from '../consolidate/dashboard';
import { renderDashboard } from '../consolidate/render-dashboard';
import { parseCsv, readRoster, type RosterEntry } from '../consolidate/roster';
import { toSummaryJson, type SummaryJson } from '../consolidate/summary-json';
import { resolveHiddenSheets, type SheetCandidate } from './hidden-sheets';
import { validateGrids } from './validate-sheets';

/** A file as the user handed it over: its base name, bytes and (when known) last-modified time. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly modified?: string | undefined;
}

/**
 * Bytes → grids, or a failure by its catalog code (the xlsx host's reader fits this shape). The notices
 * are what the file holds that the grids cannot show (a formula never computed…), by sheet and cell.
 */
export type ReadWorkbookBytes = (
  bytes: Uint8Array,
) => { ok: true; workbook: WorkbookGrid; notices?: readonly Issue[] } | { ok: false; failure: { code: Exclude<FailureCode, 'internal'>; sheet?: string | undefined } };

export type FileState = 'read' | 'invalid' | 'unreadable';

/** What became of one file, for the pane's progress list and the CLI's output. */
export interface FileStatus {
  readonly file: string;
  readonly state: FileState;
  readonly sheets: number;
  readonly errors: number;
  readonly warnings: number;
  /** Why a file is unreadable or has no status sheet; for a read file, a note on its hidden sheets (worded by src/messages/). */
  readonly outcome: Outcome<'failure' | 'job'> | null;
}

export interface ConsolidateOptions {
  readonly roster: SourceFile | null;
  readonly asOf: string | null;
  readonly threshold: number;
  readonly fiscalYear: number | null;
  readonly includeOtherYears: boolean;
  readonly locale: 'ja' | 'en';
  readonly generatedAt: string;
  /** Lets a UI repaint between files (the pane passes a macrotask wait); omitted in the CLI. */
  readonly yieldBetweenFiles?: () => Promise<void>;
}

export interface ConsolidationResult {
  readonly dashboard: Dashboard;
  readonly specs: readonly SheetSpec[];
  readonly summary: SummaryJson;
  readonly files: readonly FileStatus[];
  /** Problems with the roster file itself (unreadable, unknown columns…). */
  readonly rosterProblems: ReadonlyArray<Outcome<'roster'>>;
}

const ROSTER_CSV = /\.csv$/i;

/** Reads the roster file (CSV or a workbook's first sheet) into expected submissions. */
export function readRosterFile(file: SourceFile, read: ReadWorkbookBytes): { entries: RosterEntry[] | null; problems: Array<Outcome<'roster'>> } {
  if (ROSTER_CSV.test(file.name)) {
    const text = decodeCsv(file.bytes);
    return readRoster(parseCsv(text, file.name));
  }
  const result = read(file.bytes);
  if (!result.ok) return { entries: null, problems: [outcome('roster', 'unreadable', { file: file.name, failure: result.failure.code, failedSheet: result.failure.sheet ?? null })] };
  const first = result.workbook.sheets[0];
  if (!first) return { entries: null, problems: [outcome('roster', 'no_sheet', { file: file.name })] };
  return readRoster(first);
}

/** CSV as Excel saves it: UTF-8 (with or without BOM), or Shift_JIS from Japanese Excel's plain 「CSV」. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** Reads, validates and consolidates the files; reports each file's fate through `onFile`. */
export async function consolidateFiles(
  files: readonly SourceFile[],
  options: ConsolidateOptions,
  read: ReadWorkbookBytes,
  onFile?: (status: FileStatus, index: number, total: number) => void,
): Promise<ConsolidationResult> {
  const input: ConsolidationInput = {
    sheets: [],
    issues: [],
    failures: [],
    skipped: [],
    roster: null,
    asOf: options.asOf,
    threshold: options.threshold,
    generatedAt: options.generatedAt,
    fiscalYear: options.fiscalYear,
    includeOtherYears: options.includeOtherYears,
  };
  const roster = options.roster ? readRosterFile(options.roster, read) : { entries: null, problems: [] };
  input.roster = roster.entries;

  const statuses: FileStatus[] = [];
  // Sheets are kept aside until every file is read: a hidden sheet is used only if no file has it visible.
  const candidates: Array<SheetCandidate & { fileModified?: string }> = [];
  for (const [index, file] of files.entries()) {
    const status = consolidateOne(file, read, options, input, candidates);
    statuses.push(status);
    onFile?.(status, index, files.length);
    if (options.yieldBetweenFiles) await options.yieldBetweenFiles();
  }
  const hidden = resolveHiddenSheets(candidates);
  for (const c of hidden.used) input.sheets.push({ file: c.file, sheet: c.sheet, ...(c.fileModified ? { fileModified: c.fileModified } : {}) });
  input.issues.push(...hidden.notes);
  const dashboard = consolidate(input);
  return {
    dashboard,
    specs: renderDashboard(dashboard, options.locale),
    summary: toSummaryJson(dashboard, options.locale),
    files: statuses,
    rosterProblems: roster.problems,
  };
}

function consolidateOne(file: SourceFile, read: ReadWorkbookBytes, options: ConsolidateOptions, input: ConsolidationInput, candidates: Array<SheetCandidate & { fileModified?: string }>): FileStatus {
  let result: ReturnType<ReadWorkbookBytes> | { ok: false; failure: { code: 'internal'; sheet?: undefined; error: string } };
  try {
    result = read(file.bytes);
  } catch (error) {
    // The reader classifies bad input itself; anything thrown is a bug, still confined to this file.
    result = { ok: false, failure: { code: 'internal', error: String(error) } };
  }
  if (!result.ok) {
    const error = 'error' in result.failure ? result.failure.error : null;
    const failed = { file: file.name, code: result.failure.code, sheet: result.failure.sheet ?? null, error };
    input.failures.push(failed);
    return { file: file.name, state: 'unreadable', sheets: 0, errors: 0, warnings: 0, outcome: failureOutcome(failed.code, failed.sheet, error) };
  }
  const report = validateGrids(result.workbook.sheets, { asOf: options.asOf }, result.workbook.names);
  let sheets = 0;
  const hiddenNames: string[] = [];
  report.sheets.forEach((s, i) => {
    const hidden = result.workbook.sheets[i]?.hidden === true;
    if (s.model) {
      sheets += 1;
      if (hidden) hiddenNames.push(s.sheet);
      candidates.push({ file: file.name, sheet: s.model, hidden, ...(file.modified ? { fileModified: file.modified } : {}) });
    } else {
      if (s.skipped) input.skipped.push({ file: file.name, sheet: s.sheet, skip: s.skipped });
    }
  });
  const issues = [...(result.notices ?? []), ...report.issues];
  for (const issue of issues) input.issues.push({ ...issue, file: file.name });
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if (sheets === 0) return { file: file.name, state: 'invalid', sheets, errors, warnings, outcome: outcome('job', 'no_status_sheet', {}) };
  const hiddenNote = hiddenNames.length > 0 ? outcome('job', 'hidden_sheets', { sheets: hiddenNames }) : null;
  return { file: file.name, state: 'read', sheets, errors, warnings, outcome: hiddenNote };
}

/** Writes the dashboard sheets into the open workbook, replacing a previous dashboard, and shows it. */
export async function writeDashboard(host: WorkbookHost, specs: readonly SheetSpec[]): Promise<string[]> {
  const names = await host.replaceSheets(specs);
  const first = names[0];
  if (first !== undefined) await host.select(first, 'A1');
  return names;
}
