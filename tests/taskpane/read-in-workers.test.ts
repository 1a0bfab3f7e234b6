/**
 * The pane's read workers as the page drives them (read-in-workers.ts): a worker that stops answering
 * without an error event — killed out of memory, its process gone — fails the run's workers after a
 * silence, so the page reads what is left instead of waiting forever; one that answers is not cut off;
 * files are dealt as the workers finish them, so a slowed worker does fewer.
 * The workers here run the real validation in process (no browser in jest); the pane's e2e tests run it
 * in Chromium's Web Workers.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { checkPickedFile } from '../../src/taskpane/check-picked';
import { checkInWorkers } from '../../src/taskpane/read-in-workers';
import type { ReadBatch, ReadRequest } from '../../src/taskpane/read-messages';
import { fixturePaths } from '../helpers/fixture-workbooks';

/** A worker on this thread: it validates its files as read-worker.ts does, the first `answers` of them at most, then says nothing more. */
class InProcessWorker {
  onmessage: ((event: { data: ReadBatch }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  given: number[] = [];
  private answered = 0;
  constructor(private readonly answers: number) {}
  postMessage(request: ReadRequest): void {
    void (async () => {
      for (const [n, { index, file }] of request.files.entries()) {
        this.given.push(index);
        if (this.answered >= this.answers || this.terminated) return;
        this.answered++;
        const result = await checkPickedFile(file, readXlsx, request.check?.asOf ?? null);
        this.onmessage?.({ data: structuredClone({ results: [{ index, result }], last: n === request.files.length - 1 }) });
      }
    })();
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** An InProcessWorker that takes `delayMs` more over each file: a worker slowed by a busy machine. */
class SlowWorker extends InProcessWorker {
  constructor(private readonly delayMs: number) {
    super(Infinity);
  }
  override postMessage(request: ReadRequest): void {
    setTimeout(() => super.postMessage(request), this.delayMs);
  }
}

const files = (): File[] => fixturePaths().map((path) => new File([readFileSync(path)], basename(path)));

beforeAll(() => {
  // Node 20 has no navigator; the pane asks it how many cores there are.
  Object.defineProperty(globalThis, 'navigator', { value: { hardwareConcurrency: 2 }, configurable: true });
});

describe('read workers that fall silent', () => {
  it('gives up on a worker that says nothing for the silence limit, and keeps what came before', async () => {
    const spawned: InProcessWorker[] = [];
    const arrived: number[] = [];
    const run = checkInWorkers(files(), '2023-04-30', () => undefined, (index) => arrived.push(index), () => {
      const worker = new InProcessWorker(spawned.length === 0 ? 1 : Infinity);
      spawned.push(worker);
      return worker as unknown as Worker;
    }, 300);
    await expect(run).rejects.toThrow('read worker: silent for 300 ms');
    // The silent worker delivered one file; the other took every file left as it finished its own.
    const silent = spawned[0]?.given ?? [];
    expect(arrived).toHaveLength(files().length - (silent.length - 1));
    expect(arrived).toContain(silent[0]);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('deals the files as the workers finish them, a slowed worker getting fewer', async () => {
    const spawned: SlowWorker[] = [];
    const results = await checkInWorkers(files(), '2023-04-30', () => undefined, undefined, () => {
      const worker = new SlowWorker(spawned.length === 0 ? 150 : 0);
      spawned.push(worker);
      return worker as unknown as Worker;
    }, 5_000);
    expect(results.map((r) => r.ok)).toEqual(files().map(() => true));
    const [slow, fast] = spawned.map((w) => w.given.length);
    expect((slow ?? 0) + (fast ?? 0)).toBe(files().length);
    expect(fast).toBeGreaterThan(slow ?? 0);
  });

  it('does not cut off workers that answer file after file', async () => {
    const spawned: InProcessWorker[] = [];
    const results = await checkInWorkers(files(), '2023-04-30', () => undefined, undefined, () => {
      const worker = new InProcessWorker(Infinity);
      spawned.push(worker);
      return worker as unknown as Worker;
    }, 5_000);
    expect(results.map((r) => r.ok)).toEqual(files().map(() => true));
    expect(spawned.some((w) => w.terminated)).toBe(false);
  });
});
