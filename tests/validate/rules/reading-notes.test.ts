import type { ReadingNote } from '../../../src/domain/status-sheet';
import { formatIssue } from '../../../src/messages/format-outcome';
import { readingNotes } from '../../../src/validate/rules/reading-notes';
import { validateStatusSheet } from '../../../src/validate/validate-status-sheet';
import { sheetWith } from '../../helpers/status-sheet-builder';

const UNHEADED: ReadingNote = { kind: 'layout_doubt', reason: 'text_without_header', cells: ['D9', 'D12'], values: ['D'] };
const DATES: ReadingNote = { kind: 'layout_doubt', reason: 'do_only_dates', cells: ['C9'], values: [] };

describe('the reader’s notes as issues', () => {
  it('gives one form warning per sheet, at the first cell, naming every doubt', () => {
    const issues = readingNotes.check({ ...sheetWith(), readingNotes: [UNHEADED, DATES] }, { asOf: null });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['form_unreadable', 'warning', 'D9']]);
    const ja = formatIssue(issues[0]!);
    expect(ja).toMatch(/^様式を読み取れない箇所があります（D9, D12, C9）/);
    expect(ja).toContain('見出しのない列（D列）');
    expect(ja).toContain('実行実績(DO)の列に日付しかありません');
    expect(formatIssue(issues[0]!, 'en')).toContain('column(s) D, which have no header');
  });

  it('holds back the warnings that depend on the columns while the form is in doubt', () => {
    const sheet = sheetWith({ months: { 12: [{ check: '周知できた', action: '訪問先を選定' }] } });
    const codes = (s: typeof sheet) => validateStatusSheet(s, { asOf: '2023-04-30' }).map((i) => i.code);
    expect(codes(sheet)).toContain('check_without_do');
    const doubted = codes({ ...sheet, readingNotes: [UNHEADED] });
    expect(doubted).toContain('form_unreadable');
    expect(doubted).not.toContain('check_without_do');
    expect(doubted).not.toContain('action_without_do');
  });

  it('says which hidden column holds text, and which heading fields disagree', () => {
    const notes: ReadingNote[] = [
      { kind: 'hidden_text', reason: 'hidden_column', cells: ['C9', 'C12'], values: ['C'] },
      { kind: 'identity_conflict', reason: 'committee', cells: ['A1', 'B3'], values: ['就労部会', '相談部会'] },
    ];
    const issues = readingNotes.check({ ...sheetWith(), readingNotes: notes }, { asOf: null });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['hidden_column_text', 'info', 'C9'],
      ['identity_conflict', 'warning', 'B3'],
    ]);
    expect(formatIssue(issues[1]!)).toBe('部会名が表題と項目欄で食い違っています（「就労部会」と「相談部会」）。「就労部会」として読みました。どちらが正しいか確認してください。');
  });
});
