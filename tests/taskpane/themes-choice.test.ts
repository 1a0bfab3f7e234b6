/** The pane's 課題テーマ表 pick: a usable CSV gives the table to tag by, one with an error stops the run with its rows. */
import { DEFAULT_THEMES } from '../../src/consolidate/themes/default-themes';
import { formatOutcome } from '../../src/messages/format-outcome';
import { MAX_THEMES_BYTES, readThemesChoice } from '../../src/taskpane/themes-choice';

const csv = (text: string, name = 'テーマ.csv') => ({ name, bytes: new TextEncoder().encode(text) });

describe('the pane’s themes table', () => {
  it('replaces the shipped table when the CSV has no mode, and says how many themes it has', () => {
    const { table, use } = readThemesChoice(csv('テーマ,キーワード\r\n調査,アンケート\r\n訪問,訪問\r\n'));
    expect(table?.map((t) => t.ja)).toEqual(['調査', '訪問']);
    expect(use).toEqual({ name: 'テーマ.csv', refused: false, tooLarge: false, mode: 'replace', themes: 2, problems: [] });
  });

  it('extends the shipped table when the モード column says 追加', () => {
    const { table, use } = readThemesChoice(csv('テーマ,キーワード,モード\n調査,アンケート,追加\n'));
    expect(table).toHaveLength(DEFAULT_THEMES.length + 1);
    expect([use.mode, use.themes]).toEqual(['extend', DEFAULT_THEMES.length + 1]);
  });

  it('refuses a CSV with an error, giving no table and each problem with its row in Japanese and English', () => {
    const { table, use } = readThemesChoice(csv('テーマ,キーワード\n調査,アンケート\n移動,\n,訪問\n'));
    expect(table).toBeNull();
    expect(use.refused).toBe(true);
    expect(use.problems.map((p) => [p.severity, formatOutcome(p.outcome, 'ja')])).toEqual([
      ['error', '3行目: テーマ「移動」にキーワードがありません。「キーワード」の列に語を入れてください（複数は「、」で区切ります）。'],
      ['error', '4行目: テーマ名が空です。「テーマ」の列に名前を入れるか、行を削除してください。'],
    ]);
    expect(formatOutcome(use.problems[0]!.outcome, 'en')).toMatch(/^Row 3: /);
  });

  it('keeps a table whose only problems are warnings, and lists them', () => {
    const { table, use } = readThemesChoice(csv('テーマ,キーワード\n調査,アンケート、票\n'));
    expect(table).toHaveLength(1);
    expect(use.problems.map((p) => [p.severity, p.outcome.code])).toEqual([['warning', 'short_keyword']]);
  });

  it('refuses a file far too large for a themes table without reading it', () => {
    const { table, use } = readThemesChoice({ name: 'big.csv', bytes: new Uint8Array(MAX_THEMES_BYTES + 1) });
    expect([table, use.refused, use.tooLarge, use.problems]).toEqual([null, true, true, []]);
  });
});
