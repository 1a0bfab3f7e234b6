/** The CLI's --plans argument: which plan numbers go on which sheet. */
import { parsePlanNumberList } from '../domain/plan-number';

/**
 * "①・④・⑤,②・③,⑥・⑦" → [["①","④","⑤"],["②","③"],["⑥","⑦"]]: a comma (, 、，) separates sheets,
 * 「・」 joins the plan numbers of one sheet; "1・4・5,2" works too. Null when a part is empty or not plan numbers.
 */
export function parsePlanSheets(arg: string): string[][] | null {
  const parts = arg.split(/[,、，]/).map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) return null;
  const sheets: string[][] = [];
  for (const part of parts) {
    const numbers = parsePlanNumberList(part);
    if (!numbers || numbers.length === 0) return null;
    sheets.push(numbers);
  }
  return sheets;
}
