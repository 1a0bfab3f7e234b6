/** English issue messages. */
import type { MessageTable } from './message-table';

const PERIOD: Record<string, string> = { firstHalf: 'first half', secondHalf: 'second half', annual: 'annual' };
const period = (p: unknown): string => PERIOD[String(p)] ?? String(p);
const FIELD: Record<string, string> = { committee: 'committee', working_group: 'working group', fiscal_year: 'fiscal year' };

export const en: MessageTable = {
  missing_committee: () => 'No committee name found. Put the committee (〇〇部会) in the first row.',
  missing_fiscal_year: () => 'No fiscal year found. Put the year (e.g. 令和4年度) in the title.',
  missing_plan: () => 'No plan (number and text) found. Enter the plan.',
  plan_without_number: () => 'The plan has no plan number (①…). Numbered plans are grouped per plan in the dashboard.',
  rate_not_number: (p) => `The ${period(p.period)} achievement rate "${String(p.raw)}" is not a number. Enter 0–100 %.`,
  rate_out_of_range: (p) => `The ${period(p.period)} achievement rate is ${String(p.value)} %. Enter 0–100 %.`,
  rate_missing_after_half: (p) => `The ${period(p.period)} has ended. Enter its achievement rate (0–100 %).`,
  annual_rate_missing: () => 'The fiscal year has ended. Enter the annual achievement rate (0–100 %).',
  check_without_do: (p) => `Month ${String(p.month)} has a CHECK text but no DO. Add what was done or move the CHECK to its month.`,
  action_without_do: (p) => `Month ${String(p.month)} has an ACTION text but no DO. Add what was done or move the ACTION to its month.`,
  date_in_other_month: (p) => `The row for month ${String(p.month)} holds a date in month ${String(p.dateMonth)} ("${String(p.text)}"). Move it to its month or check the date.`,
  planned_in_past: (p) => `Month ${String(p.month)} has ended but still says (予定) "planned". Replace it with what was done.`,
  text_after_as_of: (p) => `Month ${String(p.month)} has not started yet (as of ${String(p.asOf)}). Check that the text is in the right row.`,
  unknown_plan_tag: (p) => `An entry in month ${String(p.month)} is tagged ${String(p.tag)}, but this sheet covers ${String(p.plans)}. Check the number.`,
  plan_without_activity: (p) => `The year has ended and ${p.plan ? `plan ${String(p.plan)}` : 'this sheet'} has no DO entry. Enter what was done.`,
  quarter_without_do: (p) => `Quarter ${String(p.quarter)} has ended with no DO entry. Enter any activity.`,
  duplicate_plan_number: (p) => `Plan ${String(p.plan)} also appears on sheet "${String(p.other)}". Correct one of the numbers.`,
  cell_error_value: (p) => `The cell shows the error value ${String(p.value)} instead of its text. Check the formula or its reference and type the content again.`,
  other_fiscal_year: (p) => `This sheet is for FY${String(p.year)} (consolidating FY${String(p.expected)}); it was left out. Check the year.`,
  duplicate_submission: (p) => `The same committee/plan sheet was submitted twice; the newer "${String(p.winnerFile)} / ${String(p.winnerSheet)}" was used and this one left out.`,
  unreadable_file: (p) => String(p.reason),
  not_a_status_sheet: (p) => `Not a status sheet, skipped (${String(p.reason)}).`,
  formula_without_value: (p) =>
    `The file holds no computed result for the formula in ${Number(p.count) > 1 ? `this cell and ${Number(p.count) - 1} more` : 'this cell'}, so it was read as empty. Open the workbook in Excel and save it to store the results.`,
  text_truncated: (p) => `The text is longer than Excel's cell limit (${Number(p.limit).toLocaleString('en-US')} characters); it was read up to there and marked "…［以下省略］". Split or shorten it.`,
  hidden_sheet_skipped: (p) => `Hidden sheet: the visible sheet of the same plan "${String(p.shownFile)} / ${String(p.shownSheet)}" is used and this one is left out. Delete it if it is an old copy.`,
  hidden_sheet_used: () => 'Hidden sheet: no visible sheet of the same plan exists, so it is consolidated. Unhide it if it is in use.',
  form_unreadable: (p) =>
    `Parts of the form could not be read with certainty (${String(p.cells)}). ` +
    [
      p.unheaded !== null && p.unheaded !== undefined ? `Text in column(s) ${String(p.unheaded)}, which have no header, was not taken as DO / CHECK / ACTION` : null,
      p.checkAssumed !== null && p.checkAssumed !== undefined ? `There is no CHECK header; column ${String(p.checkAssumed)} right of DO was read as CHECK` : null,
      p.doDates !== null && p.doDates !== undefined ? 'The DO column holds only dates; it was read as its header says' : null,
      p.withoutDo !== null && p.withoutDo !== undefined ? `Many months have CHECK / ACTION but no DO (months ${String(p.withoutDo).replace(/・/g, ", ")}); read as the headers say` : null,
      p.headerTwice !== null && p.headerTwice !== undefined ? `The ${String(p.headerTwice)} header appears twice; the visible column was read` : null,
      p.doOneValue !== null && p.doOneValue !== undefined ? `The DO column holds one short value only ("${String(p.doOneValue)}"); it was read as its header says` : null,
      p.outsideMonth !== null && p.outsideMonth !== undefined ? 'Some texts stand in no month row (above the first month label or right after a summary); they were not given a month' : null,
    ]
      .filter((x) => x !== null)
      .join('. ') +
    '. Check that the DO / CHECK / ACTION headers stand above their columns. Month-by-month DO warnings are not shown for this sheet.',
  hidden_column_text: (p) => `Hidden column ${String(p.where)} holds text (${String(p.count)} cells). It was read; check that it is meant.`,
  hidden_row_text: (p) => `Hidden row ${String(p.where)} holds text. It was read; check that it is meant.`,
  identity_conflict: (p) =>
    `The ${FIELD[String(p.field)] ?? String(p.field)} in the title and in the labelled cells differ ("${String(p.first)}" and "${String(p.second)}"). Read as "${String(p.first)}"; check which is right.`,
};
