/** State and actions of the 検証 tab: scope, as-of date, the report, jumping to a cell, auto re-check. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '../../domain/issue';
import { validateInHost, type SheetValidation, type ValidationReport } from '../../jobs/validate-sheets';
import { useAnnounce } from '../components/LiveRegion';
import { isDashboardSheetName } from '../own-sheets';
import type { PaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';
import { tokyoDate } from '../../domain/tokyo-time';

export type Scope = 'active' | 'all';

/** The report as the pane shows it: our own dashboard sheets are neither status sheets nor worth a line. */
export interface PaneReport {
  readonly sheets: readonly SheetValidation[];
  readonly skipped: readonly SheetValidation[];
  readonly issues: readonly Issue[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

/** Drops the dashboard sheets (集約_…) from a report and counts the issues by severity. */
export function toPaneReport(report: ValidationReport): PaneReport {
  const sheets = report.sheets.filter((s) => !isDashboardSheetName(s.sheet));
  const issues = sheets.flatMap((s) => s.issues);
  const count = (severity: Issue['severity']): number => issues.filter((i) => i.severity === severity).length;
  return { sheets, skipped: sheets.filter((s) => s.model === null), issues, counts: { error: count('error'), warning: count('warning'), info: count('info') } };
}

/** The key of an issue, for marking it visited. */
export const issueKey = (issue: Issue): string => `${issue.sheet}\u0000${issue.cell ?? ''}\u0000${issue.code}`;

/** The validate tab's state hook. */
export function useValidation(services: PaneServices, strings: Strings, now: Date = new Date()) {
  const announce = useAnnounce();
  const [scope, setScope] = useState<Scope>('all');
  const [asOf, setAsOf] = useState(() => tokyoDate(now));
  const [auto, setAuto] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<PaneReport | null>(null);
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  // The message as thrown; worded with the language's 「エラー:」 when shown.
  const [error, setError] = useState<string | null>(null);
  const [runId, setRunId] = useState(0);
  const latest = useRef<(trigger: 'user' | 'auto') => Promise<void>>(() => Promise.resolve());
  const stringsRef = useRef(strings);
  stringsRef.current = strings;

  // An automatic re-run (after an edit in Excel) must not pull focus from the grid into the pane.
  const run = useCallback(async (trigger: 'user' | 'auto' = 'user'): Promise<void> => {
    setBusy(true);
    setError(null);
    const s = stringsRef.current;
    try {
      const host = await services.host();
      const active = scope === 'active' ? await services.activeSheet() : null;
      const next = toPaneReport(await validateInHost(host, { asOf: asOf === '' ? null : asOf }, active ? [active] : undefined));
      setReport(next);
      setVisited(new Set());
      const read = next.sheets.length - next.skipped.length;
      announce(s.validate.announce(read === 0 ? s.validate.noSheets : s.sentences([s.validate.checked(read), s.validate.summary(next.counts.error, next.counts.warning, next.counts.info)])));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setError(message);
      announce(s.error(message));
    } finally {
      setBusy(false);
      if (trigger === 'user') setRunId((n) => n + 1);
    }
  }, [services, scope, asOf, announce]);
  latest.current = run;

  // Re-validate on edits (Excel only), debounced so typing a cell does not trigger a run per keystroke.
  useEffect(() => {
    if (!auto || !services.onWorkbookChanged) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    void services.onWorkbookChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void latest.current('auto'), 800);
    }).then((off) => (unsubscribe = off));
    return () => {
      clearTimeout(timer);
      void unsubscribe?.();
    };
  }, [auto, services]);

  const jump = async (issue: Issue): Promise<void> => {
    setVisited((current) => new Set([...current, issueKey(issue)]));
    try {
      await (await services.host()).select(issue.sheet, issue.cell ?? 'A1');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return { scope, setScope, asOf, setAsOf, auto, setAuto, busy, report, visited, error, runId, run, jump };
}
