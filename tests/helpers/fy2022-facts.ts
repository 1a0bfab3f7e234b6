/** The spec's facts table for the FY2022 seed, plus the active months read off the seed by hand. */
export interface SheetFact {
  readonly committee: string;
  readonly committeeCanonical: string;
  readonly workingGroup: string | null;
  readonly plans: readonly string[];
  readonly rates: readonly [number | null, number | null, number | null];
  readonly activeMonths: readonly number[];
}

export const FY2022_FACTS: readonly SheetFact[] = [
  { committee: '相談部会', committeeCanonical: '相談部会', workingGroup: null, plans: ['①'], rates: [100, 100, null], activeMonths: [6, 7, 8, 9, 10, 11, 12, 1, 2, 3] },
  { committee: 'くらし部会', committeeCanonical: 'くらし部会', workingGroup: 'ヘルパー人材育成WG', plans: ['①'], rates: [50, 80, 80], activeMonths: [6, 9, 11, 1] },
  { committee: 'くらし部会', committeeCanonical: 'くらし部会', workingGroup: 'ヘルパー人材育成WG', plans: ['②'], rates: [30, 80, 80], activeMonths: [6, 9, 11, 1] },
  { committee: '暮らし部会', committeeCanonical: 'くらし部会', workingGroup: '精神障がい地域包括ケアシステムWG', plans: [], rates: [100, 80, 90], activeMonths: [6, 8, 10, 12, 1, 2] },
  { committee: '就労部会', committeeCanonical: '就労部会', workingGroup: '雇用啓発WG', plans: ['①'], rates: [30, 50, 90], activeMonths: [6, 8, 9, 10, 1, 2] },
  { committee: '就労部会', committeeCanonical: '就労部会', workingGroup: '雇用啓発WG', plans: ['②'], rates: [100, 70, 70], activeMonths: [6, 8, 11, 2] },
  { committee: '就労部会', committeeCanonical: '就労部会', workingGroup: '雇用啓発WG', plans: ['③'], rates: [30, 90, 90], activeMonths: [6, 8, 9, 10, 11, 12, 1] },
  { committee: '就労部会', committeeCanonical: '就労部会', workingGroup: '事業所連絡会WG', plans: ['①', '④', '⑤'], rates: [20, 70, 80], activeMonths: [6, 8, 9, 10, 11, 12, 1, 2, 3] },
  { committee: '就労部会', committeeCanonical: '就労部会', workingGroup: '事業所連絡会WG', plans: ['②', '③'], rates: [20, 20, 20], activeMonths: [6, 8] },
  { committee: '就労部会', committeeCanonical: '就労部会', workingGroup: '事業所連絡会WG', plans: ['⑥', '⑦'], rates: [30, 60, 60], activeMonths: [4, 7, 11, 1, 2] },
];
