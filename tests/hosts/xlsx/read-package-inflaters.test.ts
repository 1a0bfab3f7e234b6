/**
 * The reader inflates with Node's zlib in Node and with fflate in the browser. Both must read the same
 * workbook to the same grids and stop a part that yields more than it declared.
 */
import { readFileSync } from 'node:fs';
import { fixturePaths } from '../../helpers/fixture-workbooks';
import { lyingGigabyte, withDeclaredSize, zipBomb } from '../../hostile/hostile-files';

import type { INFLATER } from '../../../src/hosts/xlsx/read-package';
import type { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';

type ReadXlsx = typeof readXlsx;
type Inflater = typeof INFLATER;

const load = (): { read: ReadXlsx; inflater: Inflater } => ({
  read: jest.requireActual<{ readXlsx: ReadXlsx }>('../../../src/hosts/xlsx/read-xlsx').readXlsx,
  inflater: jest.requireActual<{ INFLATER: Inflater }>('../../../src/hosts/xlsx/read-package').INFLATER,
});

/** The reader as loaded where process.getBuiltinModule does not exist (a browser). */
function browserReader(): { read: ReadXlsx; inflater: Inflater } {
  const original = Reflect.get(process, 'getBuiltinModule') as unknown;
  let loaded: { read: ReadXlsx; inflater: Inflater } | undefined;
  try {
    Reflect.deleteProperty(process, 'getBuiltinModule');
    jest.isolateModules(() => {
      loaded = load();
    });
  } finally {
    Reflect.set(process, 'getBuiltinModule', original);
  }
  if (!loaded) throw new Error('reader not loaded');
  return loaded;
}

const nodeReader = load();
const inflaters = [
  ['zlib', nodeReader],
  ['fflate', browserReader()],
] as const;

describe.each(inflaters)('the reader inflating with %s', (name, { read, inflater }) => {
  it('is the inflater this platform uses', () => {
    expect(inflater).toBe(name);
  });

  it('reads a real workbook to the same grids as the other inflater', () => {
    const bytes = new Uint8Array(readFileSync(fixturePaths()[0] ?? ''));
    const ours = read(bytes);
    expect(ours.ok).toBe(true);
    expect(ours).toEqual(nodeReader.read(bytes));
  });

  it('refuses a part that inflates past its declared size as a zip bomb', () => {
    const result = read(withDeclaredSize(zipBomb(16), 'xl/worksheets/sheet1.xml', 1024));
    expect(result.ok ? 'read' : result.failure.code).toBe('zip_bomb');
  });

  it('stops 1 GB of XML declared as 1 KB at the declared size', () => {
    const result = read(withDeclaredSize(lyingGigabyte(), 'xl/worksheets/sheet1.xml', 1024));
    expect(!result.ok && result.failure).toMatchObject({ code: 'zip_bomb', message: expect.stringContaining('展開後のサイズが異常に大きい') });
  });
});
