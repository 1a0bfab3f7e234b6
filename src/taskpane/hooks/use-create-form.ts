/** State and action of the 作成 tab: the form, its checks, and the create job. */
import { useState } from 'react';
import { fiscalYearOfDate } from '../../domain/fiscal-calendar';
import { createStatusSheets } from '../../jobs/create-status-sheets';
import { parsePlanSheets } from '../../template/render-status-sheet';
import type { PaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';

export interface CreateForm {
  fiscalYear: number;
  committee: string;
  workingGroup: string;
  plans: string;
}

/** The create tab's state hook: values, field errors, busy flag, result message. */
export function useCreateForm(services: PaneServices, strings: Strings, locale: 'ja' | 'en', today: Date = new Date()) {
  const [form, setForm] = useState<CreateForm>({ fiscalYear: fiscalYearOfDate(today.toISOString().slice(0, 10)), committee: '', workingGroup: '', plans: '①' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const planSheets = parsePlanSheets(form.plans);
  const errors = {
    committee: form.committee.trim() === '' ? strings.create.committeeRequired : null,
    plans: planSheets === null || planSheets.length === 0 ? strings.create.plansInvalid : null,
  };

  const update = (patch: Partial<CreateForm>): void => setForm((f) => ({ ...f, ...patch }));

  const submit = async (): Promise<void> => {
    if (errors.committee || errors.plans || !planSheets) return;
    setBusy(true);
    setMessage(null);
    try {
      const host = await services.host();
      const wg = form.workingGroup.trim();
      const result = await createStatusSheets(host, { fiscalYear: form.fiscalYear, committee: form.committee.trim(), workingGroup: wg === '' ? null : wg, planSheets, locale });
      const notes = result.renamed.map((r) => strings.create.renamed(r.wanted, r.used));
      setMessage({ intent: 'success', text: [strings.create.created(result.sheets.join('、')), ...notes].join(' ') });
    } catch (error) {
      setMessage({ intent: 'error', text: strings.error(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  return { form, update, errors, busy, message, submit };
}
