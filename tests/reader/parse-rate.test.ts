import { looksLikeRateAttempt, parseRateCell, parseRateText } from '../../src/reader/parse-rate';

describe('parseRateCell', () => {
  it('reads 0.8 in a percent format as 80', () => {
    expect(parseRateCell({ kind: 'number', value: 0.8, percent: true })).toEqual({ value: 80, raw: '80%' });
  });

  it('reads a whole number typed without a format as percent points', () => {
    expect(parseRateCell({ kind: 'number', value: 80 })?.value).toBe(80);
  });

  it('reads a fraction typed without a format as a share', () => {
    expect(parseRateCell({ kind: 'number', value: 0.5 })?.value).toBe(50);
  });

  it('keeps 1.2 in a percent format as 120 so validation can report it', () => {
    expect(parseRateCell({ kind: 'number', value: 1.2, percent: true })?.value).toBe(120);
  });

  it('reads a rate written as text in its own cell', () => {
    expect(parseRateCell({ kind: 'text', text: '100%' })).toEqual({ value: 100, raw: '100%' });
  });

  it('takes no rate from a date or an empty cell', () => {
    expect(parseRateCell({ kind: 'date', iso: '2022-11-29' })).toBeNull();
    expect(parseRateCell(null)).toBeNull();
  });
});

describe('parseRateText', () => {
  it.each([
    ['80%', 80],
    ['８０％', 80],
    ['80.0%', 80],
    ['80', 80],
    [' 達成率 50%', 50],
    ['達成率：30%', 30],
    ['達成率 100 %', 100],
  ])('reads 「%s」 as %d', (text, value) => {
    expect(parseRateText(text)?.value).toBe(value);
  });

  it('keeps the raw text of what it read', () => {
    expect(parseRateText('８０％')?.raw).toBe('８０％');
  });

  it('takes no number from text that is not one', () => {
    expect(parseRateText('約半分')).toBeNull();
    expect(parseRateText('達成率')).toBeNull();
    expect(parseRateText('面接会・企業説明会に協力')).toBeNull();
  });
});

describe('looksLikeRateAttempt', () => {
  it('tells a rate that is not a number from a comment', () => {
    expect(looksLikeRateAttempt('約半分')).toBe(true);
    expect(looksLikeRateAttempt('8割')).toBe(true);
    expect(looksLikeRateAttempt('コロナ禍であるが、Zoom開催することなく部会を開催できた。')).toBe(false);
  });
});
