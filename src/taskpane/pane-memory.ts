/**
 * What the pane remembers between sessions: the last committee, WG, plan numbers, threshold and roster.
 * Per user in the browser's local storage; per workbook in Office's document settings where Excel offers
 * them (the workbook's memory wins, so a workbook kept for one group opens with that group's choices).
 */
import * as z from 'zod/mini';

/** What is remembered; anything stored that does not parse is forgotten. */
export const RememberedSchema = z.object({
  committee: z.optional(z.string().check(z.maxLength(200))),
  workingGroup: z.optional(z.string().check(z.maxLength(200))),
  plans: z.optional(z.string().check(z.maxLength(200))),
  threshold: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100))),
  /** The roster file itself (rosters are a few dozen rows), so it need not be picked again. */
  roster: z.optional(z.nullable(z.object({ name: z.string().check(z.maxLength(260)), base64: z.string().check(z.maxLength(200_000)) }))),
});
export type Remembered = z.infer<typeof RememberedSchema>;

/** The largest roster file remembered (bytes); a bigger one is used but not kept. */
export const MAX_REMEMBERED_ROSTER_BYTES = 140_000;

export interface PaneMemory {
  read(): Remembered;
  write(patch: Remembered): void;
}

/** The subset of the Web Storage API used (window.localStorage in the pane). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The subset of Office.Settings used (Office.context.document.settings). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

const USER_KEY = 'bukai-pane:v1';
const WORKBOOK_KEY = 'bukaiPane';

const parse = (value: unknown): Remembered => {
  const parsed = RememberedSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
};

/** Per-user memory in local storage; storage that is missing or full only means nothing is remembered. */
export function storageMemory(storage: KeyValueStorage | null): PaneMemory {
  const read = (): Remembered => {
    try {
      const text = storage?.getItem(USER_KEY);
      return text ? parse(JSON.parse(text)) : {};
    } catch {
      return {};
    }
  };
  return {
    read,
    write(patch) {
      try {
        storage?.setItem(USER_KEY, JSON.stringify({ ...read(), ...patch }));
      } catch {
        // Quota exceeded or storage disabled by policy: the pane works the same, it just will not remember.
      }
    },
  };
}

/** Per-workbook memory in the document's settings (saved with the workbook). */
export function documentMemory(settings: DocumentSettings): PaneMemory {
  return {
    read: () => parse(settings.get(WORKBOOK_KEY)),
    write(patch) {
      settings.set(WORKBOOK_KEY, { ...parse(settings.get(WORKBOOK_KEY)), ...patch });
      // A failed save (read-only workbook) loses only this convenience; the user's work is unaffected.
      settings.saveAsync();
    },
  };
}

/** Both memories: reads the user's, then the workbook's on top; writes to both. */
export function layeredMemory(user: PaneMemory, workbook: PaneMemory): PaneMemory {
  return {
    read: () => ({ ...user.read(), ...workbook.read() }),
    write(patch) {
      user.write(patch);
      workbook.write(patch);
    },
  };
}

/** Bytes → base64 and back, for keeping a roster file in memory. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 → bytes (the inverse of bytesToBase64). */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
