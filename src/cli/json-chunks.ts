/**
 * JSON written as it is made: exactly `JSON.stringify(value, null, 2)`, handed over in UTF-8 chunks. The
 * 5,000-sheet SUMMARY.json is 85 MB of text, 170 MB as one JavaScript string and 85 MB more encoded; made
 * whole, it more than doubled the run's peak memory (bench/README.md).
 */

/** About how many characters go into one chunk before it is encoded and handed on. */
const CHUNK_CHARS = 1 << 16;
const STEP = '  ';

type Json = string | number | boolean | null | undefined | readonly unknown[] | { readonly [key: string]: unknown };

/** Writes `JSON.stringify(value, null, 2)` followed by a newline through `write`, a chunk at a time. */
export function writeJsonChunks(value: unknown, write: (chunk: Uint8Array) => void, chunkChars: number = CHUNK_CHARS): void {
  const encoder = new TextEncoder();
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    write(encoder.encode(parts.join('')));
    parts = [];
    size = 0;
  };
  const emit = (text: string): void => {
    parts.push(text);
    size += text.length;
    if (size >= chunkChars) flush();
  };
  // The objects being written, as JSON.stringify refuses a cycle rather than recurse forever.
  const open = new Set<object>();

  /** Writes a value that has a JSON form (resolved by jsonForm). */
  const put = (v: Json | object, indent: string): void => {
    if (v === null || typeof v !== 'object') {
      emit(JSON.stringify(v));
      return;
    }
    if (open.has(v)) throw new TypeError('Converting circular structure to JSON');
    open.add(v);
    const inner = indent + STEP;
    if (Array.isArray(v)) {
      if (v.length === 0) emit('[]');
      else {
        emit('[\n');
        for (let i = 0; i < v.length; i++) {
          emit(i === 0 ? inner : `,\n${inner}`);
          const item = jsonForm(v[i], String(i));
          if (item === undefined) emit('null');
          else put(item, inner);
        }
        emit(`\n${indent}]`);
      }
    } else {
      let first = true;
      for (const k of Object.keys(v)) {
        // A member without a JSON form (undefined, a function) is left out, as stringify leaves it out.
        const member = jsonForm((v as Record<string, unknown>)[k], k);
        if (member === undefined) continue;
        emit(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(k)}: `);
        first = false;
        put(member, inner);
      }
      emit(first ? '{}' : `\n${indent}}`);
    }
    open.delete(v);
  };

  const top = jsonForm(value, '');
  if (top === undefined) throw new TypeError('writeJsonChunks: the value has no JSON form');
  put(top, '');
  emit('\n');
  flush();
}

/** A value as JSON.stringify sees it: toJSON applied, boxed primitives unboxed, no form → undefined. */
function jsonForm(raw: unknown, key: string): Json | object {
  let v = raw;
  if (v !== null && (typeof v === 'object' || typeof v === 'bigint') && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: (key: string) => unknown }).toJSON(key);
  if (v instanceof Number) return Number(v);
  if (v instanceof String) return String(v);
  if (v instanceof Boolean) return v.valueOf();
  if (typeof v === 'function' || typeof v === 'symbol' || v === undefined) return undefined;
  if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  return v;
}
