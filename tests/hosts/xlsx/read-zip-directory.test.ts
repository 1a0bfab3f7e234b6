/**
 * The zip layer of the reader, against zips written by other producers: Info-ZIP's zip64 (to a file and
 * streamed, which saturates the directory offset without a zip64 record), Python's zipfile with data
 * descriptors; and the damaged ones it must refuse: a name given twice, a cut directory, an unknown method.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { readXlsx, type XlsxReadResult } from '../../../src/hosts/xlsx/read-xlsx';
import { readZipDirectory } from '../../../src/hosts/xlsx/read-zip-directory';
import { zipOfRawEntries } from '../../hostile/hostile-files';
import { GOOD } from '../../hostile/hostile-run';

const codeOf = (r: XlsxReadResult): string => (r.ok ? 'read' : r.failure.code);
const goodParts = (): Record<string, Uint8Array> => unzipSync(new Uint8Array(readFileSync(GOOD)));
const reference = readXlsx(new Uint8Array(readFileSync(GOOD)));

/** The good workbook's parts written out as files, zipped by a command run in that folder, read back. */
function zippedBy(command: (dir: string) => void): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'bukai-zip-'));
  try {
    for (const [name, data] of Object.entries(goodParts())) {
      if (name.endsWith('/')) continue;
      const path = join(dir, 'parts', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    }
    command(dir);
    return new Uint8Array(readFileSync(join(dir, 'out.xlsx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PARTS = ['[Content_Types].xml', '_rels', 'docProps', 'xl'];

describe('zips from other producers', () => {
  it('reads an Info-ZIP zip64 archive (zip -fz) as the original', () => {
    const bytes = zippedBy((dir) => execFileSync('zip', ['-q', '-X', '-fz', '-r', join(dir, 'out.xlsx'), ...PARTS], { cwd: join(dir, 'parts') }));
    expect(Buffer.from(bytes).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(readXlsx(bytes)).toEqual(reference);
  });

  it('reads a streamed Info-ZIP zip64 archive, whose directory offset is saturated with no zip64 record', () => {
    const bytes = zippedBy((dir) => execFileSync('bash', ['-c', `zip -q -X -fz -r - ${PARTS.map((p) => `'${p}'`).join(' ')} > '${join(dir, 'out.xlsx')}'`], { cwd: join(dir, 'parts') }));
    expect(readXlsx(bytes)).toEqual(reference);
  });

  it('reads a zip with data descriptors (Python zipfile writing to a stream)', () => {
    const script = [
      'import io, os, sys, zipfile',
      'class Stream(io.RawIOBase):',
      '    def __init__(self): self.data = bytearray()',
      '    def writable(self): return True',
      '    def write(self, b): self.data += b; return len(b)',
      's = Stream()',
      'with zipfile.ZipFile(s, "w", zipfile.ZIP_DEFLATED) as z:',
      '    for root, _, files in os.walk("."):',
      '        for f in files: z.write(os.path.join(root, f)[2:])',
      'open(sys.argv[1], "wb").write(bytes(s.data))',
    ].join('\n');
    const bytes = zippedBy((dir) => execFileSync('/usr/bin/python3', ['-c', script, join(dir, 'out.xlsx')], { cwd: join(dir, 'parts') }));
    // General-purpose flag bit 3: sizes follow the data, the local header holds zeros.
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(6, true) & 0x8).toBe(0x8);
    expect(readXlsx(bytes)).toEqual(reference);
  });
});

describe('damaged zips', () => {
  const stored = (name: string, text: string) => ({ name, data: strToU8(text), method: 0 as const, declared: strToU8(text).length });

  it('refuses a part name that occurs twice, also when only its case differs', () => {
    const entries = Object.entries(goodParts()).map(([name, data]) => ({ name, data, method: 0 as const, declared: data.length }));
    const twice = zipOfRawEntries([...entries, stored('XL/Workbook.xml', '<workbook/>')]);
    expect(readXlsx(twice)).toMatchObject({ ok: false, failure: { code: 'duplicate_entry', detail: 'XL/Workbook.xml occurs twice' } });
    // Folder entries ("xl/") may repeat harmlessly; only parts count.
    expect(readZipDirectory(zipOfRawEntries([stored('xl/', ''), stored('xl/', '')]))).toHaveLength(2);
  });

  it('refuses a cut central directory as truncated, and an unknown compression method', () => {
    const zip = zipOfRawEntries([stored('xl/workbook.xml', '<workbook/>')]);
    const cut = zip.slice();
    // The end record says the directory starts past the end of the file.
    new DataView(cut.buffer).setUint32(cut.length - 6, cut.length + 100, true);
    expect(codeOf(readXlsx(cut))).toBe('truncated');
    const odd = zipOfRawEntries([{ ...stored('xl/workbook.xml', '<workbook/>'), method: 12 }]);
    expect(codeOf(readXlsx(odd))).toBe('truncated');
  });

  it('refuses a stored part whose size differs from the one declared', () => {
    const lying = zipOfRawEntries([{ ...stored('xl/workbook.xml', '<workbook><sheets/></workbook>'), declared: 4 }]);
    expect(codeOf(readXlsx(lying))).toBe('zip_bomb');
  });
});
