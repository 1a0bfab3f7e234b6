/**
 * The title lines of a sheet: committee, working group and fiscal year, as written in
 * 「就労部会 【 事業所連絡会WG 】」 / 「令和4年度 部会WG状況把握表」 / 「相談部会 令和4年度 部会状況把握表」.
 */
import { canonicalCommittee, normalizeWorkingGroup } from '../domain/committee-names';
import { parseFiscalYearExpression } from './parse-fiscal-year';

/** What one title cell says; each part null when the cell does not say it. */
export interface TitleParts {
  /** The committee as written (暮らし部会). */
  readonly committee: string | null;
  /** The canonical committee (くらし部会). */
  readonly committeeCanonical: string | null;
  /** The WG without brackets or spaces (「【雇用啓発 WG】」 → 「雇用啓発WG」). */
  readonly workingGroup: string | null;
  /** Gregorian start year (令和4年度 → 2022). */
  readonly fiscalYear: number | null;
}

// Full- and half-width brackets both occur: 【…】, ［…］, [...].
const BRACKETED = /[【［[]([^】］\]]{1,60})[】］\]]/;
const WG_WORD = /WG|ＷＧ|ワーキング/i;
/** A committee name: a short run of characters ending in 部会, not the 「部会(WG)状況把握表」 of the year line. */
const COMMITTEE = /([^\s\u3000【】［］[\]()（）]{1,20}?部会)(?!\s*(?:WG|ＷＧ)?\s*状況把握表)/;

/** Reads committee, WG and fiscal year out of one title cell's text. */
export function parseTitle(text: string): TitleParts {
  if (text.length > 200) return { committee: null, committeeCanonical: null, workingGroup: null, fiscalYear: null };
  const wg = BRACKETED.exec(text)?.[1];
  const workingGroup = wg !== undefined && WG_WORD.test(wg) ? normalizeWorkingGroup(wg) : null;
  // The year line 「令和4年度 部会WG状況把握表」 names no committee: drop the year and the form's name first.
  const rest = text
    .replace(BRACKETED, ' ')
    .replace(/(?:(?:19|20)\d{2}|[１２][０-９]{3})?\s*[(（]?\s*(?:令和|R)\s*(?:元|\d{1,2}|[０-９]{1,2})\s*[)）]?\s*年度?/g, ' ')
    .replace(/(?:19|20)\d{2}\s*年度/g, ' ')
    .replace(/部会\s*(?:WG|ＷＧ)?\s*状況把握表/g, ' ');
  const committee = COMMITTEE.exec(rest)?.[1] ?? null;
  // Only a 年度 expression is a fiscal year: 「提出日：令和5年4月14日」 is a date, not the sheet's year.
  const fiscalYear = parseFiscalYearExpression(text);
  return {
    committee,
    committeeCanonical: committee === null ? null : canonicalCommittee(committee),
    workingGroup,
    fiscalYear,
  };
}
