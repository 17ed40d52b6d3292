/**
 * What persists across runs: endings reached (per figure) with the text last
 * read at each, and codex entries unlocked. Stored as small JSON values;
 * damaged data counts as empty.
 */
import type { EndingText } from '../core/endings';
import type { KeyValueStorage } from '../core/ports';

const ENDINGS_KEY = 'uw.endings';
/** Kept apart from the list of ids, so collections saved before texts were kept still load as they are. */
const ENDING_TEXTS_KEY = 'uw.endingTexts';
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
export const codexUnlocked = (s: KeyValueStorage): string[] => readList(s, CODEX_KEY);
export const unlockCodex = (s: KeyValueStorage, ids: readonly string[]): string[] =>
  addToList(s, CODEX_KEY, ids);

/**
 * An epilogue runs to a few thousand characters; the bound keeps a damaged or
 * runaway story from filling the browser's storage (about 5 MB per site).
 */
export const MAX_ENDING_TEXT_CHARS = 40_000;

const isParagraphs = (v: unknown): v is string[] => Array.isArray(v) && v.every((p) => typeof p === 'string');

/** A kept ending text, checked by hand: the title's Endings list reads these, and loads no schema library. */
function isEndingText(v: unknown): v is EndingText {
  if (typeof v !== 'object' || v === null) return false;
  const { aftermath, epilogue } = v as Record<string, unknown>;
  return isParagraphs(aftermath) && isParagraphs(epilogue);
}

const textLength = (t: EndingText): number =>
  [...t.aftermath, ...t.epilogue].reduce((n, p) => n + p.length, 0);

/** Every kept ending text by ending id; texts over the bound or damaged data are left out. */
export function endingTexts(storage: KeyValueStorage): Record<string, EndingText> {
  try {
    const raw = storage.get(ENDING_TEXTS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const texts = Object.entries(parsed as Record<string, unknown>);
    // One damaged text spoils the lot, as a schema would: the ids reached are kept apart and stay.
    if (!texts.every(([, t]) => isEndingText(t))) return {};
    return Object.fromEntries(
      (texts as [string, EndingText][]).filter(([, t]) => textLength(t) <= MAX_ENDING_TEXT_CHARS),
    );
  } catch {
    return {};
  }
}

/** Records an ending as reached and keeps the text just read (replacing an earlier reading of it). */
export function recordEnding(storage: KeyValueStorage, id: string, text?: EndingText): string[] {
  const reached = addToList(storage, ENDINGS_KEY, [id]);
  if (text && textLength(text) <= MAX_ENDING_TEXT_CHARS) {
    try {
      storage.set(ENDING_TEXTS_KEY, JSON.stringify({ ...endingTexts(storage), [id]: text }));
    } catch {
      /* storage full: the ending counts as reached, its text is simply not kept */
    }
  }
  return reached;
}

/** The collection of one player, over their storage: what the title, codex and endings views read. */
export class Profile {
  constructor(private readonly storage: KeyValueStorage) {}
  endingsReached(): string[] {
    return endingsReached(this.storage);
  }
  endingTexts(): Record<string, EndingText> {
    return endingTexts(this.storage);
  }
  recordEnding(id: string, text: EndingText): void {
    recordEnding(this.storage, id, text);
  }
  codexUnlocked(): string[] {
    return codexUnlocked(this.storage);
  }
  unlockCodex(ids: readonly string[]): void {
    unlockCodex(this.storage, ids);
  }
}
