/**
 * 集約_課題's word segmentation on the CLI's worker thread: the bundled worker (dist-cli/segment-worker.cjs,
 * built by scripts/build-cli.mjs) gives the words the consolidation would cut itself, and a thread that
 * fails costs only its time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { segmentInThread } from '../../src/cli/segment-in-thread';
import { segmentTexts } from '../../src/consolidate/themes/segment-words';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type ConsolidateOptions, type WordSegmentation } from '../../src/jobs/consolidate-files';
import { fixtureFiles } from '../helpers/fixture-workbooks';
import { fy2022Comments } from '../helpers/fy2022-texts';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const WORKER = join(ROOT, 'dist-cli', 'segment-worker.cjs');
let dir: string;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'bukai-segment-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTIONS: ConsolidateOptions = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja', generatedAt: '2023-05-01T00:00:00.000Z' };

describe('the segmenting worker thread', () => {
  it('cuts the texts it is given, each once, into the words segmentTexts gives', async () => {
    const texts = fy2022Comments().map((c) => c.text);
    const thread = segmentInThread(WORKER);
    expect(thread).not.toBeNull();
    thread?.add(texts.slice(0, 40));
    thread?.add(texts);
    const words = await thread?.finish();
    expect(words).toEqual(segmentTexts(texts));
  });

  it('is not started when its bundle is not there (a run under tsx): the consolidation cuts the texts itself', () => {
    expect(segmentInThread(join(dir, 'missing.cjs'))).toBeNull();
  });

  it('that fails to start gives a rejected finish, not a hang', async () => {
    const broken = join(dir, 'broken.cjs');
    writeFileSync(broken, 'throw new Error("broken worker");');
    const thread = segmentInThread(broken);
    thread?.add(['テキスト']);
    await expect(thread?.finish()).rejects.toThrow('broken worker');
  });
});

describe('集約 with its texts cut beside it', () => {
  const files = fixtureFiles('fy2022');

  it('gives the dashboard of a run that cut them itself', async () => {
    const thread = segmentInThread(WORKER);
    if (!thread) throw new Error('no worker bundle');
    const beside = await consolidateFiles(files, { ...OPTIONS, segmentation: thread }, readXlsx);
    const alone = await consolidateFiles(files, OPTIONS, readXlsx);
    expect(beside.dashboard.themes.recurring.length).toBeGreaterThan(0);
    expect(beside.dashboard.themes).toEqual(alone.dashboard.themes);
    expect(beside.summary).toEqual(alone.summary);
  });

  it('whose segmentation failed still gives the same dashboard', async () => {
    let given = 0;
    const failing: WordSegmentation = {
      add: (texts) => void (given += texts.length),
      finish: () => Promise.reject(new Error('the thread died')),
    };
    const result = await consolidateFiles(files, { ...OPTIONS, segmentation: failing }, readXlsx);
    expect(given).toBeGreaterThan(0);
    expect(result.dashboard.themes).toEqual((await consolidateFiles(files, OPTIONS, readXlsx)).dashboard.themes);
  });
});
