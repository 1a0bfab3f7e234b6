/**
 * State and actions of 前年度のシートから作成: the picked workbooks (read as soon as they are picked), the
 * groups found, the year to create, and the job — new sheets in the open workbook (Excel) or one
 * workbook per group to download (the browser preview).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatFiscalYear } from '../../domain/fiscal-calendar';
import { failureOutcome, outcome } from '../../domain/outcomes';
import { tokyoFiscalYear } from '../../domain/tokyo-time';
import type { FileStatus } from '../../jobs/consolidate-files';
import { readRolloverSources, renderRolloverWorkbooks, type RolloverFileStatus, type RolloverReading } from '../../jobs/rollover-files';
import { createRolloverSheets, rolloverDownloads, sheetsForOneWorkbook, type RolloverDownload } from '../../jobs/rollover-sheets';
import type { ConfirmRequest } from '../components/ConfirmDialog';
import { useAnnounce } from '../components/LiveRegion';
import { errorText } from '../error-text';
import { XLSX_TYPE, type PaneServices } from '../pane-services';
import { readPickedFiles, readsAsReader } from '../read-picked';
import type { WorkbookRead } from '../read-messages';
import type { Strings } from '../strings/ja';
import { noticeLines, type AddNotice, type PickedFile } from './use-consolidation';
import { FISCAL_YEAR_RANGE } from './use-create-form';
import { useNumberInput } from './use-number-input';

/** A picked workbook: its stand-in bytes for the job (see readsAsReader) and its read, null while reading. */
interface RolloverPick {
  readonly id: number;
  readonly file: File;
  readonly key: Uint8Array;
  readonly read: WorkbookRead | null;
}

/** The last run as data, worded in whichever language is on. */
export type RolloverOutcome =
  | { readonly kind: 'created'; readonly fiscalYear: number; readonly groups: number; readonly sheets: readonly string[]; readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly used: string }> }
  | { readonly kind: 'downloaded'; readonly fiscalYear: number; readonly files: readonly RolloverDownload[] };

/** The outcome's lines in the pane's language. */
export function rolloverOutcomeLines(o: RolloverOutcome, strings: Strings): string[] {
  const t = strings.rollover;
  const year = formatFiscalYear(o.fiscalYear, strings.locale);
  if (o.kind === 'downloaded') return [t.downloaded(year, o.files.length)];
  return [t.created(year, o.sheets.length, o.groups), ...o.renamed.map((r) => strings.create.renamed(r.wanted, r.used))];
}

/** A roll-over file status as the shared file list shows it (read / no status sheet / unreadable with the reason). */
export function toFileStatus(status: RolloverFileStatus): FileStatus {
  const base = { file: status.file, sheets: status.sheets, errors: 0, warnings: 0 };
  if (status.failure) return { ...base, state: 'unreadable', outcome: failureOutcome(status.failure.code, status.failure.sheet, status.failure.error) };
  if (status.sheets === 0) return { ...base, state: 'invalid', outcome: outcome('job', 'no_status_sheet', {}) };
  return { ...base, state: 'read', outcome: null };
}

const WORKBOOK = /\.xls[xm]$/i;
let nextId = 1;

/** The roll-over's state hook. */
export function useRollover(services: PaneServices, strings: Strings, locale: 'ja' | 'en', now: Date = new Date()) {
  const announce = useAnnounce();
  const [picks, setPicks] = useState<RolloverPick[]>([]);
  const [notice, setNotice] = useState<AddNotice | null>(null);
  const [readDone, setReadDone] = useState(0);
  const fiscalYear = useNumberInput(tokyoFiscalYear(now) + 1, FISCAL_YEAR_RANGE, 'fiscalYear');
  const [yearTyped, setYearTyped] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RolloverOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [runId, setRunId] = useState(0);
  const [question, setQuestion] = useState<(ConfirmRequest & { resolve: (go: boolean) => void }) | null>(null);

  const reading = picks.some((p) => p.read === null);
  // Recomputed from every read file whenever the list changes (validation of a few workbooks is quick).
  const found: RolloverReading | null = useMemo(() => {
    if (picks.length === 0 || picks.some((p) => p.read === null)) return null;
    const reads = new Map(picks.map((p) => [p.key, p.read as WorkbookRead]));
    return readRolloverSources(
      picks.map((p) => ({ name: p.file.name, bytes: p.key })),
      readsAsReader(reads),
    );
  }, [picks]);

  // Said once the picked files are read (the list below the drop zone changes silently otherwise).
  useEffect(() => {
    if (found) announce(strings.rollover.foundAnnounce(found.plan.groups.length, found.files.filter((f) => f.failure !== null || f.sheets === 0).length));
    // Only a new reading is announced, not a language switch.
  }, [found]);

  // The year follows the sources (their year + 1) until the clerk types one.
  const fromYear = found?.fromYear ?? null;
  const { set: setYear } = fiscalYear;
  useEffect(() => {
    if (!yearTyped && fromYear !== null) setYear(fromYear + 1);
    // setYear is a new function each render: the year is set only when the sources' year changes.
  }, [fromYear, yearTyped]);
  const year = {
    ...fiscalYear,
    onChange: (e: unknown, d: Parameters<typeof fiscalYear.onChange>[1]): void => {
      setYearTyped(true);
      fiscalYear.onChange(e, d);
    },
  };

  // While the typed year is out of range the groups stay listed under the last valid one (run() is off
  // and renders for the year it is given): the groups were found, only the year is wrong.
  const [lastValidYear, setLastValidYear] = useState<number | null>(null);
  useEffect(() => {
    if (fiscalYear.value !== null) setLastValidYear(fiscalYear.value);
  }, [fiscalYear.value]);
  const shownYear = fiscalYear.value ?? lastValidYear;
  const workbooks = useMemo(
    () => (found && shownYear !== null ? renderRolloverWorkbooks(found.plan, { fiscalYear: shownYear, locale, now }) : []),
    // For the names shown; `now` is the hook's creation time, the stamp's time is taken when the sheets are made.
    [found, shownYear, locale],
  );
  const intoWorkbook = useMemo(() => sheetsForOneWorkbook(workbooks), [workbooks]);

  /** Adds workbooks and reads the new ones; anything else, and files already listed, is reported. */
  const addFiles = (picked: readonly File[]): void => {
    const rejected = picked.filter((f) => !WORKBOOK.test(f.name));
    const workbookFiles = picked.filter((f) => WORKBOOK.test(f.name));
    const same = (a: File, b: File): boolean => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
    const repeated = workbookFiles.filter((f, i) => picks.some((p) => same(p.file, f)) || workbookFiles.slice(0, i).some((g) => same(g, f)));
    const added = workbookFiles.filter((f) => !repeated.includes(f)).map((file): RolloverPick => ({ id: nextId++, file, key: new Uint8Array(0), read: null }));
    const next: AddNotice = { rejected: rejected.map((f) => f.name), repeated: repeated.map((f) => f.name) };
    const lines = noticeLines(next, strings);
    setNotice(lines.length > 0 ? next : null);
    if (lines.length > 0) announce(lines.join(' '));
    if (added.length === 0) return;
    setPicks((current) => [...current, ...added]);
    setReadDone(0);
    void readPickedFiles(
      services,
      added.map((p) => p.file),
      setReadDone,
    )
      // A reader that cannot load at all leaves each file unreadable with the reason, never stuck reading.
      .catch((error: unknown) => added.map((): WorkbookRead => ({ ok: false, thrown: String(error) })))
      .then((reads) => {
        const byId = new Map(added.map((p, i) => [p.id, reads[i] ?? { ok: false as const, thrown: 'not read' }]));
        setPicks((current) => current.map((p) => (byId.has(p.id) ? { ...p, read: byId.get(p.id) ?? null } : p)));
      });
  };
  const removeFile = useCallback((id: number): void => setPicks((current) => current.filter((p) => p.id !== id)), []);
  const clearFiles = useCallback((): void => {
    setPicks([]);
    setNotice(null);
  }, []);

  const ask = (request: ConfirmRequest): Promise<boolean> => new Promise((resolve) => setQuestion({ ...request, resolve }));
  const answer = (go: boolean): void => {
    question?.resolve(go);
    setQuestion(null);
  };

  const t = strings.rollover.disabled;
  const disabledReason = busy
    ? t.busy
    : picks.length === 0
      ? t.files
      : reading
        ? t.reading
        : fiscalYear.value === null
          ? t.fiscalYear
          : workbooks.length === 0
            ? t.groups
            : null;

  const finish = (next: RolloverOutcome | null, message: string | null): void => {
    setOutcome(next);
    setError(message);
    announce(message !== null ? strings.error(message) : next ? rolloverOutcomeLines(next, strings).join(' ') : '');
    setRunId((n) => n + 1);
  };

  const run = async (): Promise<void> => {
    const target = fiscalYear.value;
    if (disabledReason !== null || found === null || target === null) return;
    setBusy(true);
    try {
      // Rendered again now, so each sheet's stamp says when it was made.
      const books = renderRolloverWorkbooks(found.plan, { fiscalYear: target, locale, now: new Date() });
      const newWorkbook = services.newWorkbook;
      if (services.mode === 'browser' && newWorkbook) {
        const files = await rolloverDownloads(books, newWorkbook);
        for (const f of files) services.offerFile(f.name, f.bytes, XLSX_TYPE);
        finish({ kind: 'downloaded', fiscalYear: target, files }, null);
        return;
      }
      const e = strings.create.exists;
      const result = await createRolloverSheets(await services.host(), books, (taken) => ask({ title: e.title, body: e.body(strings.quoted(taken)), confirm: e.confirm }));
      if (result) finish({ kind: 'created', fiscalYear: target, groups: books.length, sheets: result.sheets, renamed: result.renamed }, null);
    } catch (err) {
      finish(null, errorText(err, locale));
    } finally {
      setBusy(false);
    }
  };

  const openSheet = async (sheet: string): Promise<void> => {
    try {
      await (await services.host()).select(sheet, 'A1');
    } catch (err) {
      setError(errorText(err, locale));
    }
  };
  const downloadAgain = (file: { name: string; bytes: Uint8Array }): void => services.offerFile(file.name, file.bytes, XLSX_TYPE);

  // The shared file list's rows: the pick, and its fate once every file is read.
  const statuses = new Map(found ? found.files.map((f, i) => [picks[i]?.id, toFileStatus(f)]) : []);
  const files: PickedFile[] = picks.map((p) => ({ id: p.id, file: p.file, status: statuses.get(p.id) ?? null }));
  return { files, notice, addFiles, removeFile, clearFiles, reading, readDone, readTotal: picks.filter((p) => p.read === null).length, found, workbooks, intoWorkbook, fiscalYear: year, busy, disabledReason, outcome, error, runId, question, answer, run, openSheet, downloadAgain };
}
