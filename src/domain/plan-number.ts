/** Circled plan numbers (①…⑳) as users write them: "①・④・⑤", "①④", "1,4". */

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_COUNT = 20; // ①…⑳

/** 1 → "①" … 20 → "⑳"; null outside 1…20. */
export function toCircled(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > CIRCLED_COUNT) return null;
  return String.fromCharCode(CIRCLED_FIRST + n - 1);
}

/** "①" → 1; null for anything else. */
export function fromCircled(ch: string): number | null {
  if (ch.length !== 1) return null;
  const code = ch.charCodeAt(0) - CIRCLED_FIRST;
  return code >= 0 && code < CIRCLED_COUNT ? code + 1 : null;
}

/** Whether a character is a circled number ①…⑳. */
export function isCircled(ch: string): boolean {
  return fromCircled(ch) !== null;
}

/**
 * Plan numbers of one sheet as written on the command line or in a form: "①・④・⑤", "①④⑤", "1・4・5",
 * "1,4" (within one sheet). Returns circled numbers in the order written, without duplicates, or null
 * when something else is in the text.
 */
export function parsePlanNumberList(text: string): string[] | null {
  // NFKC would fold ① into "1" and run "①④" together as "14": fold every other character only.
  const s = [...text].map((ch) => (isCircled(ch) ? ch : ch.normalize('NFKC'))).join('').trim();
  if (s === '') return [];
  const out: string[] = [];
  for (const token of s.split(/[・,、\s]+/).filter(Boolean)) {
    const chars = [...token];
    if (chars.every(isCircled)) {
      for (const ch of chars) if (!out.includes(ch)) out.push(ch);
      continue;
    }
    if (!/^\d{1,2}$/.test(token)) return null;
    const circled = toCircled(Number(token));
    if (!circled) return null;
    if (!out.includes(circled)) out.push(circled);
  }
  return out;
}

/** Joins circled numbers the way the sheets do: "①・④・⑤". */
export function joinPlanNumbers(numbers: readonly string[]): string {
  return numbers.join('・');
}
