/**
 * The ink fallback of pick_ending (for Inky) and the TypeScript catalogue (the
 * game's source of truth) pick the same ending at every checkpoint, on every
 * state met in thousands of seeded random playthroughs of each campaign.
 */
import { describe, expect, it } from 'vitest';
import { pickEnding } from '../../src/core/endings';
import { FIGURES } from '../../src/core/figures';
import { createGameRunner } from '../../src/narrative/gameStory';
import { StoryRunner } from '../../src/narrative/storyRunner';
import { lcg, realStory } from '../helpers/story';

const RUNS = Number(process.env.UW_RANDOM_RUNS ?? 500) / 2;
// A guard against a hang, not a speed check: it grows with the runs (CI's 1,000 took 40 s of the
// default 60 on a slow 2-core machine).
const TIMEOUT_MS = Math.max(60_000, RUNS * 200);

describe('ink fallback agrees with the TypeScript endings catalogue', () => {
  const json = realStory().json;
  for (const figure of FIGURES) {
    it(`${figure.name}: same ending at every checkpoint of ${RUNS} random runs`, () => {
      const game = createGameRunner(json);
      const inky = new StoryRunner(json); // no externals: ink fallbacks, as in Inky
      let compared = 0;
      for (let run = 0; run < RUNS; run++) {
        const pick = lcg(run + 1);
        let step = game.start(run, figure.startKnot);
        for (let guard = 0; guard < 200 && !step.ended; guard++) {
          inky.loadState(game.saveState());
          const vars = game.variables();
          for (const at of ['chapter', 'act1', 'final']) {
            const ink = inky.story.EvaluateFunction('pick_ending', [at]) as string;
            expect(ink, `${at} with ${JSON.stringify(vars)}`).toBe(pickEnding(figure.id, at, vars));
            compared++;
          }
          step = game.choose(pick(step.choices.length));
        }
      }
      expect(compared).toBeGreaterThan(RUNS);
    }, TIMEOUT_MS);
  }
});
