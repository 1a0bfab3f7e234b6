/** Defaults follow the date in Japan, whatever the machine's time zone. */
import fc from 'fast-check';
import { tokyoDate, tokyoFiscalYear, tokyoMinute } from '../../src/domain/tokyo-time';

describe('the date in Asia/Tokyo', () => {
  it('is already the next day at 09:00 JST, while UTC is still on the day before', () => {
    expect(tokyoDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(tokyoDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });

  it('starts the new fiscal year on the morning of 1 April in Japan (UTC: 31 March)', () => {
    expect(tokyoFiscalYear(new Date('2026-03-31T21:00:00Z'))).toBe(2026);
    expect(tokyoFiscalYear(new Date('2026-03-31T14:00:00Z'))).toBe(2025);
  });

  it('agrees with the platform’s own Asia/Tokyo calendar for any instant', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(tokyoDate(d)).toBe(format.format(d));
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('gives a dashboard\'s generation time in Japan: 15:10 UTC on 1 December is 00:10 on 2 December', () => {
    expect(tokyoMinute('2026-12-01T15:10:42.123Z')).toBe('2026-12-02 00:10');
    expect(tokyoMinute('2023-04-30T00:00:00Z')).toBe('2023-04-30 09:00');
  });
});
