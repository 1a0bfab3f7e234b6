/**
 * The card after 集約: how many files were read, each failure with its reason, the roster's problems,
 * the 課題テーマ表 used and its problems (or, when it has errors, only those: nothing ran), the groups on
 * the roster that sent nothing (未提出), submissions to check, and the way to the sheets.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { SubmissionRow } from '../../consolidate/dashboard';
import type { Outcome } from '../../domain/outcomes';
import { formatOutcome } from '../../messages/format-outcome';
import type { ConsolidationOutcome } from '../hooks/use-consolidation';
import type { ThemesUse } from '../themes-choice';
import { writtenDashboardSheet } from '../own-sheets';
import type { Strings } from '../strings/ja';
import { usePanelStyles } from './panel-styles';
import { failureText } from './FileList';
import { RatesList } from './RatesList';

const useStyles = makeStyles({
  h3: { margin: 0 },
  warn: { margin: 0, color: tokens.colorStatusWarningForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  open: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A roster problem in the pane's language, from the outcome catalog. */
export function rosterProblemText(p: Outcome<'roster'>, strings: Strings): string {
  return formatOutcome(p, strings.locale);
}

const group = (r: SubmissionRow, strings: Strings): string => [r.committee, r.workingGroup ?? strings.consolidate.result.wholeCommittee, r.plans].filter((x) => x !== '').join(' ');

/** A submission to check, with why, in the pane's language (the dashboard's own note for the row). */
function noteText(r: SubmissionRow, strings: Strings): string {
  return strings.consolidate.result.note(r.file ?? '', r.sheet ?? '', r.note ? formatOutcome(r.note, strings.locale) : '');
}

/** The themes table's problems, each with its severity and row, in the pane's language. */
function ThemesProblems({ use, strings }: { use: ThemesUse; strings: Strings }) {
  const panel = usePanelStyles();
  const t = strings.consolidate.result;
  if (use.problems.length === 0) return null;
  return (
    <Section title={t.themesProblems(use.problems.length)} warn>
      {use.problems.map((p, i) => (
        <li key={i} className={panel.text}>
          {t.themesProblem(p.severity, formatOutcome(p.outcome, strings.locale))}
        </li>
      ))}
    </Section>
  );
}

/** The card when the themes table had errors: what to fix; nothing else ran. */
function ThemesRefused({ use, strings }: { use: ThemesUse; strings: Strings }) {
  const panel = usePanelStyles();
  const t = strings.consolidate.result;
  return (
    <>
      <MessageBar intent="error" layout="multiline" data-intent="error">
        <MessageBarBody className={panel.text}>
          <MessageBarTitle>{t.themesRefused(use.name)}</MessageBarTitle>
          <div>{use.tooLarge ? t.themesTooLarge : t.themesFix}</div>
        </MessageBarBody>
      </MessageBar>
      <ThemesProblems use={use} strings={strings} />
    </>
  );
}

/** The result card of the last 集約 run. */
export function ConsolidateResult({ outcome, strings, onOpen }: { outcome: ConsolidationOutcome; strings: Strings; onOpen: (sheet: string) => void }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = strings.consolidate.result;
  if (outcome.themes?.refused) return <ThemesRefused use={outcome.themes} strings={strings} />;
  const themes = outcome.themes;
  const troubled = outcome.failures.length > 0 || outcome.rosterProblems.length > 0 || outcome.missing.length > 0 || outcome.notes.length > 0 || (themes?.problems.length ?? 0) > 0;
  const intent = outcome.sheets === 0 ? 'error' : troubled ? 'warning' : 'success';
  // By name, not by position: 集約_概要 comes first and 集約_経年 only when the years were compared.
  const submissions = writtenDashboardSheet(outcome.written, 'submissions');
  const rates = writtenDashboardSheet(outcome.written, 'rates');
  const years = outcome.trend ? writtenDashboardSheet(outcome.written, 'years') : undefined;
  return (
    <>
      <MessageBar intent={intent} layout="multiline" data-intent={intent}>
        <MessageBarBody className={panel.text}>
          <MessageBarTitle>{t.read(outcome.read, outcome.total)}</MessageBarTitle>
          <div>{outcome.sheets === 0 ? t.nothing : t.sheets(outcome.sheets)}</div>
          {outcome.written.length > 0 && <div>{t.written(strings.list(outcome.written))}</div>}
          {outcome.trend && <div>{t.trend(outcome.trend.plans, outcome.trend.years)}</div>}
          {themes && outcome.written.length > 0 && <div>{t.themesUsed(themes.name, themes.themes, themes.mode)}</div>}
        </MessageBarBody>
      </MessageBar>
      {outcome.written.length > 0 && (
        <div className={styles.open}>
          {submissions && <Button onClick={() => onOpen(submissions)}>{t.open(submissions)}</Button>}
          {rates && <Button onClick={() => onOpen(rates)}>{t.open(rates)}</Button>}
          {years && <Button onClick={() => onOpen(years)}>{t.open(years)}</Button>}
        </div>
      )}
      {outcome.failures.length > 0 && (
        <Section title={t.failed(outcome.failures.length)} warn>
          {outcome.failures.map((f, i) => (
            <li key={`${f.file}-${i}`} className={panel.text}>
              <span className={styles.name}>{f.file}</span>: {failureText(f, strings)}
            </li>
          ))}
        </Section>
      )}
      {outcome.rosterProblems.length > 0 && (
        <Section title={t.rosterProblems(outcome.rosterProblems.length)} warn>
          {outcome.rosterProblems.map((p, i) => (
            <li key={i} className={panel.text}>
              {rosterProblemText(p, strings)}
            </li>
          ))}
        </Section>
      )}
      {themes && <ThemesProblems use={themes} strings={strings} />}
      {outcome.rosterUsed &&
        (outcome.missing.length > 0 ? (
          <Section title={t.missing(outcome.missing.length)} warn>
            {outcome.missing.map((r, i) => (
              <li key={i} className={panel.text}>
                {group(r, strings)}
              </li>
            ))}
          </Section>
        ) : (
          <Text className={panel.text}>{t.allSubmitted}</Text>
        ))}
      {outcome.notes.length > 0 && (
        <Section title={t.notes(outcome.notes.length)} warn>
          {outcome.notes.map((r, i) => (
            <li key={i} className={panel.text}>
              {noteText(r, strings)}
            </li>
          ))}
        </Section>
      )}
      {outcome.rates.length > 0 && <RatesList rates={outcome.rates} threshold={outcome.threshold} strings={strings} />}
    </>
  );
}

function Section({ title, warn, children }: { title: string; warn?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3" className={warn ? styles.warn : styles.h3}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>{children}</ul>
    </section>
  );
}
