/** State and actions of the 集約 tab: picked files, per-file progress, the dashboard written, the rates. */
import { useState } from 'react';
import { consolidateFiles, writeDashboard, type FileState, type SourceFile } from '../../jobs/consolidate-files';
import type { RateRow } from '../../consolidate/dashboard';
import type { PaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';

export interface FileRow {
  readonly name: string;
  readonly state: FileState | 'pending';
  readonly message: string | null;
}

/** Reads browser File objects into the job's source files. */
async function toSource(file: File): Promise<SourceFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), modified: new Date(file.lastModified).toISOString() };
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The consolidate tab's state hook. */
export function useConsolidation(services: PaneServices, strings: Strings, locale: 'ja' | 'en', today: Date = new Date()) {
  const [files, setFiles] = useState<File[]>([]);
  const [roster, setRoster] = useState<File | null>(null);
  const [asOf, setAsOf] = useState(today.toISOString().slice(0, 10));
  const [threshold, setThreshold] = useState(60);
  const [rows, setRows] = useState<FileRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [rates, setRates] = useState<RateRow[] | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'warning'; text: string } | null>(null);

  const addFiles = (picked: readonly File[]): void => {
    const workbooks = picked.filter((f) => /\.xls[xm]?$/i.test(f.name));
    setFiles((current) => [...current, ...workbooks.filter((f) => !current.some((c) => c.name === f.name && c.size === f.size))]);
  };

  const run = async (): Promise<void> => {
    if (files.length === 0) {
      setMessage({ intent: 'warning', text: strings.consolidate.noFiles });
      return;
    }
    setBusy(true);
    setMessage(null);
    setRates(null);
    setRows(files.map((f) => ({ name: f.name, state: 'pending', message: null })));
    try {
      const read = await services.loadReader();
      const sources = await Promise.all(files.map(toSource));
      const rosterSource = roster ? await toSource(roster) : null;
      const result = await consolidateFiles(
        sources,
        { roster: rosterSource, asOf: asOf === '' ? null : asOf, threshold, fiscalYear: null, includeOtherYears: false, locale, generatedAt: new Date().toISOString(), yieldBetweenFiles: nextTask },
        read,
        (status, index) => setRows((current) => current.map((r, i) => (i === index ? { name: status.file, state: status.state, message: status.message } : r))),
      );
      const sheets = result.files.reduce((n, f) => n + f.sheets, 0);
      if (sheets === 0) {
        setMessage({ intent: 'error', text: strings.error('読み込めた状況把握表がありません。') });
        return;
      }
      const names = await writeDashboard(await services.host(), result.specs);
      setRates(result.dashboard.rates);
      setMessage({ intent: 'success', text: strings.consolidate.written(names.join('、')) });
    } catch (e) {
      setMessage({ intent: 'error', text: strings.error(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  const done = rows.filter((r) => r.state !== 'pending').length;
  return { files, addFiles, clearFiles: () => setFiles([]), roster, setRoster, asOf, setAsOf, threshold, setThreshold, rows, done, busy, rates, message, run };
}
