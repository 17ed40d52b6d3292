/**
 * KeyValueStorage over localStorage. When storage is blocked (private mode,
 * disabled cookies) it falls back to memory so play continues; `persistent`
 * tells the UI to warn the player.
 */
import { StorageFullError, type KeyValueStorage } from '../core/ports';

export class MemoryStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>();
  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.map.set(key, value);
  }
  remove(key: string): void {
    this.map.delete(key);
  }
}

export function openBrowserStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    const ls = window.localStorage;
    const probe = 'uw.probe';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return {
      persistent: true,
      storage: {
        get: (k) => ls.getItem(k),
        set: (k, v) => {
          try {
            ls.setItem(k, v);
          } catch (e) {
            throw new StorageFullError(e);
          }
        },
        remove: (k) => ls.removeItem(k),
      },
    };
  } catch {
    return { persistent: false, storage: new MemoryStorage() };
  }
}
