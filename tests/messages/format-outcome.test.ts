import { OUTCOME_PARAMS, type OutcomeKind } from '../../src/domain/outcomes';
import { en } from '../../src/messages/en';
import { formatIssue, formatOutcome, MESSAGES, type Locale } from '../../src/messages/format-outcome';
import { ja } from '../../src/messages/ja';
import { RULE_CODES } from '../../src/validate/rules';

const KINDS = Object.keys(OUTCOME_PARAMS) as OutcomeKind[];
const LOCALES: readonly Locale[] = ['ja', 'en'];
/** Every code of a kind, as the catalog lists them. */
const outcomeCodes = (kind: OutcomeKind): string[] => Object.keys(OUTCOME_PARAMS[kind]);

describe('the message tables', () => {
  it.each(LOCALES)('%s words every code of every kind of the catalog, and nothing else', (locale) => {
    for (const kind of KINDS) {
      expect([kind, Object.keys(MESSAGES[locale][kind]).sort()]).toEqual([kind, [...outcomeCodes(kind)].sort()]);
      for (const code of outcomeCodes(kind)) expect([kind, code, typeof (MESSAGES[locale][kind] as Record<string, unknown>)[code]]).toEqual([kind, code, 'function']);
    }
  });

  it('has a catalog code for every code a rule can emit', () => {
    for (const code of RULE_CODES) expect(outcomeCodes('issue')).toContain(code);
  });

  it('says in polite Japanese what to fix, with the facts of the issue', () => {
    const text = formatIssue({ code: 'rate_out_of_range', params: { period: 'annual', value: 150 } }, 'ja');
    expect(text).toBe('年度の達成率が 150% になっています。0〜100%の範囲で入力してください。');
  });

  it('speaks English when asked', () => {
    expect(formatIssue({ code: 'check_without_do', params: { month: 12 } }, 'en')).toContain('Month 12 has a CHECK text but no DO');
  });

  it('words an outcome that names another by code in the same language', () => {
    const failure = { kind: 'roster', code: 'unreadable', params: { file: 'roster.xlsx', failure: 'legacy_xls', failedSheet: null } } as const;
    expect(formatOutcome(failure, 'ja')).toBe('roster.xlsx: 古い形式（.xls）のブックです。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直してください。');
    expect(formatOutcome(failure, 'en')).toBe('roster.xlsx: An old-format (.xls) workbook. Open it in Excel and save it as "Excel Workbook (*.xlsx)".');
    const skipped = { code: 'not_a_status_sheet', params: { skip: 'few_month_labels', months: 2 } } as const;
    expect(formatIssue(skipped, 'ja')).toBe('状況把握表ではないため対象外にしました（月の見出しが 2 か月分しかないため（状況把握表には4月〜3月の見出しがあります）、状況把握表ではないと判断しました。）。');
    expect(formatIssue(skipped, 'en')).toBe('Not a status sheet, skipped (only 2 month labels were found; a status sheet has labels for April to March).');
  });

  it('names the sheet a read failure concerns, in either language', () => {
    const at = { kind: 'failure', code: 'too_many_cells', params: { sheet: '①' } } as const;
    expect(formatOutcome(at, 'ja')).toMatch(/^シート「①」: シートの使用範囲が大きすぎます/);
    expect(formatOutcome(at, 'en')).toMatch(/^Sheet "①": The used range of a sheet is too large/);
  });

  it('refuses an outcome the catalog does not hold rather than printing its code', () => {
    expect(() => formatOutcome({ kind: 'issue', code: 'no_such_code', params: {} } as never)).toThrow(/no ja message for issue.no_such_code/);
  });

  it('holds both tables as the same module objects the formatter uses', () => {
    expect(MESSAGES).toEqual({ ja, en });
  });
});
