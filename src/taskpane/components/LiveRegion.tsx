/**
 * One polite live region for the whole pane: a job's outcome is put here so a screen reader says it,
 * even while focus is still on the button. Present from the start (a region created with its text is
 * often not read); the same text twice is re-announced by clearing first.
 */
import { makeStyles } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  // Visually hidden, still read: the usual clip pattern.
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
});

const AnnounceContext = createContext<(text: string) => void>(() => undefined);

/** Provides `useAnnounce()` to the pane and renders the live region. */
export function LiveRegion({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((next: string) => {
    setText('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setText(next), 100);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="announcer">
        {text}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says a text through the pane's live region. */
export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}
