/** Messages between the CLI and its segmenting worker thread (segment-worker.ts, segment-in-thread.ts). */
import type { SegmentedWords } from '../consolidate/themes/segment-words';

/** Texts to cut (each sent once), or the end of the reading: then the worker posts its words and ends. */
export type SegmentRequest = { readonly kind: 'texts'; readonly texts: readonly string[] } | { readonly kind: 'finish' };

/** Every text the worker was given, with its words. */
export interface SegmentResult {
  readonly words: SegmentedWords;
}
