/** The dates a DO text starts with (「11/29、30 伊賀市マルシェ開催」 → 11月), to catch texts typed in the wrong month row. */
import { isFiscalMonth, type FiscalMonth } from '../domain/fiscal-calendar';

// Only the head can hold the leading dates; normalising whole 32,767-character texts was the rule's cost.
const HEAD_LENGTH = 40;
// Plan tags and bullets before the date: 「⑥11/29 …」, 「・6/14 …」, 「【6/14】…」.
const LEADING_NOISE = /^[\s・●○◆◇■□\-*【［[（(]+/;
// 2022-11-29 (an Excel date the grid gives as ISO), 2022/11/29, 11/29, 11月29日. Not 「R5.1.30」: an era date is a
// reference to another document, not the day of the entry.
const FULL_DATE = /^(?:\d{4}[-/](\d{1,2})[-/]\d{1,2}|(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])|(\d{1,2})\s*月\s*(\d{1,2})\s*日)/;
const SEPARATOR = /^\s*[、,・~〜\-–]\s*/;
// A bare day continuing the list: the 「30」 of 「11/29、30」 stays in the month before it.
const BARE_DAY = /^(\d{1,2})(?![\d/月])\s*日?/;

/** NFKC folds ① into 「1」, which would turn 「①1/24」 into 「11/24」: fold every other character only. */
function normalizeHead(text: string): string {
  // Leading circled numbers (①…⑳, domain/plan-number.ts) and spaces go first; then the runs between them are folded at once
  // (folding character by character was a tenth of all validation time on 1,000 sheets; profile).
  const head = text.slice(0, HEAD_LENGTH).replace(/^[\s\u2460-\u2473]+/, '');
  return head.replace(/[^\u2460-\u2473]+/g, (run) => run.normalize('NFKC')).replace(LEADING_NOISE, '');
}

/** The months of the dates a text starts with, in order and without repeats; [] when it starts with no date. */
export function parseLeadingDateMonths(text: string): FiscalMonth[] {
  let rest = normalizeHead(text);
  const months: FiscalMonth[] = [];
  for (;;) {
    const date = FULL_DATE.exec(rest);
    if (date) {
      const month = Number(date[1] ?? date[2] ?? date[4]);
      const day = date[1] === undefined ? Number(date[3] ?? date[5]) : 1;
      if (!isFiscalMonth(month) || day < 1 || day > 31) break;
      if (!months.includes(month)) months.push(month);
      rest = rest.slice(date[0].length);
    } else if (months.length > 0) {
      const day = BARE_DAY.exec(rest);
      if (!day) break;
      rest = rest.slice(day[0].length);
    } else break;
    const separator = SEPARATOR.exec(rest);
    if (!separator) break;
    rest = rest.slice(separator[0].length);
  }
  return months;
}
