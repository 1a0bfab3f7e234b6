/**
 * Whether the reading adds up. A form read through the wrong columns shows it: most CHECK / ACTION texts
 * stand in months without any DO, the DO column holds nothing but dates or one name, or texts stand in columns no
 * header names. Then the sheet says so once (「様式を読み取れない箇所があります」) instead of the validator
 * blaming the clerk month by month.
 */
import type { MonthBlock, ReadingNote } from '../domain/status-sheet';
import type { FormLayout } from './find-form';
import type { Body } from './read-months';

/** Rules as data: the least number of cases that makes a doubt, and the share for the CHECK / ACTION rule. */
const DOUBT_RULES = {
  /** Months with CHECK / ACTION but no DO: at least this many, and more than this share of those months. */
  withoutDo: { minMonths: 2, share: 0.5 },
  /** A DO column of dates only: at least this many DO texts, every one a bare date. */
  onlyDates: { minTexts: 2 },
  /** A DO column of one short value repeated (a name column): at least this many, each at most this long. */
  oneValue: { minTexts: 2, maxLength: 12 },
  /** At most this many cells are listed in a note (the message stays readable). */
  maxCells: 8,
} as const;

/** A bare date, as a DO cell shifted one column off shows it: 「6/14」, 「2022-06-14」, 「令和4年6月14日」, 「6月14日(火)」. */
const BARE_DATE = /^(\d{1,2}[/／.]\d{1,2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(令和|R)?\d{1,2}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日)([(（][月火水木金土日][)）])?$/;

function isBareDate(text: { value: string }): boolean {
  return text.value.length <= 24 && BARE_DATE.test(text.value.normalize('NFKC').replace(/\s+/g, ''));
}

/** The layout doubts of one reading (none for a form that adds up). */
export function judgeLayout(layout: FormLayout, body: Body): ReadingNote[] {
  const notes: ReadingNote[] = layout.notes.filter((n) => n.reason !== 'check_header_missing' || hasCheckTexts(body.months));
  if (body.unheaded.length > 0) {
    notes.push({ kind: 'layout_doubt', reason: 'text_without_header', cells: body.unheaded.slice(0, DOUBT_RULES.maxCells), values: columnsOf(body.unheaded) });
  }
  if (body.unplaced.length > 0) {
    notes.push({ kind: 'layout_doubt', reason: 'text_outside_month', cells: body.unplaced.slice(0, DOUBT_RULES.maxCells), values: [] });
  }
  const entries = body.months.flatMap((m) => m.entries);
  const dos = entries.flatMap((e) => (e.do ? [e.do] : []));
  if (dos.length >= DOUBT_RULES.onlyDates.minTexts && dos.every(isBareDate)) {
    notes.push({ kind: 'layout_doubt', reason: 'do_only_dates', cells: dos.slice(0, DOUBT_RULES.maxCells).map((d) => d.cell as string), values: [] });
  } else if (dos.length >= DOUBT_RULES.oneValue.minTexts && (dos[0]?.value.length ?? 0) <= DOUBT_RULES.oneValue.maxLength && dos.every((d) => d.value === dos[0]?.value)) {
    // 「事務局」 in every DO cell: a 担当 column read as DO, not what was done.
    notes.push({ kind: 'layout_doubt', reason: 'do_one_value', cells: dos.slice(0, DOUBT_RULES.maxCells).map((d) => d.cell as string), values: [dos[0]?.value ?? ''] });
  }
  const evaluated = body.months.filter((m) => m.entries.some((e) => e.check !== null || e.action !== null));
  const withoutDo = evaluated.filter((m) => !m.entries.some((e) => e.do !== null && e.do.value.trim() !== ''));
  if (withoutDo.length >= DOUBT_RULES.withoutDo.minMonths && withoutDo.length > evaluated.length * DOUBT_RULES.withoutDo.share) {
    const cells = withoutDo.flatMap((m) => m.entries.flatMap((e) => [e.check?.cell, e.action?.cell].filter((c): c is string => typeof c === 'string')));
    notes.push({ kind: 'layout_doubt', reason: 'check_action_without_do', cells: cells.slice(0, DOUBT_RULES.maxCells), values: withoutDo.map((m) => `${m.month}`) });
  }
  return notes;
}

function hasCheckTexts(months: readonly MonthBlock[]): boolean {
  return months.some((m) => m.entries.some((e) => e.check !== null));
}

/** The distinct column letters of A1 addresses, in order of appearance. */
function columnsOf(cells: readonly string[]): string[] {
  return [...new Set(cells.map((c) => c.replace(/\d+$/, '')))];
}
