/**
 * The CLI's segmenting worker thread (dist-cli/segment-worker.cjs): cuts the CHECK / ACTION texts into
 * 集約_課題's candidate words while the main thread reads the next workbooks, and posts every text's words
 * when told the reading is done. It loads the segmenting code alone (no zod, no reader), so it is ready
 * before the first file is read.
 */
import { parentPort } from 'node:worker_threads';
import { segmentTexts } from '../consolidate/themes/segment-words';
import type { SegmentRequest, SegmentResult } from './segment-messages';

const port = parentPort;
if (!port) throw new Error('segment-worker.ts runs as a worker thread');
const words = new Map<string, readonly string[]>();
port.on('message', (request: SegmentRequest) => {
  if (request.kind === 'texts') {
    segmentTexts(request.texts, words);
    return;
  }
  const result: SegmentResult = { words };
  port.postMessage(result);
});
