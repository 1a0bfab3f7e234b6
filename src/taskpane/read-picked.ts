/**
 * Picked workbooks read the way 集約 reads them: on the pane's read workers (read-in-workers.ts) when it has
 * them, else on the page; and the job's byte reader over reads already done.
 */
import type { ReadWorkbookBytes } from '../jobs/validate-files';
import type { PaneServices } from './pane-services';
import type { WorkbookRead } from './read-messages';

/** Reads the files, in order, reporting how many are done; a file the browser cannot read becomes a `thrown` read. */
export async function readPickedFiles(services: PaneServices, files: readonly File[], onProgress: (done: number) => void): Promise<WorkbookRead[]> {
  // Where the workers cannot start (a policy, a failed chunk), the page reads the files itself.
  const viaWorkers = services.readWorkbooks ? await services.readWorkbooks(files, onProgress).catch(() => null) : null;
  if (viaWorkers) return viaWorkers;
  const read = await services.loadReader();
  const out: WorkbookRead[] = [];
  for (const [i, file] of files.entries()) {
    try {
      out.push(read(new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      out.push({ ok: false, thrown: String(error) });
    }
    onProgress(i + 1);
  }
  return out;
}

/**
 * The jobs' ReadWorkbookBytes over reads already done: each picked file stands in the job as its own empty
 * byte array (its key here), so the grids read on the workers are never read again.
 */
export function readsAsReader(reads: ReadonlyMap<Uint8Array, WorkbookRead>): ReadWorkbookBytes {
  return (bytes) => {
    const done = reads.get(bytes);
    if (done === undefined) throw new Error('the file has not been read');
    // The job confines a throw to its file and words it as an internal failure.
    if ('thrown' in done) throw new Error(done.thrown);
    return done;
  };
}
