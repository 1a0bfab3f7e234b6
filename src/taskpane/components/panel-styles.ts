/** Styles the three tab panels share: the form column, wrapped texts, reasons, the result block. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The shared panel styles. */
export const usePanelStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Inherits the pane's phrase-wise breaking (App); a long unbroken name may still wrap anywhere.
  text: { overflowWrap: 'anywhere', minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground2 },
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // A progress bar's bar without Fluent's 0.3 s width transition: updated every ~100 ms, it laid out and
  // painted the page every frame of a run.
  progressBar: { transitionProperty: 'none' },
});
