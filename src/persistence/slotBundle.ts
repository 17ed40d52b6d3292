/**
 * Every save slot in one file, for moving a player's saves to another browser.
 * Each slot inside is an ordinary save file, checked by the same schema (and
 * upgraded from older formats the same way) as a single imported save, and
 * only this game's slots are filled.
 */
import { checkSave, SAVE_LIMITS, UNREADABLE, type SaveData } from './saveSchema';
import { readJson } from './safeJson';
import { AUTOSAVE_SLOT, MANUAL_SLOTS } from './saveStore';

export const SLOT_BUNDLE_FORMAT = 'undeclared-war-slots';

/** The slots a bundle may fill. */
const SLOTS: readonly string[] = [...MANUAL_SLOTS, AUTOSAVE_SLOT];
/** A bundle holds at most one save per slot, one level deeper. */
const BUNDLE_LIMITS = { maxChars: SAVE_LIMITS.maxChars * SLOTS.length, maxDepth: SAVE_LIMITS.maxDepth + 2 };

export function serialiseBundle(slots: Record<string, SaveData>): string {
  return JSON.stringify({ format: SLOT_BUNDLE_FORMAT, version: 1, slots });
}

export type BundleParse = { ok: true; slots: Record<string, SaveData> } | { ok: false; message: string };

/**
 * Parses a file of all slots; null when the text is not a bundle at all (it
 * may be a single save, which parseSave then judges, with its own message).
 */
export function parseBundle(text: string): BundleParse | null {
  const json = readJson(text, BUNDLE_LIMITS);
  if (!json.ok) return json.problem === 'not-json' ? null : { ok: false, message: UNREADABLE[json.problem] };
  const bundle = json.value as { format?: unknown; slots?: unknown } | null;
  if (bundle?.format !== SLOT_BUNDLE_FORMAT) return null;
  if (!bundle.slots || typeof bundle.slots !== 'object' || Array.isArray(bundle.slots))
    return { ok: false, message: 'This saves file is damaged (it has no slots).' };
  const slots: Record<string, SaveData> = {};
  for (const [slot, save] of Object.entries(bundle.slots)) {
    if (!SLOTS.includes(slot))
      return {
        ok: false,
        message: `This saves file is damaged (it names a slot “${slot.slice(0, 20)}” the game does not have).`,
      };
    const parsed = checkSave(save);
    if (!parsed.ok) return { ok: false, message: `Slot ${slot}: ${parsed.message}` };
    slots[slot] = parsed.save;
  }
  return { ok: true, slots };
}
