/**
 * The story version: a hash of the compiled story JSON. The build stamps it on
 * the game (virtual:story), saves and run files carry it, and run:verify
 * compares a run file's with the story it compiles.
 */
import { createHash } from 'node:crypto';

export function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 12);
}
