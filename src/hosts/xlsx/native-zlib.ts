/** Node's zlib when running in Node, found at run time so that no browser bundle ever imports node:zlib. */
import type * as NodeZlib from 'node:zlib';

/** Node's zlib, or null in a browser (and in Node older than 20.16, which lacks process.getBuiltinModule). */
export function nodeZlib(): typeof NodeZlib | null {
  const proc: unknown = Reflect.get(globalThis, 'process');
  if (typeof proc !== 'object' || proc === null || !('getBuiltinModule' in proc) || typeof proc.getBuiltinModule !== 'function') return null;
  return (proc as NodeJS.Process).getBuiltinModule('node:zlib');
}
