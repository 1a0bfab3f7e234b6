/** 集約: pick or drop many workbooks, watch each file's fate, write the dashboard, see the rates. */
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, SpinButton, Subtitle2, Text, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useConsolidation, type FileRow } from '../hooks/use-consolidation';
import { usePaneServices } from '../pane-services';
import type { Strings } from '../strings/ja';
import { RatesTable } from './RatesTable';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  drop: {
    ...shorthands.border(tokens.strokeWidthThick, 'dashed', tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    padding: tokens.spacingVerticalL,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
  files: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  // The badge keeps its place; a long file name and its reason wrap beside it, not under it.
  file: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  badge: { flexShrink: 0 },
  fileText: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

const COLOR: Record<FileRow['state'], 'informative' | 'success' | 'warning' | 'danger'> = { pending: 'informative', read: 'success', invalid: 'warning', unreadable: 'danger' };

export function ConsolidatePanel({ strings, locale }: { strings: Strings; locale: 'ja' | 'en' }) {
  const services = usePaneServices();
  const styles = useStyles();
  const c = useConsolidation(services, strings, locale);
  const filesInput = useRef<HTMLInputElement>(null);
  const rosterInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const listed: readonly FileRow[] = c.rows.length > 0 ? c.rows : c.files.map((f) => ({ name: f.name, state: 'pending', message: null }));
  return (
    <div className={styles.form}>
      <Field label={strings.consolidate.files}>
        <div
          className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            c.addFiles([...e.dataTransfer.files]);
          }}
        >
          <Text>{strings.consolidate.drop}</Text>
          <Button onClick={() => filesInput.current?.click()}>{strings.consolidate.pick}</Button>
          <input
            ref={filesInput}
            className={styles.hidden}
            type="file"
            multiple
            accept=".xlsx,.xlsm"
            aria-label={strings.consolidate.pick}
            data-testid="files"
            onChange={(e) => {
              c.addFiles([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </div>
      </Field>
      {listed.length > 0 && (
        <ul className={styles.files} aria-label={strings.consolidate.files}>
          {listed.map((row, i) => (
            <li key={`${row.name}-${i}`} className={styles.file}>
              <Badge appearance="tint" color={COLOR[row.state]} className={styles.badge}>
                {strings.consolidate.state[row.state]}
              </Badge>
              <span className={styles.fileText}>
                <Text>{row.name}</Text>
                {row.message && <Text size={200}>{row.message}</Text>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {c.busy && <ProgressBar value={c.rows.length === 0 ? 0 : c.done / c.rows.length} thickness="large" aria-label={strings.consolidate.progress(c.done, c.rows.length)} />}
      <Field label={strings.consolidate.roster} hint={c.roster?.name ?? null}>
        <Button onClick={() => rosterInput.current?.click()}>{strings.consolidate.pickRoster}</Button>
      </Field>
      <input ref={rosterInput} className={styles.hidden} type="file" accept=".csv,.xlsx" aria-label={strings.consolidate.pickRoster} data-testid="roster" onChange={(e) => c.setRoster(e.target.files?.[0] ?? null)} />
      <Field label={strings.consolidate.asOf}>
        <Input type="date" value={c.asOf} onChange={(_, d) => c.setAsOf(d.value)} />
      </Field>
      <Field label={strings.consolidate.threshold}>
        <SpinButton value={c.threshold} min={0} max={100} onChange={(_, d) => d.value != null && c.setThreshold(d.value)} />
      </Field>
      <Button appearance="primary" disabled={c.busy} onClick={() => void c.run()}>
        {strings.consolidate.submit}
      </Button>
      {c.message && (
        <MessageBar intent={c.message.intent}>
          <MessageBarBody>{c.message.text}</MessageBarBody>
        </MessageBar>
      )}
      {c.rates && (
        <section aria-label={strings.consolidate.rates}>
          <Subtitle2 as="h3">{strings.consolidate.rates}</Subtitle2>
          <RatesTable rates={c.rates} strings={strings} />
        </section>
      )}
    </div>
  );
}
