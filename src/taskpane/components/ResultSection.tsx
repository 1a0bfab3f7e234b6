/** The region a job's result appears in: its focused heading, the error if the job failed, then the result. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Strings } from '../strings/ja';
import { usePanelStyles } from './panel-styles';
import { ResultHeading } from './ResultHeading';

/** A labelled section headed by `heading` (focused on each run), with `error` worded above `children`. */
export function ResultSection({ heading, runId, error, strings, children }: { heading: string; runId: number; error: string | null; strings: Strings; children: ReactNode }) {
  const panel = usePanelStyles();
  return (
    <section className={panel.result} aria-label={heading}>
      <ResultHeading runId={runId}>{heading}</ResultHeading>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={panel.text}>{strings.error(error)}</MessageBarBody>
        </MessageBar>
      )}
      {children}
    </section>
  );
}
