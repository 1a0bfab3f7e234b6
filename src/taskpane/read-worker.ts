/**
 * Web Worker of the pane: reads picked workbooks (File → bytes → grids) off the page's main thread, so
 * the pane keeps painting and answering while a hundred files are read. For 集約 the worker validates each
 * file too and posts its models and issues, not its grids: the page only aggregates. Each file goes back
 * as soon as it is done (the page throttles its own progress renders; read-in-workers.ts).
 */
import { readXlsx } from '../hosts/xlsx/read-xlsx';
import type * as CheckPicked from './check-picked';
import type { ReadBatch, ReadRequest } from './read-messages';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ReadRequest>) => void) | null; postMessage(message: ReadBatch): void };

// The validation code loads only when asked to validate (20 files and more): a few files' grids go to the page.
let checkModule: Promise<typeof CheckPicked> | null = null;
const checking = (): Promise<typeof CheckPicked> => (checkModule ??= import('./check-picked'));

scope.onmessage = (event) => {
  // Anything not confined to a file (the validation chunk failing to load) becomes the worker's error
  // event, so the page reads the files left itself rather than waiting for them.
  readAll(event.data).catch((error: unknown) =>
    setTimeout(() => {
      throw error;
    }),
  );
};

async function readAll(request: ReadRequest): Promise<void> {
  for (const [n, { index, file }] of request.files.entries()) {
    let result: ReadBatch['results'][number]['result'];
    if (request.check) {
      const { checkPickedFile, internalFailure } = await checking();
      result = await checkPickedFile(file, readXlsx, request.check.asOf).catch((error: unknown) => internalFailure(file, error));
    } else {
      try {
        result = readXlsx(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        // readXlsx never throws on bad input; a file the browser cannot read (removed since it was picked) can.
        result = { ok: false, thrown: String(error) };
      }
    }
    scope.postMessage({ results: [{ index, result }], last: n === request.files.length - 1 });
  }
  if (request.files.length === 0) scope.postMessage({ results: [], last: true });
}
