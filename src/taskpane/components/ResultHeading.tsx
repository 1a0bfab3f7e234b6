/** A result's heading that takes focus when a job finishes, so keyboard and screen-reader users land on it. */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

const useStyles = makeStyles({ heading: { ...typographyStyles.subtitle1, margin: 0, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } } });

/** An h2 focused whenever `runId` changes (each finished run increments it). */
export function ResultHeading({ runId, children }: { runId: number; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const styles = useStyles();
  useEffect(() => {
    if (runId > 0) ref.current?.focus();
  }, [runId]);
  return (
    <h2 ref={ref} tabIndex={-1} className={styles.heading}>
      {children}
    </h2>
  );
}
