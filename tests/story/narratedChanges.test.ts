/**
 * Story truth (design §8): the HUD credits a choice only with its own effects;
 * whatever the story moves after them (a scene's opening, the settling between
 * acts) the story must narrate itself, as "Label a → b" with the values the run
 * record holds. And a casualty count never goes down.
 *
 * Plays seeded random runs of every campaign through the game's own session.
 */
import { describe, expect, it } from 'vitest';
import { FIGURES, type FigureId } from '../../src/core/figures';
import { visibleMeters } from '../../src/core/meters';
import { GameSession } from '../../src/narrative/session';
import { lcg, realStory } from '../helpers/story';

// Enough runs to pass every act boundary and scene opening; the long random test is randomPlaythroughs.
const RUNS = 150;
const CASUALTIES = ['cas_sov', 'cas_jpn', 'cas_chn'];

/** The text the reader shows for the latest step: everything after the echo of the choice. */
function stepText(session: GameSession): string {
  const lines = session.page.lines;
  const echo = lines.map((l) => l.kind).lastIndexOf('echo');
  return lines
    .slice(echo + 1)
    .map((l) => l.text)
    .join('\n');
}

/** "Soviet casualties 7.5k → 10k" for each visible meter that moved from `before` to `after`. */
function expectedLines(
  figure: FigureId,
  before: Record<string, number>,
  after: Record<string, number>,
): { label: string; line: string }[] {
  return visibleMeters(figure, after)
    .filter((m) => before[m.id] !== after[m.id])
    .map((m) => ({ label: m.label, line: `${m.label} ${before[m.id]}${m.unit} → ${after[m.id]}${m.unit}` }));
}

describe('the story narrates what it does to the meters', () => {
  const json = realStory().json;
  for (const figure of FIGURES) {
    it(`${figure.name}: every change after a choice's own effects is told with its values (${RUNS} runs)`, () => {
      const untold = new Map<string, string>();
      const decreases = new Map<string, string>();
      for (let run = 0; run < RUNS; run++) {
        const pick = lcg(run * 104729 + 3);
        const session = GameSession.start({ json, hash: 'test' }, figure.id, run, new Date(0));
        let last = session.run.startMeters;
        let guard = 0;
        while (session.page.choices.length > 0) {
          session.choose(pick(session.page.choices.length));
          const record = session.run.choices.at(-1)!;
          // Failures name the scene boundary and the meter, once each, with one example.
          const where = `${record.chapter} → ${session.page.chapter}`;
          if (record.settled) {
            const text = stepText(session);
            for (const want of expectedLines(figure.id, record.meters, record.settled)) {
              if (!text.includes(want.line)) untold.set(`${where}: ${want.label}`, `e.g. ${want.line}`);
            }
          }
          for (const values of [record.meters, record.settled ?? record.meters]) {
            for (const id of CASUALTIES) {
              if (values[id]! < last[id]!) decreases.set(`${where}: ${id}`, `e.g. ${last[id]} → ${values[id]}`);
            }
            last = values;
          }
          if (++guard > 300) throw new Error(`run ${run} did not end`);
        }
      }
      expect([...untold].map(([k, v]) => `${k} (${v})`), 'changes the story made but did not narrate').toEqual([]);
      expect([...decreases].map(([k, v]) => `${k} (${v})`), 'casualty counts that went down').toEqual([]);
    });
  }
});
