/**
 * Property tests on hostile bytes: random mutations of the FY2022 workbooks (bytes and XML parts) never make
 * the reader or the validator throw; any template written and read back keeps its identity.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { renderStatusSheet } from '../../src/template/render-status-sheet';
import { toCircled } from '../../src/domain/plan-number';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { formatOutcome } from '../../src/messages/format-outcome';
import { addSheets } from '../../src/jobs/sheet-placement';

const SEED = 20230401;
const fixtures = fixturePaths().map((p) => new Uint8Array(readFileSync(p)));

// A fixture reads and validates in a few milliseconds; a mutation must not make that grow without bound.
const BOUND_MS = 1000;

function readAndValidate(bytes: Uint8Array): void {
  const started = performance.now();
  const result = readXlsx(bytes);
  if (result.ok) validateGrids(result.workbook.sheets, { asOf: '2023-04-30' }, result.workbook.names);
  else expect(result.failure.message.length).toBeGreaterThan(10);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
}

/** The [start, end) offsets of every `<name …>…</name>` or `<name …/>` element in the text. */
function elementSpans(xml: string, name: string): Array<readonly [number, number]> {
  return [...xml.matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g'))].map((m) => [m.index, m.index + m[0].length] as const);
}

describe('mutated workbooks', () => {
  it('never make the reader or validator throw when bytes are flipped or the file is cut', () => {
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), fc.option(fc.nat()), (index, flips, cut) => {
        const original = fixtures[index]!;
        const bytes = original.slice(0, cut === null ? original.length : cut % original.length);
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        readAndValidate(bytes);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('never make them throw when XML parts lose, repeat or garble elements', () => {
    const edit = fc.tuple(fc.constantFrom('delete', 'duplicate', 'unclose', 'garble', 'drop-element', 'repeat-row'), fc.nat(), fc.nat({ max: 400 }));
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (index, edits) => {
        const parts = unzipSync(fixtures[index]!);
        const names = Object.keys(parts).filter((n) => n.endsWith('.xml'));
        const worksheets = names.filter((n) => n.startsWith('xl/worksheets/'));
        for (const [kind, at, length] of edits) {
          const pool = kind === 'repeat-row' ? worksheets : names;
          const name = pool[at % pool.length]!;
          let xml = strFromU8(parts[name]!);
          const start = at % Math.max(1, xml.length);
          if (kind === 'delete') xml = xml.slice(0, start) + xml.slice(start + length);
          else if (kind === 'duplicate') xml = xml.slice(0, start) + xml.slice(start, start + length) + xml.slice(start);
          else if (kind === 'unclose') xml = xml.replace(/<\/row>/, '');
          else if (kind === 'drop-element' || kind === 'repeat-row') {
            // Whole elements: a cell, row, merge or shared string dropped; a row repeated up to 400 times.
            const spans = kind === 'repeat-row' ? elementSpans(xml, 'row') : ['c', 'row', 'mergeCell', 'si', 'sheet'].flatMap((n) => elementSpans(xml, n));
            const span = spans[at % Math.max(1, spans.length)];
            if (span) xml = xml.slice(0, span[0]) + (kind === 'repeat-row' ? xml.slice(...span).repeat(length + 1) : '') + xml.slice(span[1]);
          } else xml = xml.slice(0, start) + '<&"\u0000>' + xml.slice(start);
          parts[name] = strToU8(xml);
        }
        readAndValidate(zipSync(parts));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe('templates written and read back', () => {
  it('keep committee, WG, fiscal year and plan numbers', async () => {
    const request = fc.record({
      fiscalYear: fc.integer({ min: 2019, max: 2040 }),
      committee: fc.constantFrom('相談部会', 'くらし部会', '就労部会', 'こども部会', '権利擁護部会'),
      workingGroup: fc.option(fc.constantFrom('雇用啓発WG', '事業所連絡会WG', 'ヘルパー人材育成WG', '精神障がい地域包括ケアシステムWG')),
      plans: fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 5 }).map((ns) => ns.map((n) => toCircled(n)!)),
      rowsPerMonth: fc.integer({ min: 1, max: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const host = await XlsxWorkbookHost.create();
        const [name] = await addSheets(host, [renderStatusSheet({ ...req, createdAt: '2022-04-01T00:00:00.000Z' })]);
        const result = readXlsx(await host.toBytes());
        if (!result.ok) throw new Error(result.failure.message);
        const outcome = readStatusSheet(result.workbook.sheets.find((g) => g.name === name)!);
        if (outcome.kind !== 'status-sheet') throw new Error(formatOutcome(outcome.skip));
        expect([outcome.sheet.committee?.value, outcome.sheet.workingGroup?.value ?? null, outcome.sheet.fiscalYear?.value, outcome.sheet.planNumbers]).toEqual([req.committee, req.workingGroup, req.fiscalYear, req.plans]);
        expect(outcome.sheet.months.every((m) => m.label !== null)).toBe(true);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
