/** Interleaved timing: every contender once per round, so a load spike on a shared machine hits all alike. */

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

export interface Contender {
  readonly name: string;
  readonly run: () => unknown;
}

/** Rounds to `digits` decimals (1 unless told). */
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Median, minimum and maximum of a list of milliseconds. */
export function summarise(ms: readonly number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return { medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0), minMs: round(sorted[0] ?? 0), maxMs: round(sorted[sorted.length - 1] ?? 0) };
}

/** Runs each contender once to warm up, then `reps` rounds of all of them; milliseconds by name. */
export async function interleave(reps: number, contenders: readonly Contender[]): Promise<Map<string, number[]>> {
  // Warm-up: JIT and lazy module loading are not what we measure.
  for (const c of contenders) await c.run();
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let rep = 0; rep < reps; rep++) {
    for (const c of contenders) {
      // Each run starts from a collected heap, so one contender's garbage is not charged to the next.
      global.gc?.();
      const start = process.hrtime.bigint();
      await c.run();
      times.get(c.name)?.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return times;
}
