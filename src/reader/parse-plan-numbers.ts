/** Plan numbers inside text: 「①・④・⑤ ①目に見える…」, 「⑥⑦MLにて…」, 【第1期四半期計画】 splits. */
import type { PlanItem } from '../domain/status-sheet';

const LEADING_NUMBERS = /^\s*([\u2460-\u2473](?:[・、,，]?[\u2460-\u2473])*)/;
const CIRCLED = /[\u2460-\u2473]/g;
/** A text found under the plan label; `number` when its row is labelled with one plan number. */
export interface PlanText {
  readonly text: string;
  readonly cell: string | null;
  readonly number?: string;
}

const QUARTER_HEADING = /【\s*第\s*([1-4１-４])\s*期?\s*四半期計画\s*】/g;

/** The circled numbers a text starts with (「⑥⑦MLにて」 → ⑥, ⑦) and the rest of the text. */
export function splitLeadingPlanNumbers(text: string): { numbers: string[]; rest: string } {
  const m = LEADING_NUMBERS.exec(text);
  if (!m) return { numbers: [], rest: text };
  const numbers = [...new Set((m[1] ?? '').match(CIRCLED) ?? [])];
  return { numbers, rest: text.slice(m[0].length).trim() };
}

/**
 * Plan items from the plan numbers and the texts found under the plan label. Text that names its
 * items (「①目に見える… ④マルシェの開催」) is split per number; text split per quarter gets quarters.
 */
export function toPlanItems(numbers: readonly string[], texts: readonly PlanText[]): PlanItem[] {
  const items: PlanItem[] = [];
  for (const { text, cell, number: rowNumber } of texts) {
    const fallback = rowNumber ?? (numbers.length === 1 ? (numbers[0] ?? null) : null);
    const quarters = [...text.matchAll(QUARTER_HEADING)];
    if (quarters.length > 0) {
      quarters.forEach((q, i) => {
        const start = (q.index ?? 0) + q[0].length;
        const end = quarters[i + 1]?.index ?? text.length;
        const quarter = Number((q[1] ?? '1').normalize('NFKC')) as 1 | 2 | 3 | 4;
        items.push({ number: fallback, text: { value: text.slice(start, end).trim(), cell }, quarter });
      });
      continue;
    }
    const marks = [...text.matchAll(CIRCLED)].filter((m) => numbers.includes(m[0]) && isItemStart(text, m.index ?? 0));
    if (rowNumber === undefined && numbers.length > 1 && marks.length > 0) {
      marks.forEach((m, i) => {
        const start = (m.index ?? 0) + 1;
        const end = marks[i + 1]?.index ?? text.length;
        items.push({ number: m[0], text: { value: text.slice(start, end).trim(), cell }, quarter: null });
      });
      continue;
    }
    items.push({ number: fallback, text: { value: text.trim(), cell }, quarter: null });
  }
  // Several texts for one number (「・居宅介護スキルアップ研修」「・コンプライアンス研修」) make one item.
  return mergeByNumber(items.filter((i) => i.text.value !== ''));
}

function isItemStart(text: string, index: number): boolean {
  return index === 0 || /[\s\n・、。]/.test(text[index - 1] ?? ' ');
}

function mergeByNumber(items: PlanItem[]): PlanItem[] {
  const out: PlanItem[] = [];
  for (const item of items) {
    const same = out.find((o) => o.number !== null && o.number === item.number && o.quarter === item.quarter);
    if (same) same.text = { value: `${same.text.value}\n${item.text.value}`, cell: same.text.cell };
    else out.push({ ...item, text: { ...item.text } });
  }
  return out;
}

/**
 * An untagged entry's tags: one frozen empty list shared by every such entry (~180,000 of them at 5,000 plan
 * sheets, 32 bytes each as lists of their own; bench/README.md). Frozen, so a change to it fails loudly.
 */
const NO_TAGS: string[] = Object.freeze<string[]>([]) as string[];

/** The plan numbers an entry's texts start with (「⑥MLに…」 → ⑥), each once, in order. */
export function entryPlanTags(texts: ReadonlyArray<{ readonly value: string } | null>): string[] {
  let tags: Set<string> | null = null;
  for (const t of texts) if (t) for (const n of splitLeadingPlanNumbers(t.value).numbers) (tags ??= new Set<string>()).add(n);
  return tags ? [...tags] : NO_TAGS;
}
