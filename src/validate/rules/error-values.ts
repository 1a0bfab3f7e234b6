/** Excel error values (#REF!, #VALUE!…) where a text was expected: the typed content is lost. */
import type { TracedText, StatusSheet } from '../../domain/status-sheet';
import { issue, type Rule } from '../rule';

// A formula whose reference was deleted shows 「#REF!」 in place of the clerk's text; the cached error is
// all a submitted file holds, so the secretariat has to ask for the text again.
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

function tracedTexts(sheet: StatusSheet): TracedText[] {
  const out: Array<TracedText | null> = [sheet.committee, sheet.workingGroup, sheet.philosophy, sheet.goal, ...sheet.plans.map((p) => p.text)];
  for (const block of sheet.months) for (const e of block.entries) out.push(e.do, e.check, e.action);
  for (const s of [sheet.summaries.firstHalf, sheet.summaries.secondHalf, sheet.summaries.annual]) if (s) out.push(s.comment, ...s.extra);
  return out.filter((t): t is TracedText => t !== null);
}

/** cell_error_value: a text cell holds an Excel error value (rates are reported as unreadable rates). */
export const errorValueRule: Rule = (sheet) =>
  tracedTexts(sheet)
    .filter((t) => EXCEL_ERROR.test(t.value.trim()))
    .map((t) => issue(sheet, 'cell_error_value', 'warning', t.cell, { value: t.value.trim() }));
