/** State and action of the 作成 tab: the form, its checks, the clash question, and the create job. */
import { useState } from 'react';
import { createStatusSheets, plannedSheetNames } from '../../jobs/create-status-sheets';
import type { ConfirmRequest } from '../components/ConfirmDialog';
import { useAnnounce } from '../components/LiveRegion';
import type { PaneServices } from '../pane-services';
import { readPlanInput } from '../plan-input';
import type { Strings } from '../strings/ja';
import { tokyoFiscalYear } from '../../domain/tokyo-time';
import { useNumberInput } from './use-number-input';
import { errorText } from '../error-text';

/** The fiscal years the template is made for (as CreateRequestSchema accepts). */
export const FISCAL_YEAR_RANGE = { min: 2019, max: 2100 } as const;

export interface CreateForm {
  committee: string;
  workingGroup: string;
  plans: string;
}

/** The last run as data, so it is worded in whichever language is on. */
export type CreateOutcome = { kind: 'created'; sheets: readonly string[]; renamed: ReadonlyArray<{ wanted: string; used: string }> } | { kind: 'error'; message: string };

/** The outcome's lines in the pane's language. */
export function outcomeLines(outcome: CreateOutcome, strings: Strings): string[] {
  if (outcome.kind === 'error') return [strings.error(outcome.message)];
  return [strings.create.created(strings.list(outcome.sheets)), ...outcome.renamed.map((r) => strings.create.renamed(r.wanted, r.used))];
}

/** The create tab's state hook: values, field errors, why the button is off, the question, the result. */
export function useCreateForm(services: PaneServices, strings: Strings, locale: 'ja' | 'en', now: Date = new Date()) {
  const fiscalYear = useNumberInput(tokyoFiscalYear(now), FISCAL_YEAR_RANGE, 'fiscalYear');
  const [form, setForm] = useState<CreateForm>(() => {
    const kept = services.memory.read();
    return { committee: kept.committee ?? '', workingGroup: kept.workingGroup ?? '', plans: kept.plans ?? '①' };
  });
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CreateOutcome | null>(null);
  const [runId, setRunId] = useState(0);
  const announce = useAnnounce();
  const [question, setQuestion] = useState<(ConfirmRequest & { resolve: (go: boolean) => void }) | null>(null);

  const plans = readPlanInput(form.plans);
  const errors = {
    committee: form.committee.trim() === '' ? strings.create.committeeRequired : null,
    plans: plans.ok ? null : plans.problem === 'duplicate' ? strings.create.plansDuplicate(plans.plan) : strings.create.plansInvalid,
  };
  // The first reason the button is off, said beside it (a disabled button alone explains nothing).
  const disabledReason = busy
    ? strings.create.disabled.busy
    : fiscalYear.value === null
      ? strings.create.disabled.fiscalYear
      : errors.committee
        ? strings.create.disabled.committee
        : errors.plans
          ? strings.create.disabled.plans
          : null;

  const update = (patch: Partial<CreateForm>): void => setForm((f) => ({ ...f, ...patch }));

  const ask = (request: ConfirmRequest): Promise<boolean> => new Promise((resolve) => setQuestion({ ...request, resolve }));
  const answer = (go: boolean): void => {
    question?.resolve(go);
    setQuestion(null);
  };

  const submit = async (): Promise<void> => {
    setTouched(true);
    const year = fiscalYear.value;
    if (disabledReason !== null || year === null || !plans.ok) return;
    const wg = form.workingGroup.trim();
    const request = { fiscalYear: year, committee: form.committee.trim(), workingGroup: wg === '' ? null : wg, planSheets: plans.planSheets, locale };
    setBusy(true);
    try {
      const host = await services.host();
      const existing = new Set((await host.listSheets()).map((n) => n.toLowerCase()));
      const clashes = plannedSheetNames(request).filter((n) => existing.has(n.toLowerCase()));
      if (clashes.length > 0 && !(await ask({ title: strings.create.exists.title, body: strings.create.exists.body(strings.quoted(clashes)), confirm: strings.create.exists.confirm }))) return;
      const result = await createStatusSheets(host, request);
      services.memory.write({ committee: request.committee, workingGroup: wg, plans: form.plans });
      const next: CreateOutcome = { kind: 'created', sheets: result.sheets, renamed: result.renamed };
      setOutcome(next);
      announce(outcomeLines(next, strings).join(' '));
      setRunId((n) => n + 1);
    } catch (error) {
      const next: CreateOutcome = { kind: 'error', message: errorText(error, strings.locale) };
      setOutcome(next);
      announce(outcomeLines(next, strings).join(' '));
      setRunId((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  return { fiscalYear, form, update, errors, touched, setTouched, disabledReason, busy, outcome, runId, question, answer, submit };
}
