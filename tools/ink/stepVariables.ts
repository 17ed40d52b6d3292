/**
 * The story's variables as plain values, read once per step: the story checks
 * (meters, the values each variable holds) and the choice effects both want
 * them after every step, and reading all of a story's globals is not cheap
 * (about a tenth of the explorer's own time when each visitor read them).
 * Put it first in allOf(): its beforeStep forgets the last step's values.
 */
import type { StoryRunner } from '../../src/narrative/storyRunner.ts';
import type { StoryVars } from '../../src/core/storyVars.ts';
import type { SearchVisitor } from './search.ts';

export interface StepVariables extends SearchVisitor {
  /** The variables after the step just taken. */
  vars(): StoryVars;
}

export function stepVariables(runner: StoryRunner): StepVariables {
  let read: StoryVars | null = null;
  return {
    vars: () => (read ??= runner.variables()),
    beforeStep: () => (read = null),
    afterStep() {},
    newState() {},
    stopped() {},
  };
}
