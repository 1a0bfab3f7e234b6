/**
 * How many files a run has read, kept outside React state: the workers report it every ~100 ms, and as
 * state each report re-rendered the whole 集約 tab; only the progress bar subscribes to this.
 */

/** A count that components subscribe to (useSyncExternalStore). */
export interface ReadProgress {
  readonly get: () => number;
  readonly set: (done: number) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** A new count at 0. */
export function createReadProgress(): ReadProgress {
  let done = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => done,
    set: (next) => {
      if (next === done) return;
      done = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
