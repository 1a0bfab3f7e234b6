import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { tagThemes } from '../../../src/consolidate/themes/tag-themes';
import { parseThemesCsv, splitKeywords } from '../../../src/consolidate/themes/themes-csv';
import type { ThemeText } from '../../../src/consolidate/themes/theme-text';
import { decodeCsv } from '../../../src/jobs/consolidate-files';

const text = (t: string): ThemeText => ({ committee: '相談部会', workingGroup: null, plans: '①', month: 11, kind: 'action', text: t, file: '相談部会.xlsx', sheet: '①', cell: 'E16' });
const themeIds = (csv: string, t: string, mode?: 'replace' | 'extend'): string[] => {
  const { table } = parseThemesCsv(csv, DEFAULT_THEMES, mode ? { mode } : {});
  if (!table) throw new Error('no table');
  return tagThemes([text(t)], table)[0]?.themes.map((x) => x.id) ?? [];
};

describe('reading a custom themes CSV', () => {
  const csv = 'テーマ,英語名,キーワード\r\n移動支援,Mobility,"送迎、移動手段、バス"\r\n調査,Surveys,アンケート\r\n';

  it('replaces the default themes by default', () => {
    const result = parseThemesCsv(csv, DEFAULT_THEMES);
    expect(result.mode).toBe('replace');
    expect(result.problems).toEqual([]);
    expect(result.table?.map((t) => [t.id, t.ja, t.en, t.keywords])).toEqual([
      ['custom-2', '移動支援', 'Mobility', ['送迎', '移動手段', 'バス']],
      ['custom-3', '調査', 'Surveys', ['アンケート']],
    ]);
    expect(themeIds(csv, 'ヘルパー不足、アンケートを行う')).toEqual(['custom-3']);
  });

  it('extends the defaults when the mode column says 追加: a default theme gains keywords, a new one comes last', () => {
    const extend = 'テーマ,キーワード,モード\n住まい・地域移行,空き家,追加\n調査,アンケート,追加\n';
    const { table, mode, problems } = parseThemesCsv(extend, DEFAULT_THEMES);
    expect([mode, problems]).toEqual(['extend', []]);
    expect(table?.map((t) => t.id)).toEqual([...DEFAULT_THEMES.map((t) => t.id), 'custom-3']);
    expect(table?.find((t) => t.id === 'housing')?.keywords).toContain('空き家');
    expect(themeIds(extend, '空き家の活用とヘルパー不足とアンケート')).toEqual(['workforce', 'housing', 'resources', 'custom-3']);
    // The defaults themselves are left as they were.
    expect(DEFAULT_THEMES.find((t) => t.id === 'housing')?.keywords).not.toContain('空き家');
  });

  it('lets the caller’s mode (the CLI’s or the pane’s pick) win over the column', () => {
    expect(parseThemesCsv(csv, DEFAULT_THEMES, { mode: 'extend' }).table).toHaveLength(DEFAULT_THEMES.length + 2);
    expect(parseThemesCsv('テーマ,キーワード,mode\n調査,アンケート,extend\n', DEFAULT_THEMES, { mode: 'replace' }).table).toHaveLength(1);
  });

  it('takes the default theme’s id and English name when a replacing row names a default theme', () => {
    const { table } = parseThemesCsv('テーマ,キーワード\n住まい・地域移行,賃貸\n', DEFAULT_THEMES);
    expect(table?.[0]).toMatchObject({ id: 'housing', en: 'Housing and transition to community life', keywords: ['賃貸'] });
  });

  it('reads one keyword per column, full-width headers and /…/ patterns', () => {
    const { table, problems } = parseThemesCsv('ＩＤ,テーマ名,キーワード1,キーワード2,キーワード3\nmobility,移動支援,送迎,ﾊﾞｽ,/移動(の|が)困難/\n', DEFAULT_THEMES);
    expect(problems).toEqual([]);
    expect(table?.[0]).toEqual({ id: 'mobility', ja: '移動支援', en: '移動支援', keywords: ['送迎', 'バス'], patterns: ['移動(の|が)困難'] });
    expect(tagThemes([text('通院時の移動が困難')], table ?? [])[0]?.themes).toEqual([{ id: 'mobility', matched: ['移動(の|が)困難'], words: ['移動が困難'] }]);
  });

  it('reads the CSV Excel saves as UTF-8 with a BOM and as Shift_JIS', () => {
    const bom = decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('テーマ,キーワード\r\n住まい,賃貸、住居\r\n')]));
    // 「テーマ,キーワード\r\n住まい,賃貸、住居\r\n」 as Japanese Excel's plain 「CSV」 writes it.
    const sjis = decodeCsv(Uint8Array.from(Buffer.from('8365815b837d2c834c815b838f815b83680d0a8f5a82dc82a22c92c091dd81418f5a8b8f0d0a', 'hex')));
    for (const decoded of [bom, sjis]) expect(parseThemesCsv(decoded, DEFAULT_THEMES).table?.map((t) => [t.ja, t.keywords])).toEqual([['住まい', ['賃貸', '住居']]]);
  });

  it('does not split a keyword at 「・」', () => {
    expect(splitKeywords('連携・情報共有、ML；顔の見える関係\n多職種')).toEqual(['連携・情報共有', 'ML', '顔の見える関係', '多職種']);
  });

  it('keeps a /…/ pattern whole, its 「|」 and 「,」 included', () => {
    expect(splitKeywords('送迎、/移動(の|が){1,2}困難/, バス')).toEqual(['送迎', '/移動(の|が){1,2}困難/', 'バス']);
    expect(splitKeywords('/a|b/、/c/')).toEqual(['/a|b/', '/c/']);
  });
});

describe('reporting a bad themes CSV', () => {
  it('names each bad row and what is wrong, and gives no table', () => {
    const bad = ['テーマ,キーワード,モード', '調査,アンケート,', ',送迎,', '移動支援,,', '調査,訪問,', '権利,/(詐欺/,', '連携,共有,そのほか', '住まい,賃貸,追加', '家族,家族,置換'].join('\n');
    const { table, problems } = parseThemesCsv(bad, DEFAULT_THEMES);
    expect(table).toBeNull();
    expect(problems).toEqual([
      { code: 'missing_theme_name', row: 3, severity: 'error' },
      { code: 'no_keywords', row: 4, theme: '移動支援', severity: 'error' },
      { code: 'duplicate_theme', row: 5, theme: '調査', firstRow: 2, severity: 'error' },
      { code: 'bad_pattern', row: 6, theme: '権利', pattern: '(詐欺', severity: 'error' },
      { code: 'bad_mode', row: 7, value: 'そのほか', severity: 'error' },
      { code: 'conflicting_mode', row: 9, value: 'replace', first: 'extend', firstRow: 8, severity: 'error' },
    ]);
  });

  it('reports a file without the theme and keyword headers as row 1', () => {
    expect(parseThemesCsv('名前,語\n調査,アンケート\n', DEFAULT_THEMES)).toEqual({ table: null, mode: 'replace', problems: [{ code: 'no_header', row: 1, severity: 'error' }] });
  });

  it('reports a file with a header and no theme', () => {
    expect(parseThemesCsv('テーマ,キーワード\n,,\n', DEFAULT_THEMES).problems).toEqual([{ code: 'no_themes', row: null, severity: 'error' }]);
  });

  it('reports two rows of one ID', () => {
    expect(parseThemesCsv('id,テーマ,キーワード\nx,調査,アンケート\nx,訪問,訪問\n', DEFAULT_THEMES).problems).toEqual([{ code: 'duplicate_id', row: 3, id: 'x', firstRow: 2, severity: 'error' }]);
  });

  it('warns of a one-character keyword but keeps the table', () => {
    const { table, problems } = parseThemesCsv('テーマ,キーワード\n家族,"家、家族"\n', DEFAULT_THEMES);
    expect(problems).toEqual([{ code: 'short_keyword', row: 2, theme: '家族', keyword: '家', severity: 'warning' }]);
    expect(table).toHaveLength(1);
  });
});

describe('the sample themes CSV in docs/', () => {
  it('reads without a problem and extends the defaults with two themes', () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../docs/themes-sample.csv')));
    const { table, mode, problems } = parseThemesCsv(decodeCsv(bytes), DEFAULT_THEMES);
    expect([mode, problems]).toEqual(['extend', []]);
    expect(table?.slice(DEFAULT_THEMES.length).map((t) => t.ja)).toEqual(['実態調査', '移動・交通']);
    expect(tagThemes([text('バスが不便で通院できない')], table ?? [])[0]?.themes.map((t) => t.id)).toEqual(['custom-4']);
  });
});

describe('patterns written in the CSV', () => {
  it('reads a パターン column as patterns, slashes or not, with IME full-width brackets and upper case', () => {
    const { table, problems } = parseThemesCsv('テーマ,パターン\n通信,"（ＭＬ|メール）(で|に)連絡、/line(で|に)/"\n', DEFAULT_THEMES);
    expect(problems).toEqual([]);
    expect(table?.[0]?.patterns).toEqual(['(ML|メール)(で|に)連絡', 'line(で|に)']);
    const tagged = tagThemes([text('MLで連絡した'), text('ＬＩＮＥに流す'), text('電話で連絡')], table ?? []);
    expect(tagged.map((t) => t.themes.length)).toEqual([1, 1, 0]);
  });
});
