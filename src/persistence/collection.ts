/**
 * What persists across runs: endings reached (per figure) and codex entries
 * unlocked. Stored as small JSON lists; damaged data counts as empty.
 */
import type { KeyValueStorage } from '../core/ports';

const ENDINGS_KEY = 'uw.endings';
const CODEX_KEY = 'uw.codex';

function readList(storage: KeyValueStorage, key: string): string[] {
  try {
    const raw = storage.get(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function addToList(storage: KeyValueStorage, key: string, ids: readonly string[]): string[] {
  const list = readList(storage, key);
  const merged = [...new Set([...list, ...ids])];
  if (merged.length !== list.length) {
    try {
      storage.set(key, JSON.stringify(merged));
    } catch {
      /* storage full: the collection simply does not grow this time */
    }
  }
  return merged;
}

export const endingsReached = (s: KeyValueStorage): string[] => readList(s, ENDINGS_KEY);
export const recordEnding = (s: KeyValueStorage, id: string): string[] => addToList(s, ENDINGS_KEY, [id]);
export const codexUnlocked = (s: KeyValueStorage): string[] => readList(s, CODEX_KEY);
export const unlockCodex = (s: KeyValueStorage, ids: readonly string[]): string[] =>
  addToList(s, CODEX_KEY, ids);

/** The collection of one player, over their storage: what the title, codex and endings views read. */
export class Profile {
  constructor(private readonly storage: KeyValueStorage) {}
  endingsReached(): string[] {
    return endingsReached(this.storage);
  }
  recordEnding(id: string, _epilogue?: readonly string[]): void {
    recordEnding(this.storage, id);
  }
  codexUnlocked(): string[] {
    return codexUnlocked(this.storage);
  }
  unlockCodex(ids: readonly string[]): void {
    unlockCodex(this.storage, ids);
  }
}
