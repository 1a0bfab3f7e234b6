/** English messages for every outcome of the catalog. */
import type { FailureCode } from '../domain/outcomes';
import { failureMessage, skipMessage, type MessageTable } from './message-table';

const PERIOD: Record<string, string> = { firstHalf: 'first half', secondHalf: 'second half', annual: 'annual' };
const period = (p: unknown): string => PERIOD[String(p)] ?? String(p);
const span = (from: number, to: number): string => (from === to ? `FY${from}` : `FY${from}–FY${to}`);
const FIELD: Record<string, string> = { committee: 'committee', working_group: 'working group', fiscal_year: 'fiscal year' };

const skip = {
  empty: () => 'the sheet is empty',
  no_form: () => 'neither a DO header nor month rows (April to March) were found',
  no_month_rows: () => 'there is a DO header, but no month labels (April to March) were found left of it',
  no_do_header: () => 'there are month rows (April to March), but no DO header was found',
  few_month_labels: (p) => `only ${p.months} month labels were found; a status sheet has labels for April to March`,
} satisfies MessageTable['skip'];

/** The text, prefixed with the sheet it concerns when it concerns one. */
const at = (sheet: string | null, text: string): string => (sheet === null ? text : `Sheet "${sheet}": ${text}`);

const failure = {
  not_xlsx: (p) => at(p.sheet, 'Not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)".'),
  truncated: (p) => at(p.sheet, 'The file is damaged or cut short. Ask the sender to send it again.'),
  encrypted: (p) => at(p.sheet, 'A password-protected workbook cannot be read. Remove the protection, save, and try again.'),
  legacy_xls: (p) => at(p.sheet, 'An old-format (.xls) workbook. Open it in Excel and save it as "Excel Workbook (*.xlsx)".'),
  xlsb: (p) => at(p.sheet, 'A binary (.xlsb) workbook cannot be read. Open it in Excel, choose Save As and pick "Excel Workbook (*.xlsx)".'),
  ods: (p) => at(p.sheet, 'An OpenDocument (.ods) file cannot be read. Open it in Excel or LibreOffice, choose Save As and pick "Excel Workbook (*.xlsx)".'),
  duplicate_entry: (p) =>
    at(p.sheet, 'The file is damaged: it holds two parts of the same name, and which is right cannot be decided. Open it in Excel and save it as "Excel Workbook (*.xlsx)", or ask the sender to send it again.'),
  no_workbook: (p) => at(p.sheet, 'The workbook has no worksheets inside. Open it in Excel and save it again.'),
  too_large: (p) => at(p.sheet, 'The file is too large (limit 20 MB). Remove pictures or the like and save it again.'),
  zip_bomb: (p) => at(p.sheet, 'Reading stopped: the file expands to an abnormal size. Check with the sender.'),
  too_many_sheets: (p) => at(p.sheet, 'Too many sheets (limit 200). Keep only the status sheets and save it again.'),
  too_many_cells: (p) => at(p.sheet, 'The used range of a sheet is too large (limit 10,000 rows × 200 columns). Delete unused rows and columns and save it again.'),
  malformed_xml: (p) => at(p.sheet, 'The workbook content could not be read. Open it in Excel and save it again.'),
  unavailable: (p) => at(p.sheet, 'The file could not be read when its turn came (moved or deleted during the run, or not readable). Put it back and run again.'),
  internal: (p) => at(p.sheet, `An unexpected error occurred while reading (${p.error}). Pass the file to the secretariat staff to check.`),
} satisfies MessageTable['failure'];

/** A failure's text from its code, as another outcome names it. */
function failureText(code: FailureCode, sheet: string | null, error: string | null): string {
  return failureMessage(failure, code, sheet, error);
}

const CARRIED_EN = { plan_numbers: 'plan numbers', plan: 'plan (PLAN)', philosophy: 'philosophy', goal: 'goal', annual_rate: 'annual rate', annual_comment: 'annual review', actions: 'ACTION of Q3/Q4' } as const;

export const en = {
  issue: {
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
    outside_years: (p) => `A sheet for FY${p.year} (consolidating ${span(p.from, p.to)}); left out.`,
    duplicate_submission: (p) => `The same committee/plan sheet was submitted twice; the newer "${String(p.winnerFile)} / ${String(p.winnerSheet)}" was used and this one left out.`,
    unreadable_file: (p) => failureText(p.failure, p.failedSheet, p.error),
    not_a_status_sheet: (p) => `Not a status sheet, skipped (${skipMessage(skip, p.skip, p.months)}).`,
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
  },
  skip,
  failure,
  roster: {
    no_header: (p) => `${p.sheet}: no header row (committee / WG / plans) was found. Put the headers committee, WG and plans in row 1.`,
    bad_plans: (p) => `${p.sheet} row ${p.row}: cannot read the plan numbers "${p.text}" (e.g. ①・④・⑤).`,
    unreadable: (p) => `${p.file}: ${failureText(p.failure, p.failedSheet, null)}`,
    no_sheet: (p) => `${p.file}: the workbook has no sheet.`,
  },
  themes: {
    no_header: (p) => `Row ${p.row}: no header row (theme / keywords) was found. Put the headers theme and keywords in row 1.`,
    missing_theme_name: (p) => `Row ${p.row}: the theme name is empty. Put a name in the theme column or delete the row.`,
    no_keywords: (p) => `Row ${p.row}: the theme "${p.theme}" has no keywords. Put words in the keywords column (several separated by commas).`,
    duplicate_theme: (p) => `Row ${p.row}: the theme "${p.theme}" is also in row ${p.firstRow}. Merge them into one row.`,
    duplicate_id: (p) => `Row ${p.row}: the ID "${p.id}" is also in row ${p.firstRow}. Give it another ID.`,
    bad_pattern: (p) => `Row ${p.row}: the pattern "${p.pattern}" of the theme "${p.theme}" is not a valid regular expression. Fix it or write it as a plain keyword.`,
    bad_mode: (p) => `Row ${p.row}: the mode "${p.value}" is not known. Use replace or extend.`,
    conflicting_mode: (p) => `Row ${p.row}: the mode differs from row ${p.firstRow} (${p.first} and ${p.value}). Use the same mode on every row.`,
    no_themes: () => 'The file holds no theme. Write one theme per row below the header row.',
    invalid_table: () => 'The themes cannot be used as a table (every theme needs a keyword or a pattern, and IDs must be unique).',
    short_keyword: (p) => `Row ${p.row}: the keyword "${p.keyword}" of the theme "${p.theme}" is one character long and may match many texts.`,
  },
  submission: {
    other_year: (p) => `A sheet for FY${p.year} (consolidating FY${p.expected})`,
    outside_years: (p) => `A sheet for FY${p.year} (consolidating ${span(p.from, p.to)})`,
    earlier_year: (p) => `A sheet for FY${p.year}: compared with FY${p.latest} in Summary_Years`,
    duplicate: (p) => `Submitted twice: the newer "${p.winnerFile} / ${p.winnerSheet}" is used`,
    missing: () => 'Not submitted',
    unexpected: () => 'Not on the roster',
    unreadable: (p) => failureText(p.failure, p.failedSheet, p.error),
    no_sheet: () => 'No status sheet in the file',
  },
  job: {
    no_status_sheet: () => 'No status sheet was found in this workbook. Check that the right file was submitted.',
    sheet_not_found: (p) => `The sheet "${p.sheet}" is not in the workbook`,
    write_failed: (p) =>
      `Excel could not write the sheets (${p.code}: ${p.detail}). ` +
      (p.restored
        ? 'The sheets it had begun were removed and the workbook is as it was before. Try again.'
        : 'The sheets it had begun were removed, but the previous dashboard sheets had already been deleted. Run it again to make them anew.'),
    hidden_sheets: (p) => `Hidden ${p.sheets.length === 1 ? 'sheet' : 'sheets'} ${p.sheets.map((n) => `"${n}"`).join(', ')}: a visible sheet of the same plan is used instead when there is one.`,
  },
  rollover: {
    no_committee: () => 'No committee name could be read, so no sheet for next year can be made. Write the committee in the sheet title.',
    duplicate_plan_sheet: (p) => `"${p.keptFile} / ${p.keptSheet}" has the same committee, WG and plans; next year's sheet is made from that one.`,
    missing_carried: (p) => `Not carried over: ${p.fields.map((f) => CARRIED_EN[f]).join(', ')} (left empty).`,
    several_years: (p) => `The sources hold sheets of several years (${p.years.map((y) => `FY${y}`).join(', ')}); all were rolled over to FY${p.toYear}. To roll each year over on its own, give each year's files separately.`,
  },
  trend: {
    missing_years: (p) => `No sheet of this committee, WG and plan numbers in ${p.missing.map((y) => `FY${y}`).join(', ')}.`,
    plans_changed: (p) => `In FY${p.year} the plan numbers are ${p.plans.join(', ')} (renumbered, merged or split); not matched by guess, listed on rows of their own.`,
    no_plan_numbers: () => 'No plan numbers: matched by committee and WG only.',
  },
} satisfies MessageTable;
