/**
 * The saves of one player, in one object: a slot per key (today the autosave;
 * manual slots get their own ids), each write keeping the previous good save
 * so a crash or a torn write never loses more than the last choice.
 */
import { StorageFullError, type Clock, type KeyValueStorage } from '../core/ports';
import { parseSave, SAVE_FORMAT, SAVE_VERSION, serialiseSave, type SaveData } from './saveSchema';
import { AUTOSAVE_SLOT, LEGACY_AUTOSAVE_KEY, MANUAL_SLOTS, previousKey, slotKey } from './slotKeys';

export { AUTOSAVE_SLOT, MANUAL_SLOTS, previousKey, slotKey };

/** What a save holds besides its envelope: a session's snapshot. */
export type SaveContent = Omit<SaveData, 'format' | 'version' | 'savedAt'>;

export type WriteResult = { ok: true } | { ok: false; message: string };

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveData; recovered: boolean; message?: string }
  | { kind: 'corrupt'; message: string };

export class SaveStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly clock: Pick<Clock, 'date'>,
  ) {}

  /** The save file for a snapshot, stamped now. */
  envelope({ run, inkState, page }: SaveContent): SaveData {
    return {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      savedAt: this.clock.date().toISOString(),
      run,
      inkState,
      page,
    };
  }

  /** The text of a save file, for export. */
  exportText(content: SaveContent): string {
    return serialiseSave(this.envelope(content));
  }

  write(slot: string, content: SaveContent): WriteResult {
    return this.writeSave(slot, this.envelope(content));
  }

  /** Writes a whole save file as it is (an imported slot keeps when it was saved). */
  writeSave(slot: string, save: SaveData): WriteResult {
    const text = serialiseSave(save);
    try {
      const current = this.storage.get(slotKey(slot));
      if (current && parseSave(current).ok) this.storage.set(previousKey(slot), current);
      this.storage.set(slotKey(slot), text);
      return { ok: true };
    } catch (e) {
      return {
        ok: false,
        message:
          e instanceof StorageFullError
            ? `Your browser’s storage is full or blocked: the game goes on, but it cannot ${slot === AUTOSAVE_SLOT ? 'autosave' : 'save to this slot'}. Use “Export save” to keep your place.`
            : `${slot === AUTOSAVE_SLOT ? 'Autosave' : 'Saving'} failed: ${(e as Error).message}`,
      };
    }
  }

  /** Reads a slot; falls back to the previous good save if the latest is damaged. */
  read(slot: string): ReadResult {
    let latest: string | null;
    let previous: string | null;
    try {
      latest = this.storage.get(slotKey(slot));
      previous = this.storage.get(previousKey(slot));
      if (slot === AUTOSAVE_SLOT && !latest && !previous) {
        latest = this.storage.get(LEGACY_AUTOSAVE_KEY);
        previous = this.storage.get(`${LEGACY_AUTOSAVE_KEY}.previous`);
      }
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

  clear(slot: string): void {
    const keys = [
      slotKey(slot),
      previousKey(slot),
      ...(slot === AUTOSAVE_SLOT ? [LEGACY_AUTOSAVE_KEY, `${LEGACY_AUTOSAVE_KEY}.previous`] : []),
    ];
    try {
      for (const k of keys) this.storage.remove(k);
    } catch {
      /* storage unavailable: nothing to clear */
    }
  }
}
