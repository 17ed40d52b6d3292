/**
 * Where saves live in storage: the slot ids and their keys. Kept apart from
 * saveStore.ts (and its schema library) so the title can look for an autosave
 * without loading the code that reads one in full.
 */

/** The slot every choice writes. */
export const AUTOSAVE_SLOT = 'auto';
/** The slots the player saves to by hand (Ren'Py-style: several beside the autosave). */
export const MANUAL_SLOTS = ['1', '2', '3', '4', '5', '6'] as const;

/** Storage key of a slot, and of the previous good save kept beside it. */
export const slotKey = (slot: string): string => `uw.slot.${slot}`;
export const previousKey = (slot: string): string => `${slotKey(slot)}.previous`;
/** Where the autosave lived before there were slots: still read, so no run is lost on upgrade. */
export const LEGACY_AUTOSAVE_KEY = 'uw.autosave';

/** Every key an autosave may be under: the page's inline scripts look for any, before the app runs. */
export const AUTOSAVE_KEYS = [slotKey(AUTOSAVE_SLOT), previousKey(AUTOSAVE_SLOT), LEGACY_AUTOSAVE_KEY];
