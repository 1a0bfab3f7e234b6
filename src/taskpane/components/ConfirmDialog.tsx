/** A question before work that replaces or duplicates sheets: go ahead, or cancel (Escape cancels too). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Strings } from '../strings/ja';

export interface ConfirmRequest {
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
}

/** Shows `request` (when not null); `onAnswer(true)` goes ahead, `onAnswer(false)` cancels. */
export function ConfirmDialog({ request, strings, onAnswer }: { request: ConfirmRequest | null; strings: Strings; onAnswer: (go: boolean) => void }) {
  return (
    <Dialog open={request !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{request?.title}</DialogTitle>
          <DialogContent>{request?.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {request?.confirm}
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
