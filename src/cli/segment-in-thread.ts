/**
 * 集約_課題's word segmentation on a worker thread beside the CLI's reading (WordSegmentation): Intl.Segmenter
 * is ~0.5 µs a segment, ~200 ms at 1,000 plan sheets, which the second core does while the first reads.
 * Without the worker's bundle (a run under tsx or jest) there is no thread and the consolidation segments
 * the texts itself, with the same result.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SegmentedWords } from '../consolidate/themes/segment-words';
import type { WordSegmentation } from '../jobs/consolidate-files';
import type { SegmentRequest, SegmentResult } from './segment-messages';

/** The bundled worker beside the bundled CLI (scripts/build-cli.mjs writes both into dist-cli/). */
export const SEGMENT_WORKER = join(__dirname, 'segment-worker.cjs');

/**
 * From this many workbooks 集約_課題 cuts its texts on the thread: one workbook's texts are cut in less time
 * than the thread takes to start. BUKAI_SEGMENT_IN_THREAD_FROM overrides it (the bench compares).
 */
export const SEGMENT_IN_THREAD_FROM = Number(process.env['BUKAI_SEGMENT_IN_THREAD_FROM'] ?? 2);

/** The consolidate option for `fileCount` workbooks: the thread from SEGMENT_IN_THREAD_FROM files, else none. */
export function segmentationFor(fileCount: number, workerFile: string = SEGMENT_WORKER): { segmentation?: WordSegmentation } {
  const segmentation = fileCount >= SEGMENT_IN_THREAD_FROM ? segmentInThread(workerFile) : null;
  return segmentation ? { segmentation } : {};
}

/** Starts the worker thread, or returns null when its file is not there. */
export function segmentInThread(workerFile: string = SEGMENT_WORKER): WordSegmentation | null {
  if (!existsSync(workerFile)) return null;
  const worker = new Worker(workerFile);
  // An idle thread never holds the process open (a run that stops early); finish() holds it while it waits.
  worker.unref();
  const sent = new Set<string>();
  const result = new Promise<SegmentedWords>((resolve, reject) => {
    worker.once('message', (message: SegmentResult) => resolve(message.words));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the segmenting thread ended (${code}) before it posted its words`)));
  });
  // A rejection is handled by finish's caller; until then it must not count as unhandled.
  result.catch(() => undefined);
  const post = (request: SegmentRequest): void => worker.postMessage(request);
  return {
    add(texts) {
      // Texts repeat from month to month and group to group: each crosses the thread once.
      const fresh: string[] = [];
      for (const t of texts) {
        if (sent.has(t)) continue;
        sent.add(t);
        fresh.push(t);
      }
      if (fresh.length > 0) post({ kind: 'texts', texts: fresh });
    },
    finish() {
      worker.ref();
      post({ kind: 'finish' });
      return result.finally(() => void worker.terminate());
    },
  };
}
