/**
 * Plays a scripted route through the game's own runner, from the story's root
 * (choice 1/2/3 picks the figure), and returns where it ended.
 */
import type { StoryVars } from '../../src/core/storyVars';
import { createGameRunner } from '../../src/narrative/gameStory';
import { realStory } from './story';

export interface RouteResult {
  ending: string | null;
  /** Variables at the end (meters and flags). */
  vars: StoryVars;
  /** Choice texts taken, for readable failures. */
  taken: string[];
}

/** `route` holds 1-based choice numbers, as story:routes prints them. Throws if a choice does not exist. */
export function playRoute(route: readonly number[]): RouteResult {
  const runner = createGameRunner(realStory().json);
  let step = runner.start(0);
  let ending = step.ending;
  const taken: string[] = [];
  for (const [i, n] of route.entries()) {
    if (step.ended) throw new Error(`the story ended after ${i} choices, but the route has ${route.length}`);
    const choice = step.choices[n - 1];
    if (!choice)
      throw new Error(
        `choice ${n} does not exist at step ${i + 1} (offered: ${step.choices.map((c) => c.text).join(' | ')})`,
      );
    taken.push(choice.text);
    step = runner.choose(n - 1);
    ending = step.ending ?? ending;
  }
  if (!step.ended)
    throw new Error(
      `the route stops before the end; choices left: ${step.choices.map((c) => c.text).join(' | ')}`,
    );
  return { ending, vars: runner.variables(), taken };
}
