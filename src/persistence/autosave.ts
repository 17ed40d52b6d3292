/**
 * Autosave with a safety net: each write first keeps the previous good save,
 * so a crash or a damaged write never loses more than the last choice.
 */
import { StorageFullError, type KeyValueStorage } from '../core/ports';
import { parseSave, serialiseSave, type SaveData } from './saveSchema';

export const AUTOSAVE_KEY = 'uw.autosave';
export const PREVIOUS_KEY = 'uw.autosave.previous';

export type WriteResult = { ok: true } | { ok: false; message: string };

export function writeAutosave(storage: KeyValueStorage, save: SaveData): WriteResult {
  const text = serialiseSave(save);
  try {
    const current = storage.get(AUTOSAVE_KEY);
    if (current && parseSave(current).ok) storage.set(PREVIOUS_KEY, current);
    storage.set(AUTOSAVE_KEY, text);
    return { ok: true };
  } catch (e) {
    const full = e instanceof StorageFullError;
    return {
      ok: false,
      message: full
        ? 'Your browser’s storage is full or blocked: the game goes on, but it cannot autosave. Use “Export save” to keep your place.'
        : `Autosave failed: ${(e as Error).message}`,
    };
  }
}

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveData; recovered: boolean; message?: string }
  | { kind: 'corrupt'; message: string };

/** Reads the autosave; falls back to the previous good save if the latest is damaged. */
export function readAutosave(storage: KeyValueStorage): ReadResult {
  let latest: string | null;
  let previous: string | null;
  try {
    latest = storage.get(AUTOSAVE_KEY);
    previous = storage.get(PREVIOUS_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (!latest && !previous) return { kind: 'none' };
  const parsedLatest = latest ? parseSave(latest) : null;
  if (parsedLatest?.ok) return { kind: 'ok', save: parsedLatest.save, recovered: false };
  const parsedPrevious = previous ? parseSave(previous) : null;
  if (parsedPrevious?.ok) {
    return {
      kind: 'ok',
      save: parsedPrevious.save,
      recovered: true,
      message: 'The latest autosave was damaged; you are back one choice earlier.',
    };
  }
  return {
    kind: 'corrupt',
    message: parsedLatest && !parsedLatest.ok ? parsedLatest.message : 'The autosave is damaged.',
  };
}

export function clearAutosave(storage: KeyValueStorage): void {
  try {
    storage.remove(AUTOSAVE_KEY);
    storage.remove(PREVIOUS_KEY);
  } catch {
    /* storage unavailable: nothing to clear */
  }
}
