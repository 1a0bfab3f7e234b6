/**
 * The reader's own doubts as issues: one 「様式を読み取れない箇所があります」 warning per sheet with the cells
 * and what was assumed, one note per hidden column / row holding text, one warning per heading conflict.
 */
import type { Issue } from '../../domain/issue';
import type { IssueCode } from '../../domain/outcomes';
import type { ReadingNote } from '../../domain/status-sheet';
import { issue, type SheetRule } from '../rule';

/** Whether the reader doubted the form's columns on this sheet (then the month-by-month warnings are held back). */
export function hasLayoutDoubt(notes: readonly ReadingNote[] | undefined): boolean {
  return (notes ?? []).some((n) => n.kind === 'layout_doubt');
}

/** The rules whose warnings follow from which column a text was read in: under a layout doubt they would blame the clerk for the reader's doubt. */
export const LAYOUT_DEPENDENT_CODES: ReadonlySet<IssueCode> = new Set(['check_without_do', 'action_without_do', 'quarter_without_do', 'plan_without_activity']);

const IDENTITY_FIELDS = ['committee', 'working_group', 'fiscal_year'] as const;
const isIdentityField = (reason: string): reason is (typeof IDENTITY_FIELDS)[number] => (IDENTITY_FIELDS as readonly string[]).includes(reason);

/** The rule that turns the reader's notes into issues (registered first in the rule table). */
export const readingNotes: SheetRule = {
  codes: ['form_unreadable', 'hidden_column_text', 'hidden_row_text', 'identity_conflict'],
  check: (sheet) => {
    const notes = sheet.readingNotes ?? [];
    const out: Issue[] = [];
    const doubts = notes.filter((n) => n.kind === 'layout_doubt');
    if (doubts.length > 0) {
      const cells = doubts.flatMap((d) => d.cells);
      const param = (reason: ReadingNote['reason']): string | null => {
        const note = doubts.find((d) => d.reason === reason);
        return note ? note.values.join('・') || '-' : null;
      };
      out.push(
        issue(sheet, 'form_unreadable', 'warning', cells[0] ?? null, {
          cells: [...new Set(cells)].slice(0, 8).join(', '),
          unheaded: param('text_without_header'),
          outsideMonth: param('text_outside_month'),
          checkAssumed: param('check_header_missing'),
          doDates: param('do_only_dates'),
          doOneValue: param('do_one_value'),
          withoutDo: param('check_action_without_do'),
          headerTwice: param('header_twice'),
        }),
      );
    }
    for (const n of notes) {
      if (n.kind === 'hidden_text') {
        const code = n.reason === 'hidden_column' ? 'hidden_column_text' : 'hidden_row_text';
        out.push(issue(sheet, code, 'info', n.cells[0] ?? null, { where: n.values[0] ?? '', count: n.cells.length }));
      }
      if (n.kind === 'identity_conflict' && isIdentityField(n.reason)) {
        out.push(issue(sheet, 'identity_conflict', 'warning', n.cells[1] ?? n.cells[0] ?? null, { field: n.reason, first: n.values[0] ?? '', second: n.values[1] ?? '' }));
      }
    }
    return out;
  },
};
