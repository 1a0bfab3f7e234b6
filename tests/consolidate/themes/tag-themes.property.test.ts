import fc from 'fast-check';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { tagThemes } from '../../../src/consolidate/themes/tag-themes';
import type { ThemeText } from '../../../src/consolidate/themes/theme-text';
import { fy2022Comments } from '../../helpers/fy2022-texts';

const SEED = 20230401;

// Every half-width katakana (with ﾞ / ﾟ where NFKC composes them) beside the full-width character it folds to.
const HALF_OF = new Map<string, string>();
for (let cp = 0xff66; cp <= 0xff9d; cp++) {
  const half = String.fromCodePoint(cp);
  for (const h of [half, `${half}ﾞ`, `${half}ﾟ`]) {
    const full = h.normalize('NFKC');
    if ([...full].length === 1 && !HALF_OF.has(full)) HALF_OF.set(full, h);
  }
}
HALF_OF.set('ー', 'ｰ');

/** The other width of one character, when it has one: ASCII ↔ full-width, katakana → half-width, space → U+3000. */
function otherWidth(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x21 && cp <= 0x7e) return String.fromCodePoint(cp + 0xfee0);
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
  if (ch === ' ') return '\u3000';
  return HALF_OF.get(ch) ?? ch;
}

const base = (text: string): ThemeText => ({ committee: '相談部会', workingGroup: null, plans: '①', month: 6, kind: 'check', text, file: 'a.xlsx', sheet: '①', cell: 'D9' });
const tags = (text: string) => tagThemes([base(text)], DEFAULT_THEMES)[0]?.themes;

// Real texts and every default keyword, so the rewrites land on the words that matter.
const pieces = [...fy2022Comments().map((c) => c.text), ...DEFAULT_THEMES.flatMap((t) => t.keywords), 'ML', 'CM', ' ', '8050', 'ＡＢＣ'];

describe('tagging under NFKC-equivalent rewrites', () => {
  it('gives the same themes when any characters change width (full / half)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }), fc.infiniteStream(fc.boolean()), (parts, flips) => {
        const text = parts.join('');
        const rewritten = [...text].map((ch) => (flips.next().value ? otherWidth(ch) : ch)).join('');
        // The rewrite is NFKC-equivalent by construction; said here so a wrong table above cannot pass unseen.
        expect(rewritten.normalize('NFKC').replace(/\s/gu, '')).toBe(text.normalize('NFKC').replace(/\s/gu, ''));
        expect(tags(rewritten)).toEqual(tags(text));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
