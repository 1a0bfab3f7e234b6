/**
 * The fiscal year as a 年度 expression: 令和4年度, 令和４年度, R4年度, 2022年度, 2023（令和5）年度, 令和元年度.
 * A date is never a fiscal year: 「提出日：令和5年4月14日」 and 「R5.1.30」 say when, not which year's sheet.
 */

/** Year writings that end in 年度, as data: each gives the Gregorian start year from its match. */
const YEAR_EXPRESSIONS: ReadonlyArray<{ readonly pattern: RegExp; readonly year: (m: RegExpExecArray) => number }> = [
  // 「2023（令和5）年度」: the Gregorian year leads; the era in brackets only repeats it.
  { pattern: /((?:19|20)\d{2})(?:\((?:令和|R)(?:元|\d{1,2})\))?年度/i, year: (m) => Number(m[1]) },
  { pattern: /(?:令和|R)(元|\d{1,2})(?:\((?:19|20)\d{2}\))?年度/i, year: (m) => 2018 + (m[1] === '元' ? 1 : Number(m[1])) },
];

/** A bare year after a 「年度」 label: 「2022」, 「令和4」, 「R4」, 「令和4年」. Dates (with 月, 日, / or .) are refused. */
const BARE_YEAR: ReadonlyArray<{ readonly pattern: RegExp; readonly year: (m: RegExpExecArray) => number }> = [
  { pattern: /^((?:19|20)\d{2})年?$/, year: (m) => Number(m[1]) },
  { pattern: /^(?:令和|R)(元|\d{1,2})年?$/i, year: (m) => 2018 + (m[1] === '元' ? 1 : Number(m[1])) },
];

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

/** The Gregorian start year a 年度 expression in the text names, or null when the text has none. */
export function parseFiscalYearExpression(text: string): number | null {
  if (text.length > 200 || !text.includes('年')) return null;
  const s = compact(text);
  for (const { pattern, year } of YEAR_EXPRESSIONS) {
    const m = pattern.exec(s);
    if (m) return year(m);
  }
  return null;
}

/** The year in a cell labelled 年度: a 年度 expression or a bare year; null for anything else (a date). */
export function parseLabelledFiscalYear(text: string): number | null {
  const expression = parseFiscalYearExpression(text);
  if (expression !== null) return expression;
  const s = compact(text).replace(/度$/, '');
  for (const { pattern, year } of BARE_YEAR) {
    const m = pattern.exec(s);
    if (m) return year(m);
  }
  return null;
}
