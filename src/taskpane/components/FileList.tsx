/** The picked workbooks: each with its state and reason, a button to remove it, and one to clear them all. */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { FileStatus } from '../../jobs/consolidate-files';
import { formatOutcome } from '../../messages/format-outcome';
import type { PickedFile } from '../hooks/use-consolidation';
import type { Strings } from '../strings/ja';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  files: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  // The name takes the width (a narrow pane has little); the state badge and the reason follow under it.
  file: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  badge: { marginRight: tokens.spacingHorizontalXS },
  fileText: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  remove: { flexShrink: 0 },
  clear: { alignSelf: 'flex-start' },
});

const COLOR: Record<FileStatus['state'] | 'pending', 'informative' | 'success' | 'warning' | 'danger'> = { pending: 'informative', read: 'success', invalid: 'warning', unreadable: 'danger' };

/** Why a file was not read, in the pane's language, from the outcome catalog (null for a read file). */
export function failureText(status: FileStatus, strings: Strings): string | null {
  if (status.state === 'read' || status.outcome === null) return null;
  return formatOutcome(status.outcome, strings.locale);
}

/**
 * The list of picked workbooks, editable while no job runs. Memoised: a run's progress re-renders the
 * panel a few times a second, the list only when the files change.
 */
export const FileList = memo(function FileList({ files, strings, busy, onRemove, onClear, label }: { files: readonly PickedFile[]; strings: Strings; busy: boolean; onRemove: (id: number) => void; onClear: () => void; label?: string }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  if (files.length === 0) return null;
  return (
    <>
      <ul className={styles.files} aria-label={label ?? strings.consolidate.files}>
        {files.map(({ id, file, status }) => {
          const state = status?.state ?? 'pending';
          const reason = status ? failureText(status, strings) : null;
          return (
            <li key={id} className={styles.file}>
              <span className={styles.fileText}>
                <Text className={panel.text}>{file.name}</Text>
                <span>
                  <Badge appearance="tint" color={COLOR[state]} className={styles.badge}>
                    {strings.consolidate.state[state]}
                  </Badge>
                  {reason && (
                    <Text size={200} className={panel.text}>
                      {reason}
                    </Text>
                  )}
                </span>
              </span>
              <Button size="small" appearance="subtle" className={styles.remove} disabled={busy} aria-label={strings.consolidate.remove(file.name)} title={strings.consolidate.remove(file.name)} onClick={() => onRemove(id)}>
                ×
              </Button>
            </li>
          );
        })}
      </ul>
      <Button size="small" className={styles.clear} disabled={busy} onClick={onClear}>
        {strings.consolidate.clear}
      </Button>
    </>
  );
});
