import type { CommentRow } from '../../../src/consolidate/dashboard';
import { DEFAULT_THEMES } from '../../../src/consolidate/themes/default-themes';
import { tagThemes } from '../../../src/consolidate/themes/tag-themes';
import { ThemeTableSchema } from '../../../src/consolidate/themes/theme-table';
import type { ThemeText } from '../../../src/consolidate/themes/theme-text';
import { fy2022Comments } from '../../helpers/fy2022-texts';

const text = (t: string, extra: Partial<ThemeText> = {}): ThemeText => ({ committee: '相談部会', workingGroup: null, plans: '①', month: 11, kind: 'check', text: t, file: 'a.xlsx', sheet: '①', cell: 'D16', ...extra });
const ids = (t: string): string[] => tagThemes([text(t)], DEFAULT_THEMES)[0]?.themes.map((x) => x.id) ?? [];

describe('tagging a text with the default themes', () => {
  it('tags 「介護と障がいの連携が必要」 as 連携・情報共有', () => {
    expect(ids('介護と障がいの連携が必要')).toContain('collaboration');
  });

  it('tags 「ヘルパー不足」 as 人材不足・育成, in half-width katakana too', () => {
    expect(ids('ヘルパー不足')).toEqual(['workforce']);
    expect(ids('ﾍﾙﾊﾟｰ不足')).toEqual(['workforce']);
  });

  it('tags 「賃貸業者」 and 「住居探し」 as 住まい・地域移行', () => {
    expect(ids('賃貸業者')).toEqual(['housing']);
    expect(ids('住居探し')).toEqual(['housing']);
  });

  it('gives a text several themes in table order, each with the keywords that matched and the words of the text they found', () => {
    const [tagged] = tagThemes([text('新型コロナウイルスの影響で研修が中止、ヘルパーの確保も難しい')], DEFAULT_THEMES);
    expect(tagged?.themes).toEqual([
      { id: 'workforce', matched: ['(ヘルパー|職員|支援員|相談員|相談支援専門員|従事者|スタッフ)(の|が)?(不足|確保|定着|減少|高齢化)'], words: ['ヘルパーの確保'] },
      { id: 'training', matched: ['研修'], words: ['研修'] },
      { id: 'infection', matched: ['コロナ', '新型コロナ', 'ウイルス'], words: ['コロナ', '新型コロナ', 'ウイルス'] },
    ]);
  });

  it('matches across a line break in the cell and across the spellings 障がい / 障害', () => {
    expect(ids('他課の情報を\n共有した')).toContain('collaboration');
    const table = ThemeTableSchema.parse([{ id: 'x', ja: '理解', en: 'Understanding', keywords: ['障害理解'] }]);
    expect(tagThemes([text('障がい理解の講座')], table)[0]?.themes.map((t) => t.id)).toEqual(['x']);
  });

  it('leaves a text no theme speaks of untagged', () => {
    expect(ids('WG長、副WG長の選任ができた。')).toEqual([]);
  });

  it('reads 「ML」 as a mailing list but not inside an English word', () => {
    expect(ids('⑥MLに追加した')).toEqual(['collaboration']);
    expect(ids('htmlで作成')).toEqual([]);
  });

  it('keeps every field of the input row beside its themes', () => {
    const row = text('ヘルパー不足', { committee: 'くらし部会', workingGroup: 'ヘルパー人材育成WG', cell: 'E16' });
    expect(tagThemes([row], DEFAULT_THEMES)[0]).toEqual({ ...row, themes: [{ id: 'workforce', matched: expect.any(Array), words: ['ヘルパー不足'] }] });
  });
});

describe('the default theme table', () => {
  it('has the nine themes the issue names, each with an id, a Japanese and an English name and keywords', () => {
    const ja = DEFAULT_THEMES.map((t) => t.ja);
    expect(ja).toEqual(expect.arrayContaining(['連携・情報共有', '人材不足・育成', '住まい・地域移行', '就労・雇用', '研修・学習', '感染症の影響', '制度・手続き', '地域資源', '当事者・家族']));
    for (const t of DEFAULT_THEMES) {
      expect(t.en).toMatch(/^[A-Z][a-z]/);
      expect(t.keywords.length).toBeGreaterThan(3);
    }
  });

  it('refuses a table with two themes of one id', () => {
    const theme = { id: 'a', ja: 'あ', en: 'A', keywords: ['あい'] };
    expect(ThemeTableSchema.safeParse([theme, { ...theme, ja: 'い' }]).success).toBe(false);
  });

  it('refuses a pattern that is not a regular expression', () => {
    expect(ThemeTableSchema.safeParse([{ id: 'a', ja: 'あ', en: 'A', keywords: [], patterns: ['(unclosed'] }]).success).toBe(false);
  });
});

describe('tagging the FY2022 CHECK / ACTION texts', () => {
  const comments: CommentRow[] = fy2022Comments();
  const tagged = tagThemes(comments, DEFAULT_THEMES);
  // The cell names the sheet when a file has several (ヘルパー人材育成WG: ①!D10 and ②!D10).
  const themesAt = (file: string, at: string): string[] => {
    const [sheet, cell] = at.includes('!') ? at.split('!') : [undefined, at];
    const hit = tagged.find((t) => t.file === file && t.cell === cell && (sheet === undefined || t.sheet === sheet));
    if (!hit) throw new Error(`no text at ${file} ${at}`);
    return hit.themes.map((t) => t.id);
  };

  it('tags the same texts the same way every time', () => {
    expect(tagged).toHaveLength(87);
    expect(tagThemes(fy2022Comments(), DEFAULT_THEMES)).toEqual(tagged);
  });

  it('gives every default theme at least one real text', () => {
    for (const theme of DEFAULT_THEMES) expect([theme.id, tagged.some((t) => t.themes.some((x) => x.id === theme.id))]).toEqual([theme.id, true]);
  });

  it('tags 相談部会’s 「介護と障がいの連携が必要と確認できた」 and 「市内居宅ヘルパー不足」', () => {
    expect(themesAt('相談部会.xlsx', 'D16')).toEqual(expect.arrayContaining(['collaboration', 'resources', 'persons-families', 'system']));
    expect(themesAt('相談部会.xlsx', 'E16')).toEqual(expect.arrayContaining(['collaboration', 'workforce']));
  });

  it('tags the 精神障がい地域包括ケアシステムWG’s 賃貸業者 / 住居探し / グループホーム texts as 住まい・地域移行', () => {
    const file = '暮らし部会_精神障がい地域包括ケアシステムWG.xlsx';
    for (const cell of ['D11', 'E11', 'D14', 'E14']) expect(themesAt(file, cell)).toContain('housing');
  });

  it.each([
    ['賃貸業者', 'housing', 3],
    ['住居探し', 'housing', 1],
    ['ヘルパー不足', 'workforce', 1],
    ['連携', 'collaboration', 6],
    ['介護と障がいの連携が必要', 'collaboration', 1],
  ])('tags every FY2022 text that says 「%s」 as %s (%i texts)', (word, theme, count) => {
    const saying = tagged.filter((t) => t.text.includes(word));
    expect(saying).toHaveLength(count);
    for (const t of saying) expect([t.cell, t.themes.map((x) => x.id)]).toEqual([t.cell, expect.arrayContaining([theme])]);
  });

  it('tags the コロナ texts of two WGs as 感染症の影響', () => {
    expect(themesAt('くらし部会_ヘルパー人材育成WG.xlsx', '②!D10')).toEqual(['infection']);
    expect(themesAt('就労部会_事業所連絡会WG.xlsx', 'D12')).toEqual(['infection']);
  });

  it('tags 雇用啓発WG’s 企業訪問 and 助成制度 texts as 就労・雇用 and 制度・手続き', () => {
    expect(themesAt('就労部会_雇用啓発WG.xlsx', 'D16')).toEqual(['employment']);
    expect(themesAt('就労部会_雇用啓発WG.xlsx', 'D17')).toEqual(expect.arrayContaining(['employment', 'system']));
  });

  it('tags スキルアップ研修, 地域資源データベース and 家族全体の支援 as the themes they name', () => {
    expect(themesAt('くらし部会_ヘルパー人材育成WG.xlsx', '②!D13')).toEqual(['workforce', 'training']);
    expect(themesAt('相談部会.xlsx', 'D11')).toEqual(['resources']);
    expect(themesAt('相談部会.xlsx', 'D18')).toEqual(expect.arrayContaining(['persons-families', 'collaboration']));
  });

  it('tags the 事業所連絡会WG’s mailing-list texts as 連携・情報共有', () => {
    expect(themesAt('就労部会_事業所連絡会WG.xlsx', 'D11')).toEqual(['collaboration']);
    expect(themesAt('就労部会_事業所連絡会WG.xlsx', 'E11')).toEqual(['collaboration']);
  });
});
