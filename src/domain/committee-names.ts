/** Committee and WG names as written vs canonical: 暮らし部会 = くらし部会, 【 事業所連絡会WG 】 = 事業所連絡会WG. */

/** Spellings that name the same committee; the key is matched after spaces are removed. */
const COMMITTEE_ALIASES: Record<string, string> = {
  暮らし部会: 'くらし部会',
  暮し部会: 'くらし部会',
  クラシ部会: 'くらし部会',
};

/** The canonical committee name used to group and match sheets (NFKC, no spaces, aliases folded). */
export function canonicalCommittee(name: string): string {
  const compact = name.normalize('NFKC').replace(/\s+/g, '');
  return COMMITTEE_ALIASES[compact] ?? compact;
}

/** A WG name without brackets or spaces, half-width "WG": 「【 雇用啓発 WG 】」 → 「雇用啓発WG」. */
export function normalizeWorkingGroup(name: string): string {
  return name
    .replace(/[【】[\]［］]/g, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/ＷＧ/g, 'WG')
    .replace(/wg$/i, 'WG');
}

/** The key that identifies one group across files: canonical committee + WG. */
export function groupKey(committee: string, workingGroup: string | null): string {
  return `${canonicalCommittee(committee)}|${workingGroup ? normalizeWorkingGroup(workingGroup) : ''}`;
}
