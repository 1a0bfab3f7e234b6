/** Results are kept as data and worded when shown, so each reads right in either language. */
import { noticeLines, summarize, type ConsolidationOutcome } from '../../src/taskpane/hooks/use-consolidation';
import { outcomeLines } from '../../src/taskpane/hooks/use-create-form';
import { en } from '../../src/taskpane/strings/en';
import { ja } from '../../src/taskpane/strings/ja';

const OUTCOME: ConsolidationOutcome = {
  total: 12,
  read: 5,
  sheets: 9,
  failures: [{ file: 'a.xlsx', state: 'unreadable', sheets: 0, errors: 0, warnings: 0, outcome: { kind: 'failure', code: 'truncated', params: { sheet: null } } }],
  rosterUsed: true,
  rosterProblems: [{ kind: 'roster', code: 'no_header', params: { sheet: 'r.csv' } }],
  missing: [{ committee: 'こども部会', workingGroup: null, plans: '①', status: 'missing', file: null, sheet: null, errors: 0, warnings: 0, note: { kind: 'submission', code: 'missing', params: {} } }],
  notes: [],
  written: ['集約_提出状況'],
  rates: [],
  threshold: 60,
  trend: null,
  themes: null,
};

describe('the pane’s result texts', () => {
  it('sums up a consolidation in sentences of the language', () => {
    expect(summarize(OUTCOME, ja)).toBe('12 ファイル中 5 ファイルを読み込みました。状況把握表 9 枚を集約しました。読み込めなかったファイル（1）。名簿の問題（1）。未提出（1）。');
    expect(summarize(OUTCOME, en)).toBe('Read 5 of 12 files. 9 status sheets consolidated. Files not read (1). Roster problems (1). Not submitted (1).');
    expect(summarize({ ...OUTCOME, rosterUsed: false, failures: [], rosterProblems: [], sheets: 0 }, en)).toBe('Read 5 of 12 files. No status sheet could be read, so no dashboard was written.');
  });

  it('says a refused themes table stopped the run, and counts a usable table’s warnings', () => {
    const problem = { severity: 'error' as const, outcome: { kind: 'themes' as const, code: 'no_keywords' as const, params: { row: 3, theme: '移動' } } };
    const refused = { ...OUTCOME, themes: { name: 't.csv', refused: true, tooLarge: false, mode: 'replace' as const, themes: 0, problems: [problem] } };
    expect(summarize(refused, ja)).toBe('課題テーマ表 t.csv に誤りがあるため、集約していません。課題テーマ表の問題（1）。');
    expect(summarize(refused, en)).toBe('The themes table t.csv has errors: nothing was consolidated. Themes table problems (1).');
    const warned = { ...OUTCOME, rosterUsed: false, failures: [], rosterProblems: [], themes: { ...refused.themes, refused: false, themes: 4, problems: [{ ...problem, severity: 'warning' as const }] } };
    expect(summarize(warned, ja)).toBe('12 ファイル中 5 ファイルを読み込みました。状況把握表 9 枚を集約しました。課題テーマ表の問題（1）。');
  });

  it('says which dropped files were not added, and points a CSV to the roster', () => {
    const notice = { rejected: ['議事録.pdf', '名簿.csv'], repeated: ['a.xlsx'] };
    expect(noticeLines(notice, ja)).toEqual(['.xlsx / .xlsm ではないため追加しませんでした: 議事録.pdf、名簿.csv', '名簿の CSV は「名簿を選択」から、課題テーマ表の CSV は「テーマ表を選択」から選んでください。', '既に一覧にあるため追加しませんでした: a.xlsx']);
    expect(noticeLines(notice, en)).toEqual(['Not added (not .xlsx / .xlsm): 議事録.pdf, 名簿.csv', 'Choose a roster CSV with "Choose roster" and a themes CSV with "Choose themes table".', 'Already in the list: a.xlsx']);
    expect(noticeLines({ rejected: [], repeated: [] }, en)).toEqual([]);
  });

  it('words a creation with its renamed sheets', () => {
    const created = { kind: 'created' as const, sheets: ['①(2)', '②'], renamed: [{ wanted: '①', used: '①(2)' }] };
    expect(outcomeLines(created, ja)).toEqual(['シートを作成しました: ①(2)、②', '「①」は既にあるため「①(2)」という名前にしました。']);
    expect(outcomeLines(created, en)).toEqual(['Created: ①(2), ②', '"①" already exists, so the sheet is named "①(2)".']);
  });
});
