/** Whether two paths name one file: by device and inode when it exists, by a comparable spelling when not. */
import { linkSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparablePath, fileKey, sameFile } from '../../src/cli/file-identity';

let dir = '';
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bukai-identity-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sameFile', () => {
  it('is true for a hard link, a symlink and another spelling of an existing file', () => {
    const file = join(dir, '提出.xlsx');
    writeFileSync(file, 'x');
    linkSync(file, join(dir, 'hard.xlsx'));
    symlinkSync(file, join(dir, 'soft.xlsx'));
    expect(sameFile(file, join(dir, 'hard.xlsx'))).toBe(true);
    expect(sameFile(file, join(dir, 'soft.xlsx'))).toBe(true);
    expect(sameFile(file, join(dir, 'sub', '..', '提出.xlsx'))).toBe(true);
    expect(fileKey(join(dir, 'hard.xlsx'))).toBe(fileKey(file));
  });

  it('is false for two files with the same bytes', () => {
    writeFileSync(join(dir, 'a.xlsx'), 'x');
    writeFileSync(join(dir, 'b.xlsx'), 'x');
    expect(sameFile(join(dir, 'a.xlsx'), join(dir, 'b.xlsx'))).toBe(false);
  });

  it('compares files that do not exist yet by their resolved, NFC-normalised spelling', () => {
    // 「が」 as one code point and as か + combining dakuten: one name to a normalising file system (APFS).
    const composed = join(dir, 'new', 'が.json');
    const decomposed = join(dir, 'new', 'か\u3099.json');
    expect(sameFile(composed, decomposed)).toBe(true);
    expect(sameFile(join(dir, 'new', 'x', '..', 'a.json'), join(dir, 'new', 'a.json'))).toBe(true);
    expect(sameFile(join(dir, 'new', 'a.json'), join(dir, 'new', 'b.json'))).toBe(false);
  });

  it('keeps case on a file system that is case-sensitive (as this machine’s is)', () => {
    expect(comparablePath(join(dir, 'Out.xlsx'))).not.toBe(comparablePath(join(dir, 'out.xlsx')));
  });
});
