import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { parseThemesCsv } from '../../../src/consolidate/themes/themes-csv';
import { themesTableCsv } from '../../../src/consolidate/themes/themes-csv-template';
import { decodeCsv } from '../../../src/jobs/consolidate-files';

describe('the shipped theme table as a CSV', () => {
  const text = themesTableCsv(DEFAULT_THEMES);

  it('reads back as exactly the shipped table, patterns and English names included, without a problem', () => {
    const { table, mode, problems } = parseThemesCsv(decodeCsv(new TextEncoder().encode(text)), []);
    expect([mode, problems]).toEqual(['replace', []]);
    expect(table).toEqual(DEFAULT_THEMES);
  });

  it('is UTF-8 with a BOM and CRLF lines, one header and one row per theme', () => {
    expect(text.startsWith('\uFEFFテーマ,英語名,ID,キーワード,パターン\r\n')).toBe(true);
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(DEFAULT_THEMES.length + 1);
    expect(text).toMatch(/\r\n住まい・地域移行,/);
  });
});
