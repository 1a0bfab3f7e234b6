/** A text read from a part is kept as a string of its own, equal to the text it was cut from. */
import fc from 'fast-check';
import { detachedText } from '../../../src/hosts/xlsx/read-xml-text';

const SEED = 20261201;

describe('detachedText', () => {
  it('gives the same text for any text cut from a longer one, lone surrogates and line breaks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 40 }), (before, text, after) => {
        const part = `${before}<t>${text}</t>${after}`;
        const cut = part.slice(before.length + 3, before.length + 3 + text.length);
        expect(detachedText(cut)).toBe(text);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('gives short texts back as they are (V8 copies substrings under 13 characters anyway)', () => {
    const part = '<t>就労部会</t>';
    expect(detachedText(part.slice(3, 7))).toBe('就労部会');
  });
});
