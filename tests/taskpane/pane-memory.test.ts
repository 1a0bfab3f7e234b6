/**
 * What the pane remembers: per user in Web Storage, per workbook in Office's document settings, the
 * workbook's winning. The storage here is an in-memory Web Storage; Office.Settings cannot run outside
 * Office, so a same-shaped settings object stands in for it.
 */
import { base64ToBytes, bytesToBase64, documentMemory, layeredMemory, storageMemory, type DocumentSettings, type KeyValueStorage } from '../../src/taskpane/pane-memory';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

class Settings implements DocumentSettings {
  readonly values = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(): void {
    this.saves += 1;
  }
}

describe('the pane’s memory', () => {
  it('keeps the last choices per user, patch by patch', () => {
    const storage = new MemoryStorage();
    const memory = storageMemory(storage);
    memory.write({ committee: '就労部会', plans: '①' });
    memory.write({ threshold: 80 });
    expect(storageMemory(storage).read()).toEqual({ committee: '就労部会', plans: '①', threshold: 80 });
  });

  it('forgets what does not parse rather than failing, and works without storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('bukai-pane:v1', '{"threshold": 500}');
    expect(storageMemory(storage).read()).toEqual({});
    storage.setItem('bukai-pane:v1', 'not json');
    expect(storageMemory(storage).read()).toEqual({});
    const none = storageMemory(null);
    none.write({ threshold: 50 });
    expect(none.read()).toEqual({});
  });

  it('keeps the choices with the workbook too, and the workbook’s win over the user’s', () => {
    const storage = new MemoryStorage();
    const settings = new Settings();
    storageMemory(storage).write({ committee: '相談部会', threshold: 60 });
    documentMemory(settings).write({ committee: 'くらし部会' });
    expect(settings.saves).toBe(1);
    const memory = layeredMemory(storageMemory(storage), documentMemory(settings));
    expect(memory.read()).toEqual({ committee: 'くらし部会', threshold: 60 });
    memory.write({ threshold: 70 });
    expect(storageMemory(storage).read().threshold).toBe(70);
    expect(documentMemory(settings).read()).toEqual({ committee: 'くらし部会', threshold: 70 });
  });

  it('keeps a roster file’s bytes exactly', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
