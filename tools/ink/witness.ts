/**
 * Replays a route the explorer found on the full story: the exploration build
 * (proseless.ts) prints no prose, so the words a route reads and the last
 * text before a dead end are taken from the story the player gets.
 */
import type { StoryRunner, StoryStep } from '../../src/narrative/storyRunner.ts';
import type { Route } from './search.ts';
import { countWords } from './words.ts';

export interface Replayed {
  /** Words read along the route. */
  words: number;
  /** The lines of the route's last step. */
  lastStep: StoryStep;
}

export function replay(runner: StoryRunner, route: Route, startKnot?: string): Replayed {
  let step = runner.start(route.seed, startKnot);
  let words = 0;
  const read = (s: StoryStep): void => {
    for (const l of s.lines) words += countWords(l.text);
  };
  read(step);
  for (const c of route.choices) {
    step = runner.choose(c - 1);
    read(step);
  }
  return { words, lastStep: step };
}
