/**
 * 集約_経年 as data: the sheets of several fiscal years → one row per plan, matched across years by
 * committee canonical name + WG + plan numbers and nothing else. A plan renumbered, merged or split is
 * never matched by guess: its rows stand apart, each with a note naming the other year's numbers.
 */
import { groupKey } from '../domain/committee-names';
import { outcome, type Outcome } from '../domain/outcomes';
import { joinPlanNumbers } from '../domain/plan-number';
import type { StatusSheet } from '../domain/status-sheet';
import { toRate } from './rate-value';
import type { TrendRow, TrendText, TrendYear } from './trend-row';

/** A read sheet with a fiscal year, from its file (after duplicates and other years were set aside). */
export interface TrendSource {
  readonly file: string;
  readonly sheet: StatusSheet;
  readonly year: number;
}

const COLLATOR = new Intl.Collator('ja');

const groupOf = (s: StatusSheet): string => groupKey(s.committee?.value ?? '', s.workingGroup?.value ?? null);
const planKey = (s: StatusSheet): string => `${groupOf(s)}|${s.planNumbers.join('・')}`;

/** The years found, oldest first. */
export function trendYears(sources: readonly TrendSource[]): number[] {
  return [...new Set(sources.map((s) => s.year))].sort((a, b) => a - b);
}

/** One row per plan over the years; rows in council order (committee, WG, plan numbers). */
export function toTrend(sources: readonly TrendSource[]): TrendRow[] {
  const years = trendYears(sources);
  const latest = years[years.length - 1];
  const previous = years[years.length - 2];
  const byPlan = new Map<string, Map<number, TrendSource>>();
  for (const s of sources) {
    const key = planKey(s.sheet);
    const perYear = byPlan.get(key) ?? new Map<number, TrendSource>();
    // keepNewest already left one sheet per plan and year; a second one here would be a caller's bug.
    if (!perYear.has(s.year)) perYear.set(s.year, s);
    byPlan.set(key, perYear);
  }
  const rows = [...byPlan.values()].map((perYear) => {
    const present = [...perYear.values()].sort((a, b) => a.year - b.year);
    const last = present[present.length - 1] as TrendSource;
    const before = previous === undefined ? undefined : perYear.get(previous);
    const now = latest === undefined ? undefined : perYear.get(latest);
    const row: TrendRow = {
      committee: last.sheet.committee?.value ?? '',
      committeeCanonical: last.sheet.committeeCanonical ?? '',
      workingGroup: last.sheet.workingGroup?.value ?? null,
      plans: [...last.sheet.planNumbers],
      years: present.map(toTrendYear),
      previousActions: before ? actionsOf(before) : [],
      plan: now ? planOf(now) : [],
      notes: notesOf(last.sheet, perYear, years, sources),
    };
    return row;
  });
  const order = (r: TrendRow): string => `${r.committeeCanonical}\u0000${r.workingGroup ?? ''}\u0000${r.plans.join('')}`;
  return rows.sort((a, b) => COLLATOR.compare(order(a), order(b)));
}

function toTrendYear(s: TrendSource): TrendYear {
  const sum = s.sheet.summaries;
  return {
    year: s.year,
    firstHalf: toRate(sum.firstHalf?.rate?.value),
    secondHalf: toRate(sum.secondHalf?.rate?.value),
    annual: toRate(sum.annual?.rate?.value),
    file: s.file,
    sheet: s.sheet.sheetName,
  };
}

/** Every ACTION of the sheet, month by month in fiscal order. */
function actionsOf(s: TrendSource): TrendText[] {
  return s.sheet.months.flatMap((m) =>
    m.entries.flatMap((e) => (e.action && e.action.value.trim() !== '' ? [{ month: m.month, label: '', text: e.action.value, file: s.file, sheet: s.sheet.sheetName, cell: e.action.cell }] : [])),
  );
}

/** The PLAN texts of the sheet, each labelled with its number and quarter. */
function planOf(s: TrendSource): TrendText[] {
  return s.sheet.plans
    .filter((p) => p.text.value.trim() !== '')
    .map((p) => ({ month: null, label: `${p.number ?? ''}${p.quarter === null ? '' : `【第${p.quarter}四半期計画】`}`, text: p.text.value, file: s.file, sheet: s.sheet.sheetName, cell: p.text.cell }));
}

/** Why this row is not the same plan matched in every year: missing years, other numbers of the group, no numbers. */
function notesOf(sheet: StatusSheet, perYear: ReadonlyMap<number, TrendSource>, years: readonly number[], sources: readonly TrendSource[]): Array<Outcome<'trend'>> {
  const notes: Array<Outcome<'trend'>> = [];
  const missing = years.filter((y) => !perYear.has(y));
  const group = groupOf(sheet);
  const mine = new Set(sheet.planNumbers);
  const changed = new Set<number>();
  for (const year of missing) {
    // The group's sheets that year sharing a plan number with this row: the plan was renumbered, merged or split.
    const overlapping = sources.filter((s) => s.year === year && groupOf(s.sheet) === group && s.sheet.planNumbers.some((n) => mine.has(n)));
    if (overlapping.length === 0) continue;
    changed.add(year);
    notes.push(outcome('trend', 'plans_changed', { year, plans: overlapping.map((s) => joinPlanNumbers(s.sheet.planNumbers)) }));
  }
  const plainMissing = missing.filter((y) => !changed.has(y));
  if (plainMissing.length > 0) notes.unshift(outcome('trend', 'missing_years', { missing: plainMissing }));
  if (sheet.planNumbers.length === 0 && perYear.size > 1) notes.push(outcome('trend', 'no_plan_numbers', {}));
  return notes;
}
