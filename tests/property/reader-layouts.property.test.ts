/**
 * The layout generator: seed content rendered into forms whose offsets, merges, extra columns, header
 * spellings, year and rate writings vary. The reader recovers exactly the entries, rates and identity
 * it rendered, or — where the form holds what it cannot place (a hidden column without a header) — reports
 * doubt; it never returns different data silently. Failing seeds become fixtures in tests/reader/form-layouts.test.ts.
 */
import fc from 'fast-check';
import { seedContents } from '../helpers/form-content';
import { formOptionsArb } from '../helpers/form-options-arb';
import { formToGrid, renderForm, type ExpectedReading } from '../helpers/form-render';
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
      fc.property(fc.nat({ max: contents.length - 1 }), formOptionsArb, fc.constantFrom(-1 as const, 1 as const), (index, options, headerShift) => {
        const form = renderForm(contents[index] as (typeof contents)[number], { ...options, headerShift });
        const observed = readAndObserve(formToGrid(form));
        if (typeof observed === 'string') return; // skipped, with its reason: no data at all is no wrong data
        if (!observed.doubt) expect(dataOf(observed)).toEqual(dataOf(form.expected));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
