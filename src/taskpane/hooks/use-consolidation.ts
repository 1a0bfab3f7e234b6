/** State and actions of the 集約 tab: the file list, the roster, the options, the job and its result. */
import { useCallback, useState } from 'react';
import type { RateRow, SubmissionRow } from '../../consolidate/dashboard';
import type { Outcome } from '../../domain/outcomes';
import { consolidateFiles, writeDashboard, type FileStatus } from '../../jobs/consolidate-files';
import type { ConfirmRequest } from '../components/ConfirmDialog';
import { useAnnounce } from '../components/LiveRegion';
import { isDashboardSheetNameIn } from '../own-sheets';
import { base64ToBytes, bytesToBase64, MAX_REMEMBERED_ROSTER_BYTES } from '../pane-memory';
import type { PaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';
import { tokyoDate } from '../../domain/tokyo-time';
import { errorText } from '../error-text';
import { checkAsTheyArrive } from '../check-arriving';
import { pickedSource, themeWorkOnce } from '../check-picked';
import { readThemesChoice, type ThemesChoice, type ThemesUse } from '../themes-choice';
import { useNumberInput } from './use-number-input';
import { createReadProgress } from '../read-progress';

/** A picked workbook and what became of it in the last run (null: not run yet). */
export interface PickedFile {
  readonly id: number;
  readonly file: File;
  readonly status: FileStatus | null;
}

export interface RosterChoice {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the last run did, kept as data so it is worded in whichever language is on. */
export interface ConsolidationOutcome {
  readonly total: number;
  readonly read: number;
  readonly sheets: number;
  readonly failures: readonly FileStatus[];
  readonly rosterUsed: boolean;
  readonly rosterProblems: ReadonlyArray<Outcome<'roster'>>;
  readonly missing: readonly SubmissionRow[];
  readonly notes: readonly SubmissionRow[];
  /** The dashboard sheets written, in registry order (概要, 提出状況, 達成率, …); empty when nothing could be read. */
  readonly written: readonly string[];
  readonly rates: readonly RateRow[];
  /** The threshold the rates were flagged against. */
  readonly threshold: number;
  /** With 経年比較: how many plans 集約_経年 lists, over which years; null when the years were not compared. */
  readonly trend: { readonly plans: number; readonly years: readonly number[] } | null;
  /** The 課題テーマ表 the run was given (null: the shipped one); when refused, nothing else ran. */
  readonly themes: ThemesUse | null;
}

/** Files a pick or a drop did not add, by name (worded when shown, in the language then on). */
export interface AddNotice {
  readonly rejected: readonly string[];
  readonly repeated: readonly string[];
}

/** The notice's lines: what was not added and why. */
export function noticeLines(notice: AddNotice, strings: Strings): string[] {
  const t = strings.consolidate;
  const lines: string[] = [];
  if (notice.rejected.length > 0) lines.push(t.rejected(strings.list(notice.rejected)));
  if (notice.rejected.some((name) => /\.csv$/i.test(name))) lines.push(t.rejectedCsv);
  if (notice.repeated.length > 0) lines.push(t.alreadyAdded(strings.list(notice.repeated)));
  return lines;
}

const WORKBOOK = /\.xls[xm]$/i;
/** The 要確認 threshold a clerk may give (percent). */
export const THRESHOLD_RANGE = { min: 0, max: 100 } as const;


const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** Files validated between two repaints once their grids are read. */
const FILES_PER_YIELD = 20;
let nextId = 1;

/** The consolidate tab's state hook. */
export function useConsolidation(services: PaneServices, strings: Strings, locale: 'ja' | 'en', now: Date = new Date()) {
  const announce = useAnnounce();
  const [kept] = useState(() => services.memory.read());
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [notice, setNotice] = useState<AddNotice | null>(null);
  const [roster, setRosterState] = useState<RosterChoice | null>(() => (kept.roster ? { name: kept.roster.name, bytes: base64ToBytes(kept.roster.base64) } : null));
  // Not remembered between sessions: a table picked once should not silently shape every later dashboard.
  const [themes, setThemes] = useState<ThemesChoice | null>(null);
  const [asOf, setAsOf] = useState(() => tokyoDate(now));
  const threshold = useNumberInput(kept.threshold ?? 60, THRESHOLD_RANGE);
  // 経年比較: every year of the picked files side by side in 集約_経年.
  const [years, setYears] = useState(false);
  const [busy, setBusy] = useState(false);
  // Files read so far in this run (the workers post it in batches), for the progress bar alone.
  const [progress] = useState(createReadProgress);
  const [outcome, setOutcome] = useState<ConsolidationOutcome | null>(null);
  // The message as thrown; worded with the language's 「エラー:」 when shown.
  const [error, setError] = useState<string | null>(null);
  const [runId, setRunId] = useState(0);
  const [question, setQuestion] = useState<(ConfirmRequest & { resolve: (go: boolean) => void }) | null>(null);

  /** Adds workbooks; anything else, and files already listed, is reported rather than dropped silently. */
  const addFiles = (picked: readonly File[]): void => {
    const rejected = picked.filter((f) => !WORKBOOK.test(f.name));
    const workbooks = picked.filter((f) => WORKBOOK.test(f.name));
    const same = (a: File, b: File): boolean => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
    const repeated = workbooks.filter((f, i) => files.some((p) => same(p.file, f)) || workbooks.slice(0, i).some((g) => same(g, f)));
    const added = workbooks.filter((f) => !repeated.includes(f));
    setFiles((current) => [...current, ...added.map((file) => ({ id: nextId++, file, status: null }))]);
    if (added.length > 0) services.warmReaders?.();
    const next: AddNotice = { rejected: rejected.map((f) => f.name), repeated: repeated.map((f) => f.name) };
    const lines = noticeLines(next, strings);
    setNotice(lines.length > 0 ? next : null);
    if (lines.length > 0) announce(lines.join(' '));
  };
  // Stable, so the memoised file list is not re-rendered by every progress update of a run.
  const removeFile = useCallback((id: number): void => setFiles((current) => current.filter((f) => f.id !== id)), []);
  const clearFiles = useCallback((): void => {
    setFiles([]);
    setNotice(null);
  }, []);

  const chooseRoster = async (file: File | null): Promise<void> => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    setRosterState({ name: file.name, bytes });
    services.memory.write({ roster: bytes.length <= MAX_REMEMBERED_ROSTER_BYTES ? { name: file.name, base64: bytesToBase64(bytes) } : null });
  };
  const clearRoster = (): void => {
    setRosterState(null);
    services.memory.write({ roster: null });
  };

  const chooseThemes = async (file: File | null): Promise<void> => {
    if (!file) return;
    setThemes({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };
  const clearThemes = (): void => setThemes(null);

  const ask = (request: ConfirmRequest): Promise<boolean> => new Promise((resolve) => setQuestion({ ...request, resolve }));
  const answer = (go: boolean): void => {
    question?.resolve(go);
    setQuestion(null);
  };

  const disabledReason = busy ? strings.consolidate.disabled.busy : files.length === 0 ? strings.consolidate.disabled.files : threshold.value === null ? strings.consolidate.disabled.threshold : null;

  const run = async (): Promise<void> => {
    const limit = threshold.value;
    if (disabledReason !== null || limit === null) return;
    setBusy(true);
    try {
      // The table is read before any workbook: with an error in it, nothing is consolidated or written.
      const chosen = themes ? readThemesChoice(themes) : null;
      if (chosen?.use.refused) {
        const refused: ConsolidationOutcome = { ...EMPTY_OUTCOME, total: files.length, threshold: limit, themes: chosen.use };
        setError(null);
        setOutcome(refused);
        announce(strings.consolidate.result.announce(summarize(refused, strings)));
        setRunId((n) => n + 1);
        return;
      }
      const host = await services.host();
      const compare = years;
      // The whole earlier dashboard in this language goes, also sheets this run does not write (集約_経年 without 経年比較).
      const replaced = (await host.listSheets()).filter((n) => isDashboardSheetNameIn(locale, n));
      const s = strings.consolidate.replace;
      if (replaced.length > 0 && !(await ask({ title: s.title, body: s.body(strings.quoted(replaced)), confirm: s.confirm }))) return;
      setError(null);
      setOutcome(null);
      const picked = files;
      setFiles(picked.map((f) => ({ ...f, status: null })));
      services.memory.write({ threshold: limit });
      const read = await services.loadReader();
      progress.set(0);
      const asOfUsed = asOf === '' ? null : asOf;
      // Workers read and validate the files off the main thread while the page aggregates each one as it
      // arrives; where they cannot start or fail, the page does what is left itself.
      const checks = checkAsTheyArrive(services, picked.map((f) => f.file), asOfUsed, read, progress.set);
      const sources = picked.map((f) => pickedSource(f.file, new Uint8Array(0)));
      const themeWork = themeWorkOnce(chosen?.table ?? null);
      await checks.ready(0);
      const statuses = new Map<number, FileStatus>();
      let checked = 0;
      const result = await consolidateFiles(
        sources,
        {
          roster: roster ? { name: roster.name, bytes: roster.bytes } : null,
          asOf: asOfUsed,
          threshold: limit,
          fiscalYear: null,
          includeOtherYears: false,
          years: compare ? { kind: 'all' } : null,
          locale,
          generatedAt: new Date().toISOString(),
          ...(chosen?.table ? { themes: chosen.table } : {}),
          // The next file's validation, and a repaint every few files, not after each: one frame per file was a third of the pane's time.
          yieldBetweenFiles: () => (++checked % FILES_PER_YIELD === 0 ? nextTask().then(() => checks.ready(checked)) : checks.ready(checked)),
          checked: (index) => themeWork(checks.take(index)),
        },
        // Only the roster is read here; the files come validated.
        read,
        (status, index) => {
          const id = picked[index]?.id;
          if (id !== undefined) statuses.set(id, status);
        },
      );
      // Every file's status in one render.
      setFiles((current) => current.map((f) => ({ ...f, status: statuses.get(f.id) ?? f.status })));
      const sheets = result.files.reduce((n, f) => n + f.sheets, 0);
      const written = sheets === 0 ? [] : await writeDashboard(host, result.specs);
      const submissions = result.dashboard.submissions;
      const next: ConsolidationOutcome = {
        total: result.files.length,
        read: result.files.filter((f) => f.state === 'read').length,
        sheets,
        failures: result.files.filter((f) => f.state !== 'read'),
        rosterUsed: roster !== null,
        rosterProblems: result.rosterProblems,
        missing: submissions.filter((r) => r.status === 'missing'),
        notes: submissions.filter((r) => r.status === 'duplicate' || r.status === 'other_year' || r.status === 'unexpected'),
        written,
        rates: sheets === 0 ? [] : result.dashboard.rates,
        threshold: limit,
        trend: sheets === 0 || !result.dashboard.trend ? null : { plans: result.dashboard.trend.length, years: [...new Set(result.dashboard.trend.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b) },
        themes: chosen?.use ?? null,
      };
      setOutcome(next);
      announce(strings.consolidate.result.announce(summarize(next, strings)));
      setRunId((n) => n + 1);
    } catch (e) {
      const message = errorText(e, locale);
      setError(message);
      announce(strings.error(message));
      setRunId((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  const openSheet = async (sheet: string): Promise<void> => {
    try {
      await (await services.host()).select(sheet, 'A1');
    } catch (e) {
      setError(errorText(e, locale));
    }
  };
  // Files with their state from the run; the bar shows at least these.
  const settled = files.filter((f) => f.status !== null).length;
  return { files, notice, addFiles, removeFile, clearFiles, roster, chooseRoster, clearRoster, themes, chooseThemes, clearThemes, asOf, setAsOf, threshold, years, setYears, busy, progress, settled, disabledReason, outcome, error, runId, question, answer, run, openSheet };
}

/** A run that did nothing (the base of one the themes table stopped). */
const EMPTY_OUTCOME: ConsolidationOutcome = { total: 0, read: 0, sheets: 0, failures: [], rosterUsed: false, rosterProblems: [], missing: [], notes: [], written: [], rates: [], threshold: 0, trend: null, themes: null };

/** The outcome in one or two sentences, for the live region. */
export function summarize(o: ConsolidationOutcome, strings: Strings): string {
  const r = strings.consolidate.result;
  if (o.themes?.refused) return strings.sentences([r.themesRefused(o.themes.name), r.themesProblems(o.themes.problems.length)]);
  const parts = [r.read(o.read, o.total), o.sheets === 0 ? r.nothing : r.sheets(o.sheets)];
  if (o.themes && o.themes.problems.length > 0) parts.push(r.themesProblems(o.themes.problems.length));
  if (o.failures.length > 0) parts.push(r.failed(o.failures.length));
  if (o.rosterProblems.length > 0) parts.push(r.rosterProblems(o.rosterProblems.length));
  if (o.rosterUsed) parts.push(r.missing(o.missing.length));
  return strings.sentences(parts);
}
