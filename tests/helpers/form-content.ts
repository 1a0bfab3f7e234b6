/**
 * The seed's real content as plain data a form renderer can lay out any way a committee might: the
 * identity, the plan, every month row's DO / CHECK / ACTION texts and the three rates. Taken once from
 * the realigned seed (whose reading the FY2022 facts tests pin down).
 */
import { gridFromValues } from '../../src/domain/grid';
import type { SummaryKind } from '../../src/domain/status-sheet';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { realign } from '../fixtures/build-fy2022-fixtures';
import { readSeedSheets, SEED_SHEET_NAMES } from './seed-grids';
import { formatOutcome } from '../../src/messages/format-outcome';

export interface ContentRow {
  readonly do: string | null;
  readonly check: string | null;
  readonly action: string | null;
}

export interface FormContent {
  readonly sheetName: string;
  readonly committee: string;
  readonly workingGroup: string | null;
  readonly fiscalYear: number;
  readonly philosophy: string;
  readonly goal: string;
  readonly plans: readonly string[];
  readonly planText: string;
  /** The twelve months in fiscal order, each with its rows (none for an empty month). */
  readonly months: ReadonlyArray<{ readonly month: number; readonly rows: readonly ContentRow[] }>;
  readonly rates: Readonly<Record<SummaryKind, number | null>>;
  readonly comments: Readonly<Record<SummaryKind, string | null>>;
}

/** The ten seed sheets as content, in seed order. */
export function seedContents(): FormContent[] {
  return readSeedSheets().map((rows, i) => {
    const name = SEED_SHEET_NAMES[i] ?? `S${i}`;
    const outcome = readStatusSheet(gridFromValues(name, realign(rows)));
    if (outcome.kind !== 'status-sheet') throw new Error(`seed sheet ${i}: ${formatOutcome(outcome.skip)}`);
    const s = outcome.sheet;
    const summary = (k: SummaryKind) => s.summaries[k];
    return {
      sheetName: name,
      committee: s.committee?.value ?? '',
      workingGroup: s.workingGroup?.value ?? null,
      fiscalYear: s.fiscalYear?.value ?? 2022,
      philosophy: s.philosophy?.value ?? '',
      goal: s.goal?.value ?? '',
      plans: s.planNumbers,
      planText: s.plans.map((p) => p.text.value).join('\n'),
      months: s.months.map((m) => ({ month: m.month, rows: m.entries.map((e) => ({ do: e.do?.value ?? null, check: e.check?.value ?? null, action: e.action?.value ?? null })) })),
      rates: { firstHalf: summary('firstHalf')?.rate?.value ?? null, secondHalf: summary('secondHalf')?.rate?.value ?? null, annual: summary('annual')?.rate?.value ?? null },
      comments: { firstHalf: summary('firstHalf')?.comment?.value ?? null, secondHalf: summary('secondHalf')?.comment?.value ?? null, annual: summary('annual')?.comment?.value ?? null },
    };
  });
}
