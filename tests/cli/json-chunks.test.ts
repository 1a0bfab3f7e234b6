import fc from 'fast-check';
import { writeJsonChunks } from '../../src/cli/json-chunks';

/** What writeJsonChunks wrote, as one text, and the chunks' sizes. */
function written(value: unknown, chunkChars?: number): { text: string; chunks: number[] } {
  const chunks: Uint8Array[] = [];
  writeJsonChunks(value, (c) => chunks.push(c), chunkChars);
  return { text: Buffer.concat(chunks).toString('utf8'), chunks: chunks.map((c) => c.length) };
}

const expected = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('writeJsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON value and any chunk size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 200 }), (value, size) => {
        expect(written(value, size).text).toBe(expected(value));
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and calls toJSON and getters as it does', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withDate: true, withSparseArray: true }).filter((v) => JSON.stringify(v) !== undefined), fc.integer({ min: 1, max: 64 }), (value, size) => {
        expect(written(value, size).text).toBe(expected(value));
      }),
      { seed: 17, numRuns: 500 },
    );
    const lazy = { a: 1, skip: undefined, f: () => 1, get entries() { return [{ cell: 'C12', d: new Date('2023-04-30T00:00:00Z') }]; }, list: [undefined, () => 0, Symbol('s')], 日本語: '障がい「福祉」\n' };
    expect(written(lazy, 3).text).toBe(expected(lazy));
  });

  it('hands the text over in chunks of about the size asked, each a whole UTF-8 sequence', () => {
    const value = { texts: Array.from({ length: 2_000 }, (_, i) => `相談支援事業所の連携 ${i} 🙂`) };
    const { text, chunks } = written(value, 4_096);
    expect(text).toBe(expected(value));
    expect(chunks.length).toBeGreaterThan(10);
    // A chunk ends after a whole token: no chunk decodes with a replacement character.
    const parts: Uint8Array[] = [];
    writeJsonChunks(value, (c) => parts.push(c), 4_096);
    for (const p of parts) expect(new TextDecoder('utf-8', { fatal: true }).decode(p)).not.toContain('\uFFFD');
  });

  it('refuses a value with no JSON text (JSON.stringify gives undefined), and a cycle, as JSON.stringify does', () => {
    expect(() => written(undefined)).toThrow(TypeError);
    const a: { self?: unknown } = {};
    a.self = { back: a };
    expect(() => written(a)).toThrow(TypeError);
  });
});
