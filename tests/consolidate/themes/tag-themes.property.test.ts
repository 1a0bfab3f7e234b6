import fc from 'fast-check';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { tagThemes } from '../../../src/consolidate/themes/tag-themes';
import { parseThemesCsv } from '../../../src/consolidate/themes/themes-csv';
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

describe('hostile input', () => {
  it('tags any Unicode text without throwing, every tag a theme of the table', () => {
    const ids = new Set(DEFAULT_THEMES.map((t) => t.id));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        for (const tag of tags(s) ?? []) expect(ids.has(tag.id)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reads any CSV text into a table or into problems, never throwing and never both an error and a table', () => {
    const cellArb = fc.oneof(fc.constantFrom('テーマ', 'キーワード', 'パターン', 'モード', '追加', '置換', 'id', '/(/', '、', '"', ',', '\n', '住まい', '賃貸'), fc.string({ maxLength: 8 }));
    const rowArb = fc.array(cellArb, { minLength: 1, maxLength: 4 }).map((r) => r.join(','));
    const csvArb = fc.tuple(fc.constantFrom('', 'テーマ,キーワード,モード', 'ID,テーマ名,パターン'), fc.array(rowArb, { maxLength: 6 })).map(([h, rows]) => [h, ...rows].join('\n'));
    let tables = 0;
    fc.assert(
      fc.property(csvArb, (csv) => {
        const result = parseThemesCsv(csv, DEFAULT_THEMES);
        const errors = result.problems.filter((p) => p.severity === 'error');
        expect(result.table === null).toBe(errors.length > 0);
        if (result.table) tables += 1;
      }),
      { seed: SEED, numRuns: 400 },
    );
    // Some of the generated files must be good ones, or the property says nothing of the table path.
    expect(tables).toBeGreaterThan(10);
  });
});
