/** The 集約 run's progress bar, the one part of the tab that re-renders as the workers report files read. */
import { ProgressBar } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { ReadProgress } from '../read-progress';
import { usePanelStyles } from './panel-styles';

/** Files read of `total` (at least `settled`, the files that already have their state), labelled by `label`. */
export function ReadProgressBar({ progress, total, settled, label }: { progress: ReadProgress; total: number; settled: number; label: (done: number, total: number) => string }) {
  const panel = usePanelStyles();
  const done = Math.max(useSyncExternalStore(progress.subscribe, progress.get), settled);
  return <ProgressBar value={total === 0 ? 0 : done / total} thickness="large" bar={{ className: panel.progressBar }} aria-label={label(done, total)} />;
}
