/** State and actions of the 検証 tab: scope, as-of date, the report, jumping to a cell, auto re-check. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { validateInHost, type ValidationReport } from '../../jobs/validate-sheets';
import type { PaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';

export type Scope = 'active' | 'all';

/** The validate tab's state hook. */
export function useValidation(services: PaneServices, strings: Strings, today: Date = new Date()) {
  const [scope, setScope] = useState<Scope>('all');
  const [asOf, setAsOf] = useState(today.toISOString().slice(0, 10));
  const [auto, setAuto] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<() => Promise<void>>(() => Promise.resolve());

  const run = useCallback(async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const host = await services.host();
      const active = scope === 'active' ? await services.activeSheet() : null;
      setReport(await validateInHost(host, { asOf: asOf === '' ? null : asOf }, active ? [active] : undefined));
    } catch (e) {
      setError(strings.error(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }, [services, scope, asOf, strings]);
  latest.current = run;

  // Re-validate on edits (Excel only), debounced so typing a cell does not trigger a run per keystroke.
  useEffect(() => {
    if (!auto || !services.onWorkbookChanged) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    void services.onWorkbookChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void latest.current(), 800);
    }).then((off) => (unsubscribe = off));
    return () => {
      clearTimeout(timer);
      void unsubscribe?.();
    };
  }, [auto, services]);

  const jump = async (sheet: string, cell: string | null): Promise<void> => {
    try {
      await (await services.host()).select(sheet, cell ?? 'A1');
    } catch (e) {
      setError(strings.error(e instanceof Error ? e.message : String(e)));
    }
  };
  return { scope, setScope, asOf, setAsOf, auto, setAuto, busy, report, error, run, jump };
}
