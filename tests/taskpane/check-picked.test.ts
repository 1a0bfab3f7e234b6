/**
 * 集約 over files validated elsewhere (as the pane's read workers do, their validations structured-cloned
 * to the page) gives the same dashboard, summary and file statuses as the job reading the files itself —
 * over the FY2022 fixtures, a truncated workbook, one with no status sheet, and a file that cannot be read;
 * and so does the theme work the workers do for 集約_課題 (words and themes of the texts, each text once),
 * by the shipped table and by a clerk's, whole or for only some of the files.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type CheckedFile, type ConsolidateOptions } from '../../src/jobs/consolidate-files';
import { checkPickedFile, checkRead, pickedSource, themeWorkOnce } from '../../src/taskpane/check-picked';
import { segmentTexts } from '../../src/consolidate/themes/segment-words';
import { themeTextsOf } from '../../src/consolidate/themes/sheet-texts';
import { matchThemes } from '../../src/consolidate/themes/tag-themes';
import { DEFAULT_THEMES } from '../../src/consolidate/themes/default-themes';
import { toMatchers } from '../../src/consolidate/themes/theme-table';
import { readThemesFile } from '../../src/jobs/themes-file';
import { syntheticWorkbooks } from '../../bench/synthetic-submissions';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { HOSTILE_DIR } from '../hostile/build-hostile-fixtures';

const OPTIONS: ConsolidateOptions = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' };
const MODIFIED = Date.parse('2023-04-20T09:30:00+09:00');

const picked = (): File[] =>
  [...fixturePaths(), join(HOSTILE_DIR, 'truncated.xlsx'), join(HOSTILE_DIR, 'no-status-sheet.xlsx')].map((path) => new File([readFileSync(path)], basename(path), { lastModified: MODIFIED }));

/** A File whose bytes the browser can no longer give (removed from disk since it was picked). */
class VanishedFile extends File {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new Error('NotReadableError: the file was removed'));
  }
}

describe('集約 over files validated elsewhere', () => {
  it('gives the same dashboard, summary and statuses as reading the files in the job', async () => {
    const files = [...picked(), new VanishedFile([new Uint8Array(1)], 'vanished.xlsx', { lastModified: MODIFIED })];
    const sources = await Promise.all(
      files.map(async (f) => pickedSource(f, await f.arrayBuffer().then((b) => new Uint8Array(b), () => new Uint8Array(0)))),
    );
    const vanished = sources[sources.length - 1]?.bytes;
    const direct = await consolidateFiles(sources, OPTIONS, (bytes) => {
      if (bytes === vanished) throw new Error(String(new Error('NotReadableError: the file was removed')));
      return readXlsx(bytes);
    });

    // What a worker posts, through the structured clone a postMessage makes.
    const checked: CheckedFile[] = await Promise.all(files.map(async (f) => structuredClone(await checkPickedFile(f, readXlsx, OPTIONS.asOf))));
    const placeholders = files.map((f) => pickedSource(f, new Uint8Array(0)));
    const viaChecks = await consolidateFiles(placeholders, { ...OPTIONS, checked: (i) => checked[i] }, () => {
      throw new Error('a checked file is not read again');
    });

    expect(viaChecks.files).toEqual(direct.files);
    expect(viaChecks.files.map((f) => f.state)).toEqual(['read', 'read', 'read', 'read', 'read', 'unreadable', 'invalid', 'unreadable']);
    expect(viaChecks.summary).toEqual(direct.summary);
    expect(viaChecks.specs).toEqual(direct.specs);
    expect(viaChecks.dashboard.rates.length).toBe(10);
  });

  it('validates grids a worker read (few files) as it validates the file itself, a file the browser could not give included', async () => {
    for (const f of [...picked(), new VanishedFile([new Uint8Array(1)], 'vanished.xlsx', { lastModified: MODIFIED })]) {
      const read = await f.arrayBuffer().then((b) => readXlsx(new Uint8Array(b)), (error: unknown) => ({ ok: false as const, thrown: String(error) }));
      expect(checkRead(f, structuredClone(read), OPTIONS.asOf)).toEqual(await checkPickedFile(f, readXlsx, OPTIONS.asOf));
    }
  });

  it('sends no grids: a checked file holds its models and issues only', async () => {
    const [first] = picked();
    if (!first) throw new Error('no fixture');
    const checked = await checkPickedFile(first, readXlsx, OPTIONS.asOf);
    expect(checked.ok).toBe(true);
    expect('workbook' in checked).toBe(false);
  });

  describe('with the texts\' theme work done where the files were validated', () => {
    const GOOD_CSV = 'テーマ,英語名,キーワード\r\nアンケート調査,Surveys,アンケート、ｱﾝｹｰﾄ\r\n訪問,Visits,訪問\r\n連携,Liaison,連携\r\n';
    const clerksTable = readThemesFile({ name: 'テーマ表.csv', bytes: new TextEncoder().encode(GOOD_CSV) }).table;
    let files: File[] = [];
    let direct: Map<string, Awaited<ReturnType<typeof consolidateFiles>>> = new Map();
    const tables = { shipped: null, clerks: clerksTable } as const;

    beforeAll(async () => {
      // Synthetic submissions repeat their wording from file to file, as groups do year after year.
      files = [...(await syntheticWorkbooks(6)).map((f) => new File([f.bytes.slice()], f.name, { lastModified: MODIFIED })), ...picked()];
      direct = new Map();
      for (const [name, table] of Object.entries(tables)) {
        const sources = await Promise.all(files.map(async (f) => pickedSource(f, new Uint8Array(await f.arrayBuffer()))));
        direct.set(name, await consolidateFiles(sources, { ...OPTIONS, ...(table ? { themes: table } : {}) }, readXlsx));
      }
    });

    it('cuts and tags each text once, as segmentTexts and matchThemes do on the page', async () => {
      expect(clerksTable).not.toBeNull();
      const work = themeWorkOnce(clerksTable);
      const matchers = toMatchers(clerksTable ?? DEFAULT_THEMES);
      const posted = new Set<string>();
      let repeated = 0;
      for (const f of files) {
        const checked = work(await checkPickedFile(f, readXlsx, OPTIONS.asOf));
        if (!checked.ok) continue;
        const texts = checked.candidates.flatMap((c) => themeTextsOf(c.sheet));
        const segmented = checked.segmented ?? new Map();
        const tagged = checked.tagged ?? new Map();
        // Every text of the file is posted with it unless an earlier file of the run posted it.
        for (const text of texts) expect(segmented.has(text) || posted.has(text)).toBe(true);
        repeated += texts.filter((t) => posted.has(t) && !segmented.has(t)).length;
        expect([...segmented.keys()].some((t) => posted.has(t))).toBe(false);
        expect([...tagged.keys()]).toEqual([...segmented.keys()]);
        expect(Object.fromEntries(segmented)).toEqual(Object.fromEntries(segmentTexts(segmented.keys())));
        for (const [text, tags] of tagged) expect(tags).toEqual(matchThemes(text, matchers));
        for (const t of segmented.keys()) posted.add(t);
      }
      expect(posted.size).toBeGreaterThan(100);
      expect(repeated).toBeGreaterThan(0);
    });

    it.each(Object.keys(tables))('gives the same 集約_課題 and every other sheet, cell for cell, by the %s table', async (name) => {
      const table = tables[name as keyof typeof tables];
      const work = themeWorkOnce(table);
      const checked: CheckedFile[] = [];
      for (const f of files) checked.push(structuredClone(work(await checkPickedFile(f, readXlsx, OPTIONS.asOf))));
      expect(checked.some((c) => c.ok && (c.tagged?.size ?? 0) > 0)).toBe(true);
      const placeholders = files.map((f) => pickedSource(f, new Uint8Array(0)));
      const viaWorkers = await consolidateFiles(placeholders, { ...OPTIONS, ...(table ? { themes: table } : {}), checked: (i) => checked[i] }, () => {
        throw new Error('a checked file is not read again');
      });
      const expected = direct.get(name);
      if (!expected) throw new Error('no direct run');
      const themes = (specs: typeof viaWorkers.specs) => specs.find((s) => s.name === '集約_課題');
      expect(themes(viaWorkers.specs)?.cells.length).toBeGreaterThan(100);
      expect(themes(viaWorkers.specs)?.cells).toEqual(themes(expected.specs)?.cells);
      expect(viaWorkers.specs.map((s) => ({ ...s }))).toEqual(expected.specs.map((s) => ({ ...s })));
      expect(viaWorkers.summary).toEqual(expected.summary);
    });

    it('gives the same dashboard when only some files come with their theme work (a worker failed part-way)', async () => {
      const work = themeWorkOnce(null);
      const checked: CheckedFile[] = [];
      // The first three from a worker, the rest validated on the page without theme work.
      for (const [i, f] of files.entries()) checked.push(structuredClone(i < 3 ? work(await checkPickedFile(f, readXlsx, OPTIONS.asOf)) : await checkPickedFile(f, readXlsx, OPTIONS.asOf)));
      const viaSome = await consolidateFiles(files.map((f) => pickedSource(f, new Uint8Array(0))), { ...OPTIONS, checked: (i) => checked[i] }, () => {
        throw new Error('a checked file is not read again');
      });
      expect(viaSome.specs.map((s) => ({ ...s }))).toEqual(direct.get('shipped')?.specs.map((s) => ({ ...s })));
    });
  });
});
