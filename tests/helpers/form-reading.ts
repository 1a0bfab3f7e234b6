/** What the reader made of a rendered form, in the shape of the renderer's expected reading. */
import type { Grid } from '../../src/domain/grid';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import type { ExpectedReading } from './form-render';
import { formatOutcome } from '../../src/messages/format-outcome';

export type ObservedReading = Omit<ExpectedReading, 'doubt' | 'hiddenText'> & { readonly doubt: boolean; readonly hiddenText: boolean };

/** The sheet's reading as the renderer states its expectation (or the reason it was skipped). */
export function observe(sheet: StatusSheet): ObservedReading {
  const notes = sheet.readingNotes ?? [];
  return {
    committee: sheet.committee?.value ?? '',
    committeeCanonical: sheet.committeeCanonical ?? '',
    workingGroup: sheet.workingGroup?.value ?? null,
    fiscalYear: sheet.fiscalYear?.value ?? 0,
    plans: sheet.planNumbers,
    rates: [sheet.summaries.firstHalf?.rate?.value ?? null, sheet.summaries.secondHalf?.rate?.value ?? null, sheet.summaries.annual?.rate?.value ?? null],
    activeMonths: sheet.months.filter((m) => m.entries.some((e) => e.do !== null && e.do.value.trim() !== '')).map((m) => m.month),
    entries: sheet.months.flatMap((m) =>
      m.entries.flatMap((e) => (['do', 'check', 'action'] as const).flatMap((kind) => {
        const t = e[kind];
        return t ? [{ month: m.month, kind, text: t.value, cell: t.cell ?? '' }] : [];
      })),
    ),
    doubt: notes.some((n) => n.kind === 'layout_doubt'),
    hiddenText: notes.some((n) => n.kind === 'hidden_text'),
  };
}

/** Reads a grid that must be a status sheet and observes it. */
export function readAndObserve(grid: Grid): ObservedReading | string {
  const outcome = readStatusSheet(grid);
  return outcome.kind === 'status-sheet' ? observe(outcome.sheet) : formatOutcome(outcome.skip);
}
