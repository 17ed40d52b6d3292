/**
 * Shorter witnesses for the directed search (directed.ts): its routes wander,
 * and a route that goes round a loop (a depot visited again, a question asked
 * twice) is longer than it needs to be. Each ending's route is tried without
 * each of its loops; the story checks keep a cut route only if it still
 * reaches that ending, with fewer choices.
 */
import { routeOf, type RouteNode, type StepOutcome } from './search.ts';
import type { Progress } from './directed.ts';

export type Step = { route: RouteNode; outcome: StepOutcome };
/** How the directed search takes steps, for the loop cutting. */
export interface Walk {
  /** Starts a route at the root, with this seed or one of the search's. */
  start(seed?: number): Step;
  /** Takes option i (0-based), from the saved state `snap` if not null. */
  take(route: RouteNode, i: number, snap: unknown): Step;
  /** The current choice point: its options' paths. */
  position(): string;
}

/**
 * Cuts loops out of each ending's route: where the route stands at the same
 * choice point twice, the choices between are tried left out. A cut route is
 * played in full through the visitor, which keeps it only if it still reaches
 * that ending with fewer choices; the longest cuts are tried first. Returns
 * the routes tried.
 */
export function shortenEndings(progress: Progress, deadline: number, walk: Walk): number {
  let tried = 0;
  for (const id of [...progress.endings().keys()]) {
    let improved = true;
    while (improved && performance.now() < deadline) {
      improved = false;
      const best = progress.endings().get(id)!;
      const route = routeOf(best);
      const positions = playRoute(route.choices, route.seed, walk) ?? [];
      for (const cut of loopCuts(positions)) {
        if (performance.now() > deadline) return tried;
        const choices = [...route.choices.slice(0, cut.from), ...route.choices.slice(cut.to)];
        tried++;
        playRoute(choices, route.seed, walk);
        if (progress.endings().get(id) !== best) {
          improved = true;
          break;
        }
      }
    }
  }
  return tried;
}

/** Segments [from, to) of a route between two visits to the same choice point, longest first. */
export function loopCuts(positions: string[]): { from: number; to: number }[] {
  const cuts: { from: number; to: number }[] = [];
  for (let from = 0; from < positions.length; from++)
    for (let to = from + 1; to < positions.length; to++)
      if (positions[from] === positions[to]) cuts.push({ from, to });
  return cuts.sort((a, b) => b.to - b.from - (a.to - a.from));
}

/**
 * Plays 1-based choices from the root through the visitor. Returns the choice
 * point (its options' paths) before each choice, or null when a choice is not offered.
 */
function playRoute(choices: number[], seed: number, walk: Walk): string[] | null {
  const positions: string[] = [];
  let { route, outcome } = walk.start(seed);
  for (const c of choices) {
    if (outcome.thrown || c > outcome.step.choices.length) return null;
    positions.push(walk.position());
    ({ route, outcome } = walk.take(route, c - 1, null));
  }
  return positions;
}
