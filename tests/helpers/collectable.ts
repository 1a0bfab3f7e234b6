/**
 * Whether an object is collectable (nothing reachable keeps it): for tests that a structure lets go of what it
 * no longer needs, e.g. that a dashboard does not keep the sheet models it was made from through a closure.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A context made after the flag is set has V8's `gc` as a global; the test process itself needs no flag.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Collects after the current task (a WeakRef's target is kept until the task that made or read it ends) and
 * says whether the object behind `ref` is gone.
 */
export async function isCollected(ref: WeakRef<object>): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  return ref.deref() === undefined;
}
