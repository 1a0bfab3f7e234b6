/**
 * Job 集約: many submitted workbooks → one dashboard. Every file is read on its own, so one bad file
 * never stops the others; the reader of bytes is injected so the pane can load it lazily.
 */
import { failureOutcome, outcome, type Outcome } from '../domain/outcomes';
import type { SheetSpec } from '../domain/sheet-spec';
import type { WorkbookHost } from '../hosts/host';
import { consolidate } from '../consolidate/consolidate';
import type { ConsolidationInput } from '../consolidate/consolidation-input';
import type { Dashboard } from '../consolidate/dashboard';
import { dashboardSheetNames, renderDashboard } from '../consolidate/render-dashboard';
import { parseCsv, readRoster, type RosterEntry } from '../consolidate/roster';
import { toSummaryJson, type SummaryJson } from '../consolidate/summary-json';
import type { YearSelection } from '../consolidate/year-selection';
import type { ThemeTable } from '../consolidate/themes/theme-table';
import type { SegmentedWords } from '../consolidate/themes/segment-words';
import type { TaggedTexts, ThemeTag } from '../consolidate/themes/tag-themes';
import { themeTextsOf } from '../consolidate/themes/sheet-texts';
import { replaceOurSheets } from './sheet-placement';
import { resolveHiddenSheets, type SheetCandidate } from './hidden-sheets';
import { validateFile, type FileValidation, type ReadWorkbookBytes, type SourceFile } from './validate-files';

export type { ReadWorkbookBytes, SourceFile } from './validate-files';

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
  /** Several years side by side (集約_経年); absent or null for one year. */
  readonly years?: YearSelection | null;
  readonly locale: 'ja' | 'en';
  readonly generatedAt: string;
  /** The theme table 集約_課題 tags by (readThemesFile); omitted = the shipped one. */
  readonly themes?: ThemeTable;
  /** Lets a UI repaint between files (the pane passes a macrotask wait); omitted in the CLI. */
  readonly yieldBetweenFiles?: () => Promise<void>;
  /** File `index` already read and validated elsewhere (the pane's workers), else undefined and read here. */
  readonly checked?: (index: number) => CheckedFile | undefined;
  /** Cuts each file's CHECK / ACTION texts into words on another thread while the next files are read. */
  readonly segmentation?: WordSegmentation;
}

/**
 * Word segmentation for 集約_課題 done beside the job (the CLI's worker thread): given each file's texts as
 * it is read, it hands back the words of all of them at the end. A failure only costs the time: the
 * consolidation segments what it was not given.
 */
export interface WordSegmentation {
  add(texts: readonly string[]): void;
  finish(): Promise<SegmentedWords>;
}

/**
 * What 集約 needs of a validated file: its validation without the grids (which a worker need not send),
 * and the words of its CHECK / ACTION texts when they were cut ahead (segmentTexts), and their themes when
 * they were tagged ahead by the table the job is given (`themes`; the pane does both as each file arrives).
 */
export type CheckedFile = Exclude<FileValidation, { ok: true }> | (Omit<Extract<FileValidation, { ok: true }>, 'workbook'> & { readonly segmented?: SegmentedWords; readonly tagged?: TaggedTexts });

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
    years: options.years ?? null,
    ...(options.themes ? { themes: options.themes } : {}),
  };
  const roster = options.roster ? readRosterFile(options.roster, read) : { entries: null, problems: [] };
  input.roster = roster.entries;

  const statuses: FileStatus[] = [];
  // Sheets are kept aside until every file is read: a hidden sheet is used only if no file has it visible.
  const candidates: Array<SheetCandidate & { fileModified?: string }> = [];
  const segmented = new Map<string, readonly string[]>();
  const tagged = new Map<string, ThemeTag[]>();
  for (const [index, file] of files.entries()) {
    const validated = options.checked?.(index) ?? validateFile(file, read, { asOf: options.asOf });
    const status = consolidateOne(file, validated, input, candidates);
    if (validated.ok && 'segmented' in validated && validated.segmented) for (const [text, words] of validated.segmented) segmented.set(text, words);
    else if (validated.ok && options.segmentation) options.segmentation.add(validated.candidates.flatMap((c) => themeTextsOf(c.sheet)));
    if (validated.ok && 'tagged' in validated && validated.tagged) for (const [text, tags] of validated.tagged) tagged.set(text, tags);
    statuses.push(status);
    onFile?.(status, index, files.length);
    if (options.yieldBetweenFiles) await options.yieldBetweenFiles();
  }
  const hidden = resolveHiddenSheets(candidates);
  for (const c of hidden.used) input.sheets.push({ file: c.file, sheet: c.sheet, ...(c.fileModified ? { fileModified: c.fileModified } : {}) });
  input.issues.push(...hidden.notes);
  if (options.segmentation) {
    // A segmentation that failed leaves its texts to the consolidation, which cuts them itself.
    const words = await options.segmentation.finish().catch(() => new Map<string, readonly string[]>());
    // The thread's map as it is when nothing was cut ahead (the CLI): a copy was ~2 MB more, made and dropped.
    if (segmented.size === 0) input.segmented = words;
    else for (const [text, w] of words) segmented.set(text, w);
  }
  if (segmented.size > 0) input.segmented = segmented;
  if (tagged.size > 0) input.tagged = tagged;
  const dashboard = consolidate(input);
  // The models are in the dashboard now: let them go before its sheets are laid out (at 5,000 plan sheets
  // they are ~80 MB, and the sheets and the summary take as much again; bench/README.md).
  input.sheets.length = 0;
  candidates.length = 0;
  // The summary is made when first read (the CLI's --json, after the dashboard is written): made here it
  // was ~9 MB more at 5,000 plan sheets through the write, and its making added to the peak (bench/README.md).
  let summary: SummaryJson | undefined;
  // The getter holds the locale, not `options`: through them it held the segmenting thread and the words it
  // posted (~10 MB at 5,000 plan sheets) to the end of the job.
  const locale = options.locale;
  return {
    dashboard,
    specs: renderDashboard(dashboard, locale),
    get summary(): SummaryJson {
      return (summary ??= toSummaryJson(dashboard, locale));
    },
    files: statuses,
    rosterProblems: roster.problems,
  };
}

function consolidateOne(file: SourceFile, validated: CheckedFile, input: ConsolidationInput, candidates: Array<SheetCandidate & { fileModified?: string }>): FileStatus {
  if (!validated.ok) {
    const f = validated.failure;
    input.failures.push(f);
    return { file: file.name, state: 'unreadable', sheets: 0, errors: 0, warnings: 0, outcome: failureOutcome(f.code, f.sheet, f.error) };
  }
  candidates.push(...validated.candidates);
  for (const s of validated.report.sheets) if (s.skipped) input.skipped.push({ file: file.name, sheet: s.sheet, skip: s.skipped });
  const issues = [...validated.notices, ...validated.report.issues];
  for (const issue of issues) input.issues.push({ ...issue, file: file.name });
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const sheets = validated.candidates.length;
  if (sheets === 0) return { file: file.name, state: 'invalid', sheets, errors, warnings, outcome: outcome('job', 'no_status_sheet', {}) };
  const hiddenNames = validated.candidates.filter((c) => c.hidden).map((c) => c.sheet.sheetName);
  const hiddenNote = hiddenNames.length > 0 ? outcome('job', 'hidden_sheets', { sheets: hiddenNames }) : null;
  return { file: file.name, state: 'read', sheets, errors, warnings, outcome: hiddenNote };
}

/** Every sheet a dashboard can have, per language (集約_経年 included). */
const DASHBOARD_NAMES = { ja: dashboardSheetNames('ja', { years: true }), en: dashboardSheetNames('en', { years: true }) };

/**
 * Writes the dashboard sheets into the open workbook and shows it. A previous dashboard in the same
 * language is replaced whole: its sheets this run does not write (集約_経年 of a run that compared years)
 * go too, so nothing stale stays beside the new ones.
 */
export async function writeDashboard(host: WorkbookHost, specs: readonly SheetSpec[]): Promise<string[]> {
  const first = specs[0]?.name ?? '';
  const retire = Object.values(DASHBOARD_NAMES).find((names) => names.includes(first)) ?? [];
  const names = await replaceOurSheets(host, specs, retire);
  const shown = names[0];
  if (shown !== undefined) await host.select(shown, 'A1');
  return names;
}
