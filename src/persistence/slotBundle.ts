/**
 * Every save slot in one file, for moving a player's saves to another browser.
 * Each slot inside is an ordinary save file, checked by the same schema (and
 * upgraded from older formats the same way) as a single imported save.
 */
import { parseSave, type SaveData } from './saveSchema';

export const SLOT_BUNDLE_FORMAT = 'undeclared-war-slots';

export function serialiseBundle(slots: Record<string, SaveData>): string {
  return JSON.stringify({ format: SLOT_BUNDLE_FORMAT, version: 1, slots });
}

export type BundleParse = { ok: true; slots: Record<string, SaveData> } | { ok: false; message: string };

/** Parses a file of all slots; null when the text is not a bundle at all (it may be a single save). */
export function parseBundle(text: string): BundleParse | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const bundle = raw as { format?: unknown; slots?: unknown } | null;
  if (bundle?.format !== SLOT_BUNDLE_FORMAT) return null;
  if (!bundle.slots || typeof bundle.slots !== 'object')
    return { ok: false, message: 'This saves file is damaged (it has no slots).' };
  const slots: Record<string, SaveData> = {};
  for (const [slot, save] of Object.entries(bundle.slots)) {
    const parsed = parseSave(JSON.stringify(save));
    if (!parsed.ok) return { ok: false, message: `Slot ${slot}: ${parsed.message}` };
    slots[slot] = parsed.save;
  }
  return { ok: true, slots };
}
