/** 検証: validate the active sheet or every sheet; issues grouped by severity; a click selects the cell. */
import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Severity } from '../../domain/issue';
import { formatIssue } from '../../validate/messages/format-issue';
import { useValidation, type Scope } from '../hooks/use-validation';
import { usePaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  where: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function ValidatePanel({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const services = usePaneServices();
  const styles = useStyles();
  const v = useValidation(services, strings);
  const grouped = (severity: Severity): Issue[] => v.report?.issues.filter((i) => i.severity === severity) ?? [];
  return (
    <div className={styles.form}>
      <Field label={strings.validate.scope}>
        <RadioGroup value={v.scope} onChange={(_, d) => v.setScope(d.value as Scope)}>
          <Radio value="active" label={strings.validate.active} />
          <Radio value="all" label={strings.validate.all} />
        </RadioGroup>
      </Field>
      <Field label={strings.validate.asOf}>
        <Input type="date" value={v.asOf} onChange={(_, d) => v.setAsOf(d.value)} />
      </Field>
      {services.mode === 'excel' && <Checkbox checked={v.auto} onChange={(_, d) => v.setAuto(d.checked === true)} label={strings.validate.auto} />}
      <Button appearance="primary" disabled={v.busy} onClick={() => void v.run()}>
        {strings.validate.submit}
      </Button>
      {v.error && (
        <MessageBar intent="error">
          <MessageBarBody>{v.error}</MessageBarBody>
        </MessageBar>
      )}
      {v.report && v.report.issues.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.validate.none}</MessageBarBody>
        </MessageBar>
      )}
      {v.report?.sheets
        .filter((s) => s.model === null)
        .map((s) => (
          <MessageBar key={s.sheet} intent="info">
            <MessageBarBody>{strings.validate.skipped(s.sheet, s.skippedReason ?? '')}</MessageBarBody>
          </MessageBar>
        ))}
      {SEVERITIES.filter((s) => grouped(s).length > 0).map((severity) => (
        <section key={severity} aria-label={strings.validate.severity[severity]}>
          <Subtitle2 as="h3">
            {strings.validate.severity[severity]} {strings.validate.count(grouped(severity).length)}
          </Subtitle2>
          <ul className={styles.list}>
            {grouped(severity).map((issue, i) => (
              <li key={`${issue.sheet}-${issue.cell ?? ''}-${issue.code}-${i}`}>
                <Link as="button" className={styles.where} onClick={() => void v.jump(issue.sheet, issue.cell)} aria-label={strings.validate.jump(issue.sheet, issue.cell ?? 'A1')}>
                  {issue.sheet}!{issue.cell ?? 'A1'}
                </Link>
                {formatIssue(issue, locale)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
