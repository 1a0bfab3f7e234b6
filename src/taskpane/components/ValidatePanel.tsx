/** 検証: validate the active sheet or every sheet; counts, issues by severity, a click selects the cell. */
import { Badge, Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../domain/issue';
import { formatIssue, formatOutcome } from '../../messages/format-outcome';
import { issueKey, useValidation, type PaneReport, type Scope } from '../hooks/use-validation';
import { usePaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';
import { usePanelStyles } from './panel-styles';
import { HelpDisclosure } from './HelpDisclosure';
import { ResultSection } from './ResultSection';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  where: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
  visited: { color: tokens.colorNeutralForeground3 },
  mark: { marginLeft: tokens.spacingHorizontalXS },
  h3: { margin: 0 },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The 検証 tab. */
export function ValidatePanel({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const services = usePaneServices();
  const panel = usePanelStyles();
  const v = useValidation(services, strings);
  return (
    <div className={panel.form}>
      <Field label={strings.validate.scope}>
        <RadioGroup value={v.scope} onChange={(_, d) => v.setScope(d.value as Scope)}>
          <Radio value="active" label={strings.validate.active} />
          <Radio value="all" label={strings.validate.all} />
        </RadioGroup>
      </Field>
      <Field label={strings.validate.asOf} hint={strings.validate.asOfHint}>
        <Input type="date" value={v.asOf} onChange={(_, d) => v.setAsOf(d.value)} />
      </Field>
      <HelpDisclosure label={strings.asOfHelp} text={strings.validate.asOfInfo} />
      {services.mode === 'excel' && <Checkbox checked={v.auto} onChange={(_, d) => v.setAuto(d.checked === true)} label={strings.validate.auto} />}
      <Button appearance="primary" disabledFocusable={v.busy} onClick={() => void v.run()}>
        {v.busy ? strings.validate.running : strings.validate.submit}
      </Button>
      {(v.report || v.error) && (
        <ResultSection heading={strings.validate.resultHeading} runId={v.runId} error={v.error} strings={strings}>
          {v.report && <Report report={v.report} strings={strings} locale={locale} visited={v.visited} onJump={(issue) => void v.jump(issue)} />}
        </ResultSection>
      )}
    </div>
  );
}

function Report({ report, strings, locale, visited, onJump }: { report: PaneReport; strings: Strings; locale: 'ja' | 'en'; visited: ReadonlySet<string>; onJump: (issue: PaneReport['issues'][number]) => void }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { counts } = report;
  const read = report.sheets.length - report.skipped.length;
  const intent = read === 0 ? 'warning' : counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'success';
  return (
    <>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody className={panel.text}>
          <MessageBarTitle>{read === 0 ? strings.validate.noSheets : strings.validate.checked(read)}</MessageBarTitle>
          {read > 0 && <div>{report.issues.length === 0 ? strings.validate.none : strings.validate.summary(counts.error, counts.warning, counts.info)}</div>}
        </MessageBarBody>
      </MessageBar>
      {SEVERITIES.filter((s) => counts[s] > 0).map((severity) => (
        <section key={severity} aria-label={strings.validate.severity[severity]}>
          <Subtitle2 as="h3" className={styles.h3}>
            {strings.validate.severity[severity]} {strings.validate.count(counts[severity])}
          </Subtitle2>
          <ul className={styles.list}>
            {report.issues
              .filter((i) => i.severity === severity)
              .map((issue, i) => {
                const seen = visited.has(issueKey(issue));
                return (
                  <li key={`${issueKey(issue)}-${i}`} className={seen ? `${panel.text} ${styles.visited}` : panel.text}>
                    <Link as="button" className={styles.where} onClick={() => onJump(issue)} aria-label={strings.validate.jump(issue.sheet, issue.cell ?? 'A1')}>
                      {issue.sheet}!{issue.cell ?? 'A1'}
                    </Link>
                    {formatIssue(issue, locale)}
                    {seen && (
                      <Badge appearance="tint" color="success" size="small" className={styles.mark}>
                        ✓ {strings.validate.visited}
                      </Badge>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      {report.skipped.length > 0 && (
        <section aria-label={strings.validate.skippedHeading(report.skipped.length)}>
          <Subtitle2 as="h3" className={styles.h3}>
            {strings.validate.skippedHeading(report.skipped.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {report.skipped.map((s) => (
              <li key={s.sheet} className={panel.text}>
                <Text>{strings.validate.skipped(s.sheet, s.skipped ? formatOutcome(s.skipped, locale) : '')}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
