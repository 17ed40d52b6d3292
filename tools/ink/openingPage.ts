/**
 * A campaign's opening page, worked out at build time by the game's own code
 * (GameSession.start), so the page can show it the moment Begin is pressed
 * while the story itself is still being parsed (src/ui/provisionalOpening.ts).
 *
 * It is prebuilt only if it is the same for every seed: started on several,
 * a story whose opening differs (a RANDOM, a shuffle) gets none, and the page
 * waits for the real start as before.
 */
import type { FigureId } from '../../src/core/figures.ts';
import type { OpeningPage } from '../../src/core/opening.ts';
import type { StorySource } from '../../src/core/ports.ts';
import { GameSession } from '../../src/narrative/session.ts';

/** Seeds far apart, as a new game's would be. */
export const PROBE_SEEDS = [1, 48_271, 2_147_483_646];

/** What GameSession.start shows for this seed: the page and the variables its HUD reads. */
export function openingFor(story: StorySource, figure: FigureId, seed: number): OpeningPage {
  const session = GameSession.start(story, figure, seed, new Date(0));
  return { figure, page: session.page, vars: session.variables() };
}

/** The opening shared by every seed, or null if the seeds disagree. */
export function seedFreeOpening(story: StorySource, figure: FigureId): OpeningPage | null {
  const [first, ...rest] = PROBE_SEEDS.map((seed) => openingFor(story, figure, seed));
  const same = rest.every((o) => JSON.stringify(o) === JSON.stringify(first));
  return same && first ? first : null;
}
