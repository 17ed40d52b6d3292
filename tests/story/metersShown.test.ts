/**
 * Evidence for which meters each figure is shown (src/core/meters.ts): seeded
 * random playthroughs through the game session, crediting each choice with its
 * own effects as the HUD does. Every meter a figure's choices ever move is shown
 * to it (or is the hidden Zhukov file), and every meter shown to it moves in
 * some run, so the HUD carries no meter that cannot matter.
 */
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/core/figures';
import { METERS, shownMeters } from '../../src/core/meters';
import { choiceDeltas } from '../../src/core/run';
import { GameSession } from '../../src/narrative/session';
import { lcg, realStory } from '../helpers/story';

// Enough runs to move every meter a choice can move; the long random test is randomPlaythroughs.
const RUNS = 100;
const HIDDEN = new Set(METERS.filter((m) => m.hidden).map((m) => m.id));

describe('meters shown to each figure', () => {
  const json = realStory().json;
  for (const figure of FIGURES) {
    it(`${figure.name}: shown exactly the meters his choices move (${RUNS} runs)`, () => {
      const moved = new Set<string>();
      for (let run = 0; run < RUNS; run++) {
        const pick = lcg(run * 7919 + 17);
        const session = GameSession.start({ json, hash: 'test' }, figure.id, run, new Date(0));
        for (let guard = 0; session.page.choices.length; guard++) {
          if (guard > 300) throw new Error(`run ${run} did not end`);
          session.choose(pick(session.page.choices.length));
        }
        session.run.choices.forEach((_, i) => {
          for (const id of Object.keys(choiceDeltas(session.run, i))) moved.add(id);
        });
      }
      const shown = shownMeters(figure.id).map((m) => m.id);
      const movedButHidden = [...moved].filter((id) => !shown.includes(id) && !HIDDEN.has(id));
      const shownButStill = shown.filter((id) => !moved.has(id));
      expect(movedButHidden, 'moved by a choice but not shown').toEqual([]);
      expect(shownButStill, 'shown but never moved by a choice').toEqual([]);
    });
  }
});
