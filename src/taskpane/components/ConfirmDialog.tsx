/** A question before work that replaces or duplicates sheets: go ahead, or cancel (Escape cancels too). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Strings } from '../strings/ja';

// The dialog is portalled outside the pane's root, so it takes the phrase-wise breaking itself.
const useStyles = makeStyles({ surface: { wordBreak: 'auto-phrase' as 'normal', overflowWrap: 'anywhere' } });

export interface ConfirmRequest {
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
}

/** The longest the closing animation may take before the answer is passed on anyway. */
const CLOSE_FALLBACK_MS = 700;

/**
 * Shows `request` (when not null). The answer is passed on only once the dialog has closed, so the
 * dialog's own focus handling is over before focus moves on (to the result, or back to the asker).
 */
export function ConfirmDialog({ request, strings, onAnswer }: { request: ConfirmRequest | null; strings: Strings; onAnswer: (go: boolean) => void }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<boolean | null>(null);
  // The text stays while the dialog fades out.
  const shown = useRef<ConfirmRequest | null>(null);
  if (request) shown.current = request;
  // Where focus was when the question came (the button that asked): a cancel gives focus back there,
  // since nothing else would (the dialog has no DialogTrigger); going ahead lets the job move it to its result.
  const opener = useRef<HTMLElement | null>(null);
  const open = request !== null;
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  const passOn = useRef<(() => void) | null>(null);
  passOn.current = () => {
    if (chosen === null) return;
    setChosen(null);
    if (!chosen) opener.current?.focus();
    onAnswer(chosen);
  };
  useEffect(() => {
    if (chosen === null) return;
    const timer = setTimeout(() => passOn.current?.(), CLOSE_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [chosen]);
  const text = shown.current;
  return (
    <Dialog
      open={request !== null && chosen === null}
      modalType="alert"
      onOpenChange={(_, d) => !d.open && setChosen(false)}
      surfaceMotion={{ onMotionFinish: (_: unknown, data: { direction: 'enter' | 'exit' }) => data.direction === 'exit' && passOn.current?.() }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{text?.title}</DialogTitle>
          <DialogContent>{text?.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => setChosen(true)}>
              {text?.confirm}
            </Button>
            <Button appearance="secondary" onClick={() => setChosen(false)}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
