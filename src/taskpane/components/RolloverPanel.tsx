/** 前年度のシートから作成: pick last year's workbooks, see the groups found, create the new year's sheets (or download them). */
import { Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { formatFiscalYear } from '../../domain/fiscal-calendar';
import { severalYearsNote } from '../../jobs/rollover-files';
import { formatOutcome } from '../../messages/format-outcome';
import { noticeLines } from '../hooks/use-consolidation';
import { rolloverOutcomeLines, useRollover, type RolloverOutcome } from '../hooks/use-rollover';
import { usePaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';
import { AskFirst } from './AskFirst';
import { FileDrop } from './FileDrop';
import { FileList } from './FileList';
import { HelpDisclosure } from './HelpDisclosure';
import { NumberField } from './NumberField';
import { usePanelStyles } from './panel-styles';
import { ResultSection } from './ResultSection';
import { RolloverGroups } from './RolloverGroups';

const useStyles = makeStyles({
  files: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  file: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
});

/** The roll-over part of the 作成 tab. */
export function RolloverPanel({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const services = usePaneServices();
  const panel = usePanelStyles();
  const r = useRollover(services, strings, locale);
  const reasonId = useId();
  const t = strings.rollover;
  const preview = services.mode === 'browser';
  const year = r.fiscalYear.value;
  const yearsNote = r.found && year !== null ? severalYearsNote(r.found, year) : null;
  return (
    <div className={panel.form}>
      <Text className={`${panel.text} ${panel.reason}`}>{t.intro}</Text>
      <HelpDisclosure label={t.referenceHelp} text={t.referenceInfo} />
      <FileDrop label={t.files} dropText={strings.consolidate.drop} pickText={strings.consolidate.pick} testId="rollover-files" onFiles={r.addFiles} />
      {r.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={panel.text}>
            {noticeLines(r.notice, strings).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <FileList files={r.files} strings={strings} busy={r.busy || r.reading} onRemove={r.removeFile} onClear={r.clearFiles} label={t.files} />
      {r.reading && <ProgressBar value={r.readTotal === 0 ? 0 : Math.min(1, r.readDone / r.readTotal)} thickness="large" bar={{ className: panel.progressBar }} aria-label={t.reading(r.readDone, r.readTotal)} />}
      {r.found && (
        <>
          <RolloverGroups workbooks={r.workbooks} sheetNames={preview ? null : r.intoWorkbook} notes={r.found.plan.notes} strings={strings} />
          {r.found.fromYear === null ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody className={panel.text}>{t.noYear}</MessageBarBody>
            </MessageBar>
          ) : (
            <Text size={200} className={panel.text}>
              {t.fromYear(formatFiscalYear(r.found.fromYear, locale))}
            </Text>
          )}
          {yearsNote && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody className={panel.text}>{formatOutcome(yearsNote, locale)}</MessageBarBody>
            </MessageBar>
          )}
          <NumberField label={t.fiscalYear} hint={year === null ? undefined : formatFiscalYear(year, locale)} input={r.fiscalYear} strings={strings} rangeMessage={strings.create.fiscalYearRange} />
        </>
      )}
      {preview && (
        <Text size={200} className={`${panel.text} ${panel.reason}`}>
          {t.previewHint}
        </Text>
      )}
      {/* disabledFocusable: a keyboard user still reaches the button and hears why it is off. */}
      <Button appearance="primary" disabledFocusable={r.disabledReason !== null} aria-describedby={r.disabledReason ? reasonId : undefined} onClick={() => void r.run()}>
        {preview ? t.submitPreview : t.submitExcel}
      </Button>
      {r.disabledReason && (
        <Text id={reasonId} size={200} className={`${panel.reason} ${panel.text}`}>
          {r.disabledReason}
        </Text>
      )}
      {(r.outcome || r.error) && (
        <ResultSection heading={t.resultHeading} runId={r.runId} error={r.error} strings={strings}>
          {r.outcome && <RolloverResult outcome={r.outcome} strings={strings} onDownload={r.downloadAgain} />}
        </ResultSection>
      )}
      <AskFirst request={r.question} strings={strings} onAnswer={r.answer} />
    </div>
  );
}

/** What the last run made: the sheets created, or the files downloaded with a way to download each again. */
function RolloverResult({ outcome, strings, onDownload }: { outcome: RolloverOutcome; strings: Strings; onDownload: (file: { name: string; bytes: Uint8Array }) => void }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = strings.rollover;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody className={panel.text}>
          {rolloverOutcomeLines(outcome, strings).map((line) => (
            <div key={line}>{line}</div>
          ))}
          {outcome.kind === 'created' && <div>{t.createdSheets(strings.list(outcome.sheets))}</div>}
        </MessageBarBody>
      </MessageBar>
      {outcome.kind === 'downloaded' && (
        <>
          <ul className={styles.files} aria-label={t.resultHeading}>
            {outcome.files.map((f) => (
              <li key={f.name} className={styles.file}>
                <Text size={200} className={panel.text}>
                  {f.name}
                </Text>
                <Button size="small" onClick={() => onDownload(f)} aria-label={t.downloadAgain(f.name)}>
                  {t.downloadAgainLabel}
                </Button>
              </li>
            ))}
          </ul>
          {outcome.files.length > 1 && (
            <Text size={200} className={`${panel.text} ${panel.reason}`}>
              {t.multipleDownloads}
            </Text>
          )}
        </>
      )}
    </>
  );
}
