/**
 * The layout generator: seed content rendered into forms whose offsets, merges, extra columns, header
 * spellings, year and rate writings vary. The reader recovers exactly the entries, rates and identity
 * it rendered, or — where the form holds what it cannot place (a hidden column without a header) — reports
 * doubt; it never returns different data silently. Failing seeds become fixtures in tests/reader/form-layouts.test.ts.
 */
import fc from 'fast-check';
import { seedContents, type ContentRow, type FormContent } from '../helpers/form-content';
import { formOptionsArb } from '../helpers/form-options-arb';
import { formToGrid } from '../helpers/form-grid';
import { renderForm, type ExpectedReading } from '../helpers/form-render';
import { readAndObserve } from '../helpers/form-reading';

const SEED = 20221001;

/** The data of a reading, without the doubt flags. */
function dataOf(r: ExpectedReading): Omit<ExpectedReading, 'doubt' | 'hiddenText'> {
  return { committee: r.committee, committeeCanonical: r.committeeCanonical, workingGroup: r.workingGroup, fiscalYear: r.fiscalYear, plans: r.plans, rates: r.rates, activeMonths: r.activeMonths, entries: r.entries };
}

describe('the reader on forms laid out every way', () => {
  const contents = seedContents();

  it('recovers exactly the identity, rates and entries it rendered, or reports doubt', () => {
    fc.assert(
      fc.property(fc.nat({ max: contents.length - 1 }), formOptionsArb, (index, options) => {
        const form = renderForm(contents[index] as (typeof contents)[number], options);
        const observed = readAndObserve(formToGrid(form));
        expect(typeof observed).not.toBe('string');
        if (typeof observed === 'string') return;
        // Doubt must be reported exactly where the form holds what cannot be placed; the data still as rendered.
        expect(observed.doubt).toBe(form.expected.doubt);
        expect(observed.hiddenText).toBe(form.expected.hiddenText);
        expect(dataOf(observed)).toEqual(dataOf(form.expected));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reports doubt, never different data silently, when the headers stand a column off their texts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...contents), contentArb(contents)), formOptionsArb, fc.constantFrom(-1 as const, 1 as const), (content, options, headerShift) => {
        const form = renderForm(content, { ...options, headerShift });
        const observed = readAndObserve(formToGrid(form));
        if (typeof observed === 'string') return; // skipped, with its reason: no data at all is no wrong data
        if (!observed.doubt) expect(dataOf(observed)).toEqual(dataOf(form.expected));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

/** Every month row of the seed, as a pool to draw months from. */
function seedRows(contents: readonly FormContent[]): ContentRow[] {
  return contents.flatMap((c) => c.months.flatMap((m) => m.rows));
}

/** Seed content whose months hold 0–3 rows drawn from all seed rows, some texts left out. */
function contentArb(contents: readonly FormContent[]): fc.Arbitrary<FormContent> {
  const pool = seedRows(contents);
  const row = fc.record({ pick: fc.nat({ max: pool.length - 1 }), keep: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()) }).map(({ pick, keep }): ContentRow => {
    const r = pool[pick] as ContentRow;
    const texts = { do: keep[0] ? r.do : null, check: keep[1] ? r.check : null, action: keep[2] ? r.action : null };
    return texts.do === null && texts.check === null && texts.action === null ? r : texts;
  });
  return fc.record({ base: fc.nat({ max: contents.length - 1 }), months: fc.array(fc.array(row, { maxLength: 3 }), { minLength: 12, maxLength: 12 }) }).map(({ base, months }) => {
    const c = contents[base] as FormContent;
    return { ...c, months: c.months.map((m, i) => ({ month: m.month, rows: months[i] ?? [] })) };
  });
}

/** Whether the content itself is one the reader should doubt (many months with CHECK / ACTION but no DO; one short DO repeated). */
function contentLooksOff(content: FormContent): boolean {
  const evaluated = content.months.filter((m) => m.rows.some((r) => r.check !== null || r.action !== null));
  const withoutDo = evaluated.filter((m) => !m.rows.some((r) => r.do !== null));
  const dos = content.months.flatMap((m) => m.rows.flatMap((r) => (r.do === null ? [] : [r.do])));
  const oneShortValue = dos.length >= 2 && (dos[0] ?? '').length <= 12 && dos.every((d) => d === dos[0]);
  return (withoutDo.length >= 2 && withoutDo.length > evaluated.length / 2) || oneShortValue;
}

describe('the reader on drawn month contents', () => {
  const contents = seedContents();

  it('recovers exactly the rows it rendered in any layout, doubting only a form that looks off', () => {
    fc.assert(
      fc.property(contentArb(contents), formOptionsArb, (content, options) => {
        const form = renderForm(content, options);
        const observed = readAndObserve(formToGrid(form));
        expect(typeof observed).not.toBe('string');
        if (typeof observed === 'string') return;
        expect(dataOf(observed)).toEqual(dataOf(form.expected));
        expect(observed.doubt).toBe(form.expected.doubt || contentLooksOff(content));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
