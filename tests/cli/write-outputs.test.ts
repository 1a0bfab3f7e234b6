/** Outputs whose bytes are made as they are written still land all at once, or not at all. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, writeOutputsAtomicallyAsync } from '../../src/cli/cli-io';
import { CLI_MESSAGES } from '../../src/cli/messages/cli-messages';

const m = CLI_MESSAGES.ja;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('writeOutputsAtomicallyAsync', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bukai-out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each chunk as it is made, and makes an output only once the ones before it are written', async () => {
    const order: string[] = [];
    await writeOutputsAtomicallyAsync(
      [
        { path: join(dir, 'a.xlsx'), option: '--out', data: async (write) => { order.push('a'); write(bytes('PK')); await Promise.resolve(); write(bytes('..')); } },
        { path: join(dir, 'b.json'), option: '--json', data: (write) => { order.push('b'); write(bytes('{}')); return Promise.resolve(); } },
      ],
      m,
    );
    expect(order).toEqual(['a', 'b']);
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('PK..');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('{}');
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.json']);
  });

  it('leaves the previous outputs as they were and no temporary file when making one fails, and throws that error as it is', async () => {
    writeFileSync(join(dir, 'a.xlsx'), 'old');
    const bug = new Error('a bug in the writer');
    const run = writeOutputsAtomicallyAsync([
      { path: join(dir, 'a.xlsx'), option: '--out', data: (write) => { write(bytes('new')); return Promise.reject(bug); } },
    ], m);
    await expect(run).rejects.toBe(bug);
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('reports an output that cannot be written as the user’s problem, naming it', async () => {
    const inFile = join(dir, 'file');
    writeFileSync(inFile, '');
    const run = writeOutputsAtomicallyAsync([{ path: join(inFile, 'a.xlsx'), option: '--out', data: () => Promise.resolve() }], m);
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow('--out');
  });
});
