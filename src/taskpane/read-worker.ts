/**
 * Web Worker of the pane: reads picked workbooks (File → bytes → grids) off the page's main thread, so
 * the pane keeps painting and answering while a hundred files are read. Results go back in batches —
 * one message per ~100 ms, not per file — so the page re-renders its progress a few times, not per file.
 */
import { readXlsx } from '../hosts/xlsx/read-xlsx';
import type { ReadBatch, ReadRequest } from './read-messages';

/** How long the worker collects results before posting them. */
const BATCH_MS = 100;

const scope = self as unknown as { onmessage: ((event: MessageEvent<ReadRequest>) => void) | null; postMessage(message: ReadBatch): void };

scope.onmessage = (event) => {
  void readAll(event.data);
};

async function readAll(request: ReadRequest): Promise<void> {
  let batch: Array<ReadBatch['results'][number]> = [];
  let since = performance.now();
  for (const { index, file } of request.files) {
    let result: ReadBatch['results'][number]['result'];
    try {
      result = readXlsx(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      // readXlsx never throws on bad input; a file the browser cannot read (removed since it was picked) can.
      result = { ok: false, thrown: String(error) };
    }
    batch.push({ index, result });
    if (performance.now() - since >= BATCH_MS) {
      scope.postMessage({ results: batch, last: false });
      batch = [];
      since = performance.now();
    }
  }
  scope.postMessage({ results: batch, last: true });
}
