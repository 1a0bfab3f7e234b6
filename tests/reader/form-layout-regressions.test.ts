/**
 * Layouts the generator (tests/property/reader-layouts.property.test.ts) once found the reader getting
 * wrong, kept as fixtures: each must read exactly as rendered. Add the counterexample fast-check prints.
 */
import { seedContents } from '../helpers/form-content';
import { formToGrid } from '../helpers/form-grid';
import { renderForm, type FormOptions } from '../helpers/form-render';
import { readAndObserve } from '../helpers/form-reading';

const BASE: FormOptions = {
  top: 0, left: 0, aboveTitle: 'none', identity: 'title', wgBrackets: 'tight', year: 0, quarter: 'none', monthWidth: 1, monthWriting: 'plain',
  monthMerged: false, before: null, after: null, hiddenNotes: false, header: 'one-row', spelling: 0, entryWidth: 1, summaries: 'inline', rate: 'text',
};

/** [seed sheet, layout, what went wrong]. */
const REGRESSIONS: ReadonlyArray<readonly [number, Partial<FormOptions>, string]> = [
  // Seed 20221001, first run against the positional reader: 「総評」 and 「区分 | 達成率」 became 3月 entries.
  [0, { summaries: 'bottom', rate: 'percent-number' }, 'a summary block at the bottom read as 3月 activity'],
  // The DO header over two columns and a month label over two: every text moved one column.
  [7, { entryWidth: 2, monthWidth: 2, quarter: 'merged' }, 'texts one column off under merged headers'],
  // 「提出日：令和5年4月14日」 above the title made the sheet FY2023.
  [2, { aboveTitle: 'submitted', identity: 'labelled', year: 3 }, 'the submission date taken for the fiscal year'],
];

describe('layouts the generator once found read wrong', () => {
  const contents = seedContents();
  it.each(REGRESSIONS.map(([seed, layout, what]) => [what, seed, layout] as const))('reads right: %s', (_what, seed, layout) => {
    const form = renderForm(contents[seed] as (typeof contents)[number], { ...BASE, ...layout });
    const observed = readAndObserve(formToGrid(form));
    expect(observed).toEqual(form.expected);
  });
});

/** Layouts whose headers stand off their texts: the reader must doubt them ([seed sheet, layout, what went wrong]). */
const DOUBTED: ReadonlyArray<readonly [number, Partial<FormOptions>, string]> = [
  // Seed 20221001 with the 担当 column headerless and no ACTION header, headers one column left: 「事務局」 read as DO.
  [5, { before: '担当', beforeHeader: false, actionHeader: false, rate: 'percent-number', headerShift: -1 }, 'a 担当 column read as DO without a word'],
];

describe('layouts the generator once found read wrong without a word', () => {
  const contents = seedContents();
  it.each(DOUBTED.map(([seed, layout, what]) => [what, seed, layout] as const))('are doubted now: %s', (_what, seed, layout) => {
    const observed = readAndObserve(formToGrid(renderForm(contents[seed] as (typeof contents)[number], { ...BASE, ...layout })));
    expect(typeof observed !== 'string' && observed.doubt).toBe(true);
  });
});
