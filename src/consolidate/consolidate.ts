/** Many read sheets → the dashboard model: submissions, rates, roll-up, activity, CHECK/ACTION, issues. */
import type { StatusSheet } from '../domain/status-sheet';
import { outcome } from '../domain/outcomes';
import { joinPlanNumbers } from '../domain/plan-number';
import { canonicalCommittee, groupKey } from '../domain/committee-names';
import type { ConsolidationInput } from './consolidation-input';
import { toRate } from './rate-value';
import { toTrend } from './trend';
import { isSelectedYear, type YearSelection } from './year-selection';
import { DEFAULT_THEMES } from './themes/default-themes';
import { reportOnTagged } from './themes/themes-report';
import { themeTagger, type TaggedText, type ThemeTag } from './themes/tag-themes';
import { entryList } from './entry-list';
import type { CommentRow, CommitteeRollup, Dashboard, DashboardIssue, EntryRow, RateRow, SubmissionRow } from './dashboard';

type Item = ConsolidationInput['sheets'][number] & { index: number };

// One collator: String#localeCompare with a locale builds one per call (a fifth of the run in the profile).
const COLLATOR = new Intl.Collator('ja');


/** Months with a non-empty DO in any row, in fiscal order (a lone 「↓」 counts). */
export function activeMonthsOf(sheet: StatusSheet): number[] {
  return sheet.months.filter((m) => m.entries.some((e) => e.do !== null && e.do.value.trim() !== '')).map((m) => m.month);
}

/** Which sheet of a group a sheet is, whatever its year: the group and the plans. */
export const planIdentity = (s: StatusSheet): string => `${groupKey(s.committee?.value ?? '', s.workingGroup?.value ?? null)}|${s.planNumbers.join('')}`;

/** What makes two sheets copies of one submission: the group, the plans and the fiscal year. */
export const sheetIdentity = (s: StatusSheet): string => `${planIdentity(s)}|${s.fiscalYear?.value ?? ''}`;

/** Which of two submissions of the same sheet is newer: the stamp's time, then the file's, then input order. */
function newer(a: Item, b: Item): Item {
  // Both copies of one template carry the same stamp time (a group sends its workbook in October and
  // again in April): the file time must still decide between them, so it is compared when stamps tie.
  const times = (x: Item): readonly string[] => [x.sheet.stamp?.createdAt ?? '', x.fileModified ?? ''];
  const ta = times(a);
  const tb = times(b);
  for (let k = 0; k < ta.length; k++) if (ta[k] !== tb[k]) return (ta[k] ?? '') > (tb[k] ?? '') ? a : b;
  return a.index > b.index ? a : b;
}

type Counts = (file: string, sheet: string) => { errors: number; warnings: number };

/** What one step of the consolidation sets aside: its submission rows and the issues that say why. */
interface SetAside {
  readonly rows: SubmissionRow[];
  readonly issues: DashboardIssue[];
}

/** Builds the dashboard model from everything that was read. */
export function consolidate(input: ConsolidationInput): Dashboard {
  const items: Item[] = input.sheets.map((s, index) => ({ ...s, index }));
  const selection = input.years ?? null;
  const fiscalYear = selection ? latestSelected(items, selection) : (input.fiscalYear ?? mostCommon(items.flatMap((i) => (i.sheet.fiscalYear ? [i.sheet.fiscalYear.value] : []))));
  const counts = issueCounts(input.issues);
  const years = selection
    ? leaveOutUnselected(items, selection, counts)
    : input.includeOtherYears || fiscalYear === null
      ? { kept: items, rows: [], issues: [] }
      : leaveOutOtherYears(items, fiscalYear, counts);
  const newest = keepNewest(years.kept, counts);
  // With several years the usual sheets are the latest year's (a sheet without a year stays, as in one year);
  // the earlier years' sheets are shown only in 集約_経年.
  const current = selection ? newest.kept.filter((i) => (i.sheet.fiscalYear?.value ?? fiscalYear) === fiscalYear) : newest.kept;
  const earlier = selection ? without(newest.kept, current) : [];
  // No closure here may hold `current` or `input`: the entries getter below shares this function's context,
  // and through it the dashboard would keep every sheet model (~33 MB at 5,000 plan sheets; bench/README.md).
  const threshold = input.threshold;
  const rates: RateRow[] = current.map((i) => toRateRow(i, threshold));
  const table = input.themes ?? DEFAULT_THEMES;
  // The comment rows are made tagged (集約_課題's texts): a tagged copy of each was ~170 bytes more per
  // text, 16 MB at 5,000 plan sheets (bench/README.md). `tag` holds no model.
  const tag = themeTagger(table, input.tagged);
  const comments: Array<TaggedText<CommentRow>> = [];
  for (const i of current) addComments(i, tag, comments);
  const entries = entryList(current);
  return {
    generatedAt: input.generatedAt,
    asOf: input.asOf,
    fiscalYear,
    threshold: input.threshold,
    rosterGiven: input.roster !== null,
    submissions: [...rosterRows(input, current, counts), ...earlierRows(earlier, fiscalYear, counts), ...years.rows, ...newest.rows, ...fileRows(input)],
    rates,
    committees: rollUp(rates),
    comments,
    // Made as objects when read (SUMMARY.json), from columns: see entry-list.ts.
    get entries(): EntryRow[] {
      return entries();
    },
    issues: [...failureIssues(input), ...input.issues, ...years.issues, ...newest.issues, ...skippedIssues(input)],
    failures: input.failures,
    trend: selection ? toTrend(newest.kept.flatMap((i) => (i.sheet.fiscalYear ? [{ file: i.file, sheet: i.sheet, year: i.sheet.fiscalYear.value }] : []))) : null,
    themes: reportOnTagged(comments, table, input.segmented ? { segmented: input.segmented } : {}),
  };
}

/** The items of `all` that are not in `some`. */
function without(all: readonly Item[], some: readonly Item[]): Item[] {
  const set = new Set(some);
  return all.filter((i) => !set.has(i));
}

/** The latest selected year any sheet has; null when no sheet has a selected year. */
function latestSelected(items: readonly Item[], selection: YearSelection): number | null {
  const years = items.flatMap((i) => (i.sheet.fiscalYear && isSelectedYear(i.sheet.fiscalYear.value, selection) ? [i.sheet.fiscalYear.value] : []));
  return years.length === 0 ? null : Math.max(...years);
}

/** Sheets of a year outside the range asked for: reported, and left out (a sheet without a year stays). */
function leaveOutUnselected(items: readonly Item[], selection: YearSelection, counts: Counts): SetAside & { kept: Item[] } {
  const out: SetAside & { kept: Item[] } = { kept: [], rows: [], issues: [] };
  for (const i of items) {
    const year = i.sheet.fiscalYear?.value;
    if (year === undefined || selection.kind === 'all' || isSelectedYear(year, selection)) {
      out.kept.push(i);
      continue;
    }
    const params = { year, from: selection.from, to: selection.to };
    out.issues.push({ code: 'outside_years', severity: 'warning', file: i.file, sheet: i.sheet.sheetName, cell: i.sheet.fiscalYear?.cell ?? null, params });
    out.rows.push(row(i, 'other_year', counts(i.file, i.sheet.sheetName), outcome('submission', 'outside_years', params)));
  }
  return out;
}

/** The earlier years' sheets: listed as submissions used for 集約_経年 only. */
function earlierRows(earlier: readonly Item[], latest: number | null, counts: Counts): SubmissionRow[] {
  return earlier.map((i) => row(i, 'earlier_year', counts(i.file, i.sheet.sheetName), outcome('submission', 'earlier_year', { year: i.sheet.fiscalYear?.value ?? 0, latest: latest ?? 0 })));
}

/** Errors and warnings per file and sheet, for the submission rows. */
function issueCounts(issues: ConsolidationInput['issues']): Counts {
  const tally = new Map<string, { errors: number; warnings: number }>();
  for (const i of issues) {
    const key = `${i.file}\u0000${i.sheet}`;
    const t = tally.get(key) ?? { errors: 0, warnings: 0 };
    if (i.severity === 'error') t.errors += 1;
    if (i.severity === 'warning') t.warnings += 1;
    tally.set(key, t);
  }
  return (file, sheet) => ({ ...(tally.get(`${file}\u0000${sheet}`) ?? { errors: 0, warnings: 0 }) });
}

/** Another fiscal year: reported, and left out (a sheet without a year stays). */
function leaveOutOtherYears(items: readonly Item[], fiscalYear: number, counts: Counts): SetAside & { kept: Item[] } {
  const out: SetAside & { kept: Item[] } = { kept: [], rows: [], issues: [] };
  for (const i of items) {
    const year = i.sheet.fiscalYear?.value;
    if (year === undefined || year === fiscalYear) {
      out.kept.push(i);
      continue;
    }
    out.issues.push({ code: 'other_fiscal_year', severity: 'warning', file: i.file, sheet: i.sheet.sheetName, cell: i.sheet.fiscalYear?.cell ?? null, params: { year, expected: fiscalYear } });
    out.rows.push(row(i, 'other_year', counts(i.file, i.sheet.sheetName), outcome('submission', 'other_year', { year, expected: fiscalYear })));
  }
  return out;
}

/** The same group / plan twice: the newest wins, both are reported; the winners come in council order. */
function keepNewest(items: readonly Item[], counts: Counts): SetAside & { kept: Item[] } {
  const winners = new Map<string, Item>();
  for (const i of items) {
    const key = sheetIdentity(i.sheet);
    const previous = winners.get(key);
    winners.set(key, previous ? newer(previous, i) : i);
  }
  // Rows in council order: committee, WG, first plan number — whatever order the files came in.
  const order = (i: Item): string => `${i.sheet.committeeCanonical ?? ''}\u0000${i.sheet.workingGroup?.value ?? ''}\u0000${i.sheet.planNumbers.join('')}`;
  const kept = items.filter((i) => winners.get(sheetIdentity(i.sheet)) === i).sort((a, b) => COLLATOR.compare(order(a), order(b)) || a.index - b.index);
  const keptSet = new Set(kept);
  const out: SetAside & { kept: Item[] } = { kept, rows: [], issues: [] };
  for (const i of items) {
    if (keptSet.has(i)) continue;
    const winner = winners.get(sheetIdentity(i.sheet)) as Item;
    const params = { winnerFile: winner.file, winnerSheet: winner.sheet.sheetName };
    out.issues.push({ code: 'duplicate_submission', severity: 'warning', file: i.file, sheet: i.sheet.sheetName, cell: null, params });
    out.rows.push(row(i, 'duplicate', counts(i.file, i.sheet.sheetName), outcome('submission', 'duplicate', params)));
  }
  return out;
}

/** Files that could not be read, and files read without any status sheet: one row each. */
function fileRows(input: ConsolidationInput): SubmissionRow[] {
  const rows: SubmissionRow[] = input.failures.map((f) => {
    const note = outcome('submission', 'unreadable', { failure: f.code, failedSheet: f.sheet, error: f.error });
    return { committee: '', workingGroup: null, plans: '', status: 'unreadable', file: f.file, sheet: null, errors: 1, warnings: 0, note };
  });
  const withSheets = new Set(input.sheets.map((s) => s.file));
  for (const file of new Set(input.skipped.map((s) => s.file))) {
    if (!withSheets.has(file)) rows.push({ committee: '', workingGroup: null, plans: '', status: 'no_sheet', file, sheet: null, errors: 0, warnings: 0, note: outcome('submission', 'no_sheet', {}) });
  }
  return rows;
}

function failureIssues(input: ConsolidationInput): DashboardIssue[] {
  return input.failures.map((f) => ({ code: 'unreadable_file', severity: 'error', file: f.file, sheet: null, cell: null, params: { failure: f.code, failedSheet: f.sheet, error: f.error } }));
}

function skippedIssues(input: ConsolidationInput): DashboardIssue[] {
  return input.skipped.map((s) => ({ code: 'not_a_status_sheet', severity: 'info', file: s.file, sheet: s.sheet, cell: null, params: { skip: s.skip.code, months: s.skip.code === 'few_month_labels' ? s.skip.params.months : null } }));
}

function row(i: Item, status: SubmissionRow['status'], c: { errors: number; warnings: number }, note: SubmissionRow['note']): SubmissionRow {
  return {
    committee: i.sheet.committeeCanonical ?? '',
    workingGroup: i.sheet.workingGroup?.value ?? null,
    plans: joinPlanNumbers(i.sheet.planNumbers),
    status,
    file: i.file,
    sheet: i.sheet.sheetName,
    ...c,
    note,
  };
}

/** With a roster: one row per expected sheet (提出済 / 未提出) and the sheets nobody expected. */
function rosterRows(input: ConsolidationInput, accepted: readonly Item[], counts: Counts): SubmissionRow[] {
  if (!input.roster) return accepted.map((i) => row(i, 'submitted', counts(i.file, i.sheet.sheetName), null));
  const used = new Set<Item>();
  const out: SubmissionRow[] = [];
  for (const entry of input.roster) {
    const key = groupKey(entry.committee, entry.workingGroup);
    const matches = accepted.filter((i) => groupKey(i.sheet.committee?.value ?? '', i.sheet.workingGroup?.value ?? null) === key && (entry.plans.length === 0 || entry.plans.some((p) => i.sheet.planNumbers.includes(p))));
    if (matches.length === 0) {
      out.push({ committee: canonicalCommittee(entry.committee), workingGroup: entry.workingGroup, plans: joinPlanNumbers(entry.plans), status: 'missing', file: null, sheet: null, errors: 0, warnings: 0, note: outcome('submission', 'missing', {}) });
    }
    for (const m of matches) {
      used.add(m);
      out.push(row(m, 'submitted', counts(m.file, m.sheet.sheetName), null));
    }
  }
  for (const i of accepted) if (!used.has(i)) out.push(row(i, 'unexpected', counts(i.file, i.sheet.sheetName), outcome('submission', 'unexpected', {})));
  return out;
}

function toRateRow(i: Item, threshold: number): RateRow {
  const s = i.sheet.summaries;
  const firstHalf = toRate(s.firstHalf?.rate?.value);
  const secondHalf = toRate(s.secondHalf?.rate?.value);
  const annual = toRate(s.annual?.rate?.value);
  return {
    file: i.file,
    sheet: i.sheet.sheetName,
    committee: i.sheet.committee?.value ?? '',
    committeeCanonical: i.sheet.committeeCanonical ?? '',
    workingGroup: i.sheet.workingGroup?.value ?? null,
    fiscalYear: i.sheet.fiscalYear?.value ?? null,
    plans: i.sheet.planNumbers,
    firstHalf,
    secondHalf,
    annual,
    cells: { firstHalf: s.firstHalf?.rate?.cell ?? null, secondHalf: s.secondHalf?.rate?.cell ?? null, annual: s.annual?.rate?.cell ?? null },
    flagged: [firstHalf, secondHalf, annual].some((v) => v !== null && v < threshold),
    activeMonths: activeMonthsOf(i.sheet),
  };
}

const average = (values: Array<number | null>): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 10) / 10;
};

function rollUp(rates: readonly RateRow[]): CommitteeRollup[] {
  const committees = [...new Set(rates.map((r) => r.committeeCanonical))];
  return committees.map((committee) => {
    const own = rates.filter((r) => r.committeeCanonical === committee);
    const annuals = own.map((r) => r.annual).filter((v): v is number => v !== null);
    return {
      committee,
      sheets: own.length,
      firstHalf: average(own.map((r) => r.firstHalf)),
      secondHalf: average(own.map((r) => r.secondHalf)),
      annual: average(own.map((r) => r.annual)),
      lowestAnnual: annuals.length === 0 ? null : Math.min(...annuals),
      flagged: own.filter((r) => r.flagged).length,
    };
  });
}

/** Adds the sheet's CHECK / ACTION rows to `out` (one list for all sheets: no array per sheet). */
function addComments(i: Item, tag: (text: string) => ThemeTag[], out: Array<TaggedText<CommentRow>>): void {
  const committee = i.sheet.committeeCanonical ?? '';
  const workingGroup = i.sheet.workingGroup?.value ?? null;
  const sheetPlans = joinPlanNumbers(i.sheet.planNumbers);
  for (const m of i.sheet.months) {
    for (const e of m.entries) {
      if (!e.check && !e.action) continue;
      const plans = e.planTags.length > 0 ? joinPlanNumbers(e.planTags) : sheetPlans;
      if (e.check) out.push({ committee, workingGroup, plans, month: m.month, kind: 'check', text: e.check.value, file: i.file, sheet: i.sheet.sheetName, cell: e.check.cell, themes: tag(e.check.value) });
      if (e.action) out.push({ committee, workingGroup, plans, month: m.month, kind: 'action', text: e.action.value, file: i.file, sheet: i.sheet.sheetName, cell: e.action.cell, themes: tag(e.action.value) });
    }
  }
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  // A tie goes to the later year, whatever order the files came in.
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && v > best)) best = v;
  return best;
}
