/**
 * Property tests for the validator on random valid models: it never throws, every issue is well formed
 * (an A1 cell or none, a code some rule declares, a message in both languages with every fact filled in),
 * and the rules hold their basic promises (out-of-range rates are always reported; no date, no date rules).
 */
import fc from 'fast-check';
import { FISCAL_MONTHS } from '../../src/domain/fiscal-calendar';
import { IssueSchema } from '../../src/domain/issue';
import { StatusSheetSchema, type Entry, type StatusSheet, type Summary, type SummaryKind } from '../../src/domain/status-sheet';
import { formatIssue } from '../../src/messages/format-outcome';
import { RULE_CODES } from '../../src/validate/rules';
import { validateGroup, validateStatusSheet } from '../../src/validate/validate-status-sheet';
import { param } from '../helpers/issue-param';

const SEED = 20221129;
const PLAN_NUMBERS = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'];
const DATE_CODES = ['rate_missing_after_half', 'annual_rate_missing', 'planned_in_past', 'text_after_as_of', 'plan_without_activity', 'quarter_without_do'];
const TEXTS = ['11/29、30 伊賀市マルシェ開催', '6/14 第1回WG', 'R5.1.30 報告', '2/28 第6回WG(予定)', '（予定）', '⑥MLに追加', '①1/24 WG', '１２／５　連絡会', '#REF!', '↓', '   ', '9/30〜10/1 研修'];

const cell = fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'AA'), fc.integer({ min: 1, max: 200 })).map(([c, r]) => `${c}${r}`);
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const traced = fc.option(fc.record({ value: text, cell: fc.option(cell, { nil: null }) }), { nil: null });
const tags = fc.uniqueArray(fc.constantFrom(...PLAN_NUMBERS), { maxLength: 3 });
const entry: fc.Arbitrary<Entry> = fc.record({ row: fc.nat({ max: 300 }), do: traced, check: traced, action: traced, planTags: tags });
const rate = fc.option(
  fc.record({ value: fc.option(fc.integer({ min: -50, max: 250 }), { nil: null }), raw: fc.constantFrom('約半分', '80%', '', '８０％'), cell: fc.option(cell, { nil: null }) }),
  { nil: null },
);
const summaryOf = (kind: SummaryKind): fc.Arbitrary<Summary | null> =>
  fc.option(fc.record({ kind: fc.constant(kind), label: fc.option(cell, { nil: null }), rate, comment: traced, extra: fc.array(fc.record({ value: text, cell }), { maxLength: 2 }) }), { nil: null });

const sheet: fc.Arbitrary<StatusSheet> = fc
  .record({
    sheetName: fc.constantFrom('①', '①・④・⑤', '⑥・⑦', 'R4'),
    committee: fc.option(fc.constantFrom('就労部会', '暮らし部会', 'くらし部会'), { nil: null }),
    workingGroup: fc.option(fc.constantFrom('雇用啓発WG', '事業所連絡会WG'), { nil: null }),
    fiscalYear: fc.option(fc.integer({ min: 2019, max: 2026 }), { nil: null }),
    planNumbers: fc.uniqueArray(fc.constantFrom(...PLAN_NUMBERS), { maxLength: 3 }),
    planNumbersCell: fc.option(cell, { nil: null }),
    plans: fc.array(fc.record({ number: fc.option(fc.constantFrom(...PLAN_NUMBERS), { nil: null }), text: fc.record({ value: text, cell }), quarter: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), { nil: null }) }), { maxLength: 4 }),
    months: fc.tuple(...FISCAL_MONTHS.map(() => fc.record({ label: fc.option(cell, { nil: null }), entries: fc.array(entry, { maxLength: 3 }) }))),
    firstHalf: summaryOf('firstHalf'),
    secondHalf: summaryOf('secondHalf'),
    annual: summaryOf('annual'),
  })
  .map((r) => ({
    sheetName: r.sheetName,
    origin: 'legacy' as const,
    stamp: null,
    committee: r.committee === null ? null : { value: r.committee, cell: 'A1' },
    committeeCanonical: r.committee === '暮らし部会' ? 'くらし部会' : r.committee,
    workingGroup: r.workingGroup === null ? null : { value: r.workingGroup, cell: 'A1' },
    fiscalYear: r.fiscalYear === null ? null : { value: r.fiscalYear, cell: 'A2' },
    philosophy: null,
    goal: null,
    planNumbers: r.planNumbers,
    planNumbersCell: r.planNumbersCell,
    plans: r.plans,
    months: FISCAL_MONTHS.map((month, i) => ({ month, ...(r.months[i] ?? { label: null, entries: [] }) })),
    summaries: { firstHalf: r.firstHalf, secondHalf: r.secondHalf, annual: r.annual },
    rateInputs: null,
  }));

const asOf = fc.option(
  fc.date({ min: new Date('2019-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

describe('the validator on random valid models', () => {
  it('never throws, and every issue has a valid cell, a declared code and a complete message in both languages', () => {
    // Counted across the runs: a property over issues says nothing if the models never raise any.
    const seen = new Set<string>();
    fc.assert(
      fc.property(sheet, asOf, (model, date) => {
        StatusSheetSchema.parse(model);
        for (const issue of validateStatusSheet(model, { asOf: date })) {
          seen.add(issue.code);
          IssueSchema.parse(issue);
          expect(issue.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(issue.cell)).toBe(true);
          expect(RULE_CODES).toContain(issue.code);
          for (const locale of ['ja', 'en'] as const) {
            const message = formatIssue(issue, locale);
            expect(message).not.toBe(issue.code);
            expect(message).not.toMatch(/undefined|\[object/);
          }
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });

  it('always reports a rate outside 0–100 at its cell', () => {
    fc.assert(
      fc.property(sheet, (model) => {
        const reported = validateStatusSheet(model, { asOf: null }).filter((i) => i.code === 'rate_out_of_range');
        const outside = Object.values(model.summaries).flatMap((s) => (s?.rate && s.rate.value !== null && (s.rate.value < 0 || s.rate.value > 100) ? [s.rate.cell] : []));
        // The validator sorts by cell, so compare as sets.
        expect(reported.map((i) => String(i.cell)).sort()).toEqual(outside.map(String).sort());
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('runs no date-based rule without an as-of date', () => {
    fc.assert(
      fc.property(sheet, (model) => {
        expect(validateStatusSheet(model, { asOf: null }).filter((i) => DATE_CODES.includes(i.code))).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reports duplicates across random groups exactly on the sheets that repeat a number of an earlier sheet', () => {
    let reported = 0;
    fc.assert(
      // One fiscal year, so that random groups do repeat plan numbers often enough to count.
      fc.property(fc.array(sheet.map((m) => ({ ...m, fiscalYear: { value: 2022, cell: 'A2' } })), { maxLength: 5 }), (models) => {
        const issues = validateGroup(models);
        // Each (group, year, plan) seen n times is n − 1 duplicates, wherever they stand.
        const times = new Map<string, number>();
        for (const m of models) {
          if (!m.committee) continue;
          const group = `${m.committeeCanonical ?? m.committee.value}|${m.workingGroup?.value ?? ''}|${m.fiscalYear?.value ?? ''}`;
          for (const plan of m.planNumbers) times.set(`${group}|${plan}`, (times.get(`${group}|${plan}`) ?? 0) + 1);
        }
        expect(issues).toHaveLength([...times.values()].reduce((n, t) => n + t - 1, 0));
        reported += issues.length;
        for (const issue of issues) {
          IssueSchema.parse(issue);
          expect(issue.code).toBe('duplicate_plan_number');
          expect(models.some((m) => m.sheetName === param(issue, 'other'))).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(reported).toBeGreaterThan(20);
  });
});
