/**
 * 集約 over files validated elsewhere (as the pane's read workers do, their validations structured-cloned
 * to the page) gives the same dashboard, summary and file statuses as the job reading the files itself —
 * over the FY2022 fixtures, a truncated workbook, one with no status sheet, and a file that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type CheckedFile, type ConsolidateOptions } from '../../src/jobs/consolidate-files';
import { checkPickedFile, checkRead, pickedSource } from '../../src/taskpane/check-picked';
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
});
