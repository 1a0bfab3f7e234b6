/** The consolidate command opens its inputs first and reads each one's bytes only when consolidated. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openSource } from '../../src/cli/cli-io';
import { CLI_MESSAGES } from '../../src/cli/messages/cli-messages';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles } from '../../src/jobs/consolidate-files';
import { outcome } from '../../src/domain/outcomes';
import { formatOutcome } from '../../src/messages/format-outcome';
import { fixturePaths } from '../helpers/fixture-workbooks';

const m = CLI_MESSAGES.ja;
const OPTIONS = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja' as const, generatedAt: '2023-05-01T00:00:00Z' };

describe('openSource', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bukai-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the file’s bytes each time they are asked for, read then, under the name given', () => {
    const source = fixturePaths()[0] as string;
    const path = join(dir, basename(source));
    copyFileSync(source, path);
    const opened = openSource(path, m, 'folder/name.xlsx');
    if ('error' in opened) throw new Error(opened.error);
    expect(opened.file.name).toBe('folder/name.xlsx');
    expect(Buffer.from(opened.file.bytes).equals(readFileSync(path))).toBe(true);
    expect(opened.file.bytes).not.toBe(opened.file.bytes);
  });

  it('says why a file cannot be opened, as readSource does', () => {
    expect(openSource(join(dir, 'missing.xlsx'), m)).toEqual({ error: m.io.notFound });
    expect(openSource(dir, m)).toEqual({ error: m.io.notAFile });
  });

  it('fails only that file when it is gone by the time it is read; the others are consolidated', async () => {
    const paths = fixturePaths().slice(0, 2).map((source, i) => {
      const path = join(dir, `${i}_${basename(source)}`);
      copyFileSync(source, path);
      return path;
    });
    const files = paths.map((path) => {
      const opened = openSource(path, m);
      if ('error' in opened) throw new Error(opened.error);
      return opened.file;
    });
    unlinkSync(paths[0] as string);
    const result = await consolidateFiles(files, OPTIONS, readXlsx);
    expect(result.files.map((f) => f.state)).toEqual(['unreadable', 'read']);
    expect(result.dashboard.failures).toEqual([expect.objectContaining({ file: basename(paths[0] as string), code: 'unavailable', error: null })]);
    // Said as what happened and what to do, not as an error of the tool's own.
    expect(formatOutcome(result.files[0]?.outcome ?? outcome('failure', 'internal', { sheet: null, error: '' }), 'ja')).toContain('移動・削除');
    expect(formatOutcome(result.files[0]?.outcome ?? outcome('failure', 'internal', { sheet: null, error: '' }), 'en')).toContain('Put it back and run again');
  });
});
