/** Seeds as a runner types them, and the text a run is remembered by. */

/** The story runner's seeds are 31-bit (storyRunner.normaliseSeed). */
export const MAX_SEED = 2147483646;

export type ParsedSeed = { ok: true; seed: number } | { ok: false; message: string };

/** A custom seed typed by the runner: a whole number from 0 to MAX_SEED. */
export function parseSeed(text: string): ParsedSeed {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { ok: false, message: `A seed is a whole number from 0 to ${MAX_SEED}.` };
  const seed = Number(t);
  if (seed > MAX_SEED) return { ok: false, message: `A seed is at most ${MAX_SEED}.` };
  return { ok: true, seed };
}

/**
 * Records are kept per category, and a custom seed keeps its own: a run on
 * another seed is not compared with runs on the published one.
 */
export function recordsId(categoryId: string, seed: number, publishedSeed: number): string {
  return seed === publishedSeed ? categoryId : `${categoryId}@${seed}`;
}

/** A short stable key for a line of text (FNV-1a, 32 bits): seen text is remembered by these. */
export function lineKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
