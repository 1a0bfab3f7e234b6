/** 作成: fiscal year, committee, WG and plan numbers → the standard sheet(s) in new worksheets. */
import { Button, Field, Input, MessageBar, MessageBarBody, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { formatFiscalYear } from '../../domain/fiscal-calendar';
import { useCreateForm } from '../hooks/use-create-form';
import { usePaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';

const COMMITTEES = ['相談部会', 'くらし部会', '就労部会', 'こども部会', '権利擁護部会'];

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

export function CreatePanel({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const services = usePaneServices();
  const styles = useStyles();
  const { form, update, errors, busy, message, submit } = useCreateForm(services, strings, locale);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={strings.create.fiscalYear} hint={formatFiscalYear(form.fiscalYear, locale)}>
        <SpinButton value={form.fiscalYear} min={2019} max={2100} onChange={(_, d) => d.value != null && update({ fiscalYear: d.value })} />
      </Field>
      <Field label={strings.create.committee} required validationMessage={form.committee === '' ? null : errors.committee}>
        {/* A native datalist: Fluent's freeform Combobox left aria-activedescendant pointing at an unmounted option (axe: critical). */}
        <Input list="bukai-committees" value={form.committee} onChange={(_, d) => update({ committee: d.value })} />
      </Field>
      <datalist id="bukai-committees">
        {COMMITTEES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <Field label={strings.create.workingGroup} hint={strings.create.workingGroupHint}>
        <Input value={form.workingGroup} onChange={(_, d) => update({ workingGroup: d.value })} />
      </Field>
      <Field label={strings.create.plans} hint={strings.create.plansHint} validationMessage={errors.plans}>
        <Input value={form.plans} onChange={(_, d) => update({ plans: d.value })} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || errors.committee !== null || errors.plans !== null}>
        {strings.create.submit}
      </Button>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
