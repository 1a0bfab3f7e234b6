/** The fast-check arbitrary of form layouts (every option of renderForm), shared by the property tests. */
import fc from 'fast-check';
import type { FormOptions } from './form-render';

export const formOptionsArb: fc.Arbitrary<FormOptions> = fc.record({
  top: fc.nat({ max: 4 }),
  left: fc.nat({ max: 4 }),
  aboveTitle: fc.constantFrom('none', 'submitted', 'logo'),
  identity: fc.constantFrom('title', 'labelled', 'inline'),
  wgBrackets: fc.constantFrom('tight', 'spaced', 'fullwidth'),
  year: fc.constantFrom(0, 1, 2, 3, 4),
  quarter: fc.constantFrom('none', 'each', 'merged'),
  monthWidth: fc.constantFrom(1, 2),
  monthWriting: fc.constantFrom('plain', 'fullwidth', 'spaced', 'bun'),
  monthMerged: fc.boolean(),
  before: fc.constantFrom(null, '担当', '開催日'),
  beforeHeader: fc.boolean(),
  after: fc.constantFrom(null, '備考', '達成率(％)'),
  hiddenNotes: fc.boolean(),
  header: fc.constantFrom('one-row', 'caption-row', 'split-row'),
  spelling: fc.constantFrom(0, 1, 2, 3),
  entryWidth: fc.constantFrom(1, 2),
  summaries: fc.constantFrom('inline', 'bottom'),
  rate: fc.constantFrom('percent-number', 'text', 'fullwidth-text', 'in-label', 'plain-number', 'below'),
  actionHeader: fc.boolean(),
  planInline: fc.boolean(),
  summaryLabels: fc.constantFrom('plain', 'scrambled'),
  hiddenRow: fc.boolean(),
  caption: fc.constantFrom('活動の記録', '実施した内容とふりかえり'),
});
