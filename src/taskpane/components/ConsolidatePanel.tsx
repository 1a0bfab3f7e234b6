/** 集約: pick or drop many workbooks, edit the list, choose a roster and a themes table, write the dashboard, read the result. */
import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { noticeLines, useConsolidation } from '../hooks/use-consolidation';
import { usePaneServices } from '../pane-services';
import { rosterTemplateCsv, rosterTemplateName } from '../roster-template';
import { DEFAULT_THEMES } from '../../consolidate/themes/default-themes';
import { themesTableCsv, themesTableName } from '../../consolidate/themes/themes-csv-template';
import type { Strings } from '../strings/ja';
import { AskFirst } from './AskFirst';
import { ConsolidateResult } from './ConsolidateResult';
import { FileDrop } from './FileDrop';
import { usePanelStyles } from './panel-styles';
import { FileList } from './FileList';
import { HelpDisclosure } from './HelpDisclosure';
import { NumberField } from './NumberField';
import { ReadProgressBar } from './ReadProgressBar';
import { ResultSection } from './ResultSection';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  roster: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The 集約 tab. */
export function ConsolidatePanel({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const services = usePaneServices();
  const styles = useStyles();
  const panel = usePanelStyles();
  const c = useConsolidation(services, strings, locale);
  const rosterInput = useRef<HTMLInputElement>(null);
  const themesInput = useRef<HTMLInputElement>(null);
  const reasonId = useId();
  const t = strings.consolidate;
  return (
    <div className={panel.form}>
      <FileDrop label={t.files} dropText={t.drop} pickText={t.pick} testId="files" onFiles={c.addFiles} />
      {c.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={panel.text}>
            {noticeLines(c.notice, strings).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <FileList files={c.files} strings={strings} busy={c.busy} onRemove={c.removeFile} onClear={c.clearFiles} />
      {c.busy && <ReadProgressBar progress={c.progress} total={c.files.length} settled={c.settled} label={t.progress} />}
      <Field label={t.roster} hint={t.rosterHint}>
        <div className={styles.roster}>
          <Text className={panel.text}>{c.roster ? t.rosterChosen(c.roster.name) : t.rosterNone}</Text>
          <Button size="small" onClick={() => rosterInput.current?.click()}>
            {t.pickRoster}
          </Button>
          {c.roster && (
            <Button size="small" onClick={c.clearRoster}>
              {t.clearRoster}
            </Button>
          )}
        </div>
      </Field>
      <HelpDisclosure label={t.rosterHelp} text={t.rosterInfo} />
      <Link as="button" onClick={() => services.offerFile(rosterTemplateName(locale), new TextEncoder().encode(rosterTemplateCsv(locale)), 'text/csv')}>
        {t.rosterTemplate}
      </Link>
      <input
        ref={rosterInput}
        className={styles.hidden}
        type="file"
        accept=".csv,.xlsx"
        aria-label={t.pickRoster}
        data-testid="roster"
        onChange={(e) => {
          void c.chooseRoster(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      <Field label={t.themes} hint={t.themesHint}>
        <div className={styles.roster}>
          <Text className={panel.text}>{c.themes ? t.themesChosen(c.themes.name) : t.themesNone}</Text>
          <Button size="small" onClick={() => themesInput.current?.click()}>
            {t.pickThemes}
          </Button>
          {c.themes && (
            <Button size="small" onClick={c.clearThemes}>
              {t.clearThemes}
            </Button>
          )}
        </div>
      </Field>
      <HelpDisclosure label={t.themesHelp} text={t.themesInfo} />
      <Link as="button" onClick={() => services.offerFile(themesTableName(locale), new TextEncoder().encode(themesTableCsv(DEFAULT_THEMES)), 'text/csv')}>
        {t.themesTemplate}
      </Link>
      <input
        ref={themesInput}
        className={styles.hidden}
        type="file"
        accept=".csv"
        aria-label={t.pickThemes}
        data-testid="themes"
        onChange={(e) => {
          void c.chooseThemes(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      <Field label={t.asOf} hint={t.asOfHint}>
        <Input type="date" value={c.asOf} onChange={(_, d) => c.setAsOf(d.value)} />
      </Field>
      <HelpDisclosure label={strings.asOfHelp} text={strings.validate.asOfInfo} />
      <NumberField label={t.threshold} input={c.threshold} strings={strings} rangeMessage={t.thresholdRange} />
      <Field hint={t.yearsHint}>
        <Checkbox checked={c.years} onChange={(_, d) => c.setYears(d.checked === true)} label={t.years} />
      </Field>
      <Button appearance="primary" disabledFocusable={c.disabledReason !== null} aria-describedby={c.disabledReason ? reasonId : undefined} onClick={() => void c.run()}>
        {t.submit}
      </Button>
      {c.disabledReason && (
        <Text id={reasonId} size={200} className={`${panel.reason} ${panel.text}`}>
          {c.disabledReason}
        </Text>
      )}
      {(c.outcome || c.error) && (
        <ResultSection heading={t.result.heading} runId={c.runId} error={c.error} strings={strings}>
          {c.outcome && <ConsolidateResult outcome={c.outcome} strings={strings} onOpen={(sheet) => void c.openSheet(sheet)} />}
        </ResultSection>
      )}
      <AskFirst request={c.question} strings={strings} onAnswer={c.answer} />
    </div>
  );
}
