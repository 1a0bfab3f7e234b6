/** 作成: from typed details (fiscal year, committee, WG, plan numbers) or from last year's sheets (RolloverPanel) → new worksheets. */
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { lazy, Suspense, useId, useState } from 'react';
import { formatFiscalYear } from '../../domain/fiscal-calendar';
import { outcomeLines, useCreateForm } from '../hooks/use-create-form';
import { usePaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';
import { AskFirst } from './AskFirst';
import { NumberField } from './NumberField';
import { usePanelStyles } from './panel-styles';
import { ResultHeading } from './ResultHeading';

// The roll-over's code loads when that way is first chosen, so the pane's first load stays as light as before.
const RolloverPanel = lazy(() => import('./RolloverPanel').then((m) => ({ default: m.RolloverPanel })));

const COMMITTEES = ['相談部会', 'くらし部会', '就労部会', 'こども部会', '権利擁護部会'];

/** The 作成 tab: the way to create (typed details, or last year's sheets), then that way's panel; both stay mounted. */
export function CreatePanel({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const [mode, setMode] = useState<'fresh' | 'rollover'>('fresh');
  // Mounted once chosen, then kept (hidden) so switching back and forth keeps the picked files.
  const [rolloverShown, setRolloverShown] = useState(false);
  if (mode === 'rollover' && !rolloverShown) setRolloverShown(true);
  const styles = usePanelStyles();
  const m = strings.rollover.mode;
  return (
    <div className={styles.form}>
      <Field label={m.label}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value === 'rollover' ? 'rollover' : 'fresh')}>
          <Radio value="fresh" label={m.fresh} />
          <Radio value="rollover" label={m.rollover} />
        </RadioGroup>
      </Field>
      <div hidden={mode !== 'fresh'}>
        <CreateForm strings={strings} locale={locale} />
      </div>
      <div hidden={mode !== 'rollover'}>
        {rolloverShown && (
          <Suspense fallback={null}>
            <RolloverPanel strings={strings} locale={locale} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

/** Creating from typed details: fiscal year, committee, WG and plan numbers. */
function CreateForm({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const services = usePaneServices();
  const styles = usePanelStyles();
  const c = useCreateForm(services, strings, locale);
  const reasonId = useId();
  const year = c.fiscalYear.value;
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void c.submit();
      }}
    >
      <NumberField label={strings.create.fiscalYear} hint={year === null ? undefined : formatFiscalYear(year, locale)} input={c.fiscalYear} strings={strings} rangeMessage={strings.create.fiscalYearRange} />
      <Field label={strings.create.committee} required validationMessage={c.touched ? c.errors.committee : null}>
        {/* A native datalist: Fluent's freeform Combobox left aria-activedescendant pointing at an unmounted option (axe: critical). */}
        <Input list="bukai-committees" value={c.form.committee} onChange={(_, d) => c.update({ committee: d.value })} onBlur={() => c.setTouched(true)} />
      </Field>
      <datalist id="bukai-committees">
        {COMMITTEES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Field label={strings.create.workingGroup} hint={strings.create.workingGroupHint}>
        <Input value={c.form.workingGroup} onChange={(_, d) => c.update({ workingGroup: d.value })} />
      </Field>
      <Field label={strings.create.plans} hint={strings.create.plansHint} validationMessage={c.errors.plans}>
        <Input value={c.form.plans} onChange={(_, d) => c.update({ plans: d.value })} />
      </Field>
      {/* disabledFocusable: a keyboard user still reaches the button and hears why it is off. */}
      <Button appearance="primary" type="submit" disabledFocusable={c.disabledReason !== null} aria-describedby={c.disabledReason ? reasonId : undefined}>
        {strings.create.submit}
      </Button>
      {c.disabledReason && (
        <Text id={reasonId} size={200} className={`${styles.reason} ${styles.text}`}>
          {c.disabledReason}
        </Text>
      )}
      {c.outcome && (
        <section className={styles.result} aria-label={strings.create.resultHeading}>
          <ResultHeading runId={c.runId}>{strings.create.resultHeading}</ResultHeading>
          <MessageBar intent={c.outcome.kind === 'created' ? 'success' : 'error'} layout="multiline">
            <MessageBarBody className={styles.text}>
              {outcomeLines(c.outcome, strings).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        </section>
      )}
      <AskFirst request={c.question} strings={strings} onAnswer={c.answer} />
    </form>
  );
}
