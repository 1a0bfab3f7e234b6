/**
 * Where a tab puts its question (ConfirmDialog): the dialog's code (Fluent's Dialog and its motion) loads
 * only when a first question is asked, so the pane's first load stays light.
 */
import { lazy, Suspense, useState } from 'react';
import type { Strings } from '../strings/ja';
import type { ConfirmRequest } from './ConfirmDialog';

const ConfirmDialog = lazy(() => import('./ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })));

/** Renders the dialog once there has been a question; it then stays mounted to animate open and closed. */
export function AskFirst({ request, strings, onAnswer }: { request: ConfirmRequest | null; strings: Strings; onAnswer: (go: boolean) => void }) {
  const [asked, setAsked] = useState(false);
  if (request && !asked) setAsked(true);
  if (!asked && !request) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog request={request} strings={strings} onAnswer={onAnswer} />
    </Suspense>
  );
}
