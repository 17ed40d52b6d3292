/**
 * The app as main.ts wires it for speedrun mode, with fakes for the outside
 * world: a hand-moved clock, memory storage, autosave at once. Used by the
 * speedrun session, LiveSplit bridge and run-file tests.
 */
import { autosaveOnEvents } from '../../src/app/autosave';
import { AppController } from '../../src/app/controller';
import { SeededRng } from '../../src/app/speedrun/seededRng';
import { SpeedrunSession } from '../../src/app/speedrun/session';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { SaveStore } from '../../src/persistence/saveStore';
import { SpeedrunStore } from '../../src/persistence/speedrunStore';
import type { StorySource } from '../../src/core/ports';
import { FakeClock } from './fakeClock';
import { storyHash } from '../../tools/ink/storyHash';
import { realStory } from './story';

export function realSource(): StorySource {
  const json = realStory().json;
  return { json, hash: storyHash(json) };
}

/** A page load: a controller and a speedrun session over `storage` (pass the same storage to "reload"). */
export function speedrunApp(storage = new MemoryStorage(), clock = new FakeClock()) {
  const story = realSource();
  const saves = new SaveStore(storage, clock);
  const rng = new SeededRng({ nextSeed: () => 77 });
  const app = new AppController({ story, saves, clock, rng });
  autosaveOnEvents(app, saves, (task) => task());
  const store = new SpeedrunStore(storage);
  const run = new SpeedrunSession(app, { clock, store, rng, storyHash: () => story.hash });
  return { app, run, clock, storage, store, story };
}

/** The ★ route of Shtern (docs/ROUTES.md, without the figure pick), as 0-based indexes. */
export const SHTERN_STAR = [3, 1, 2, 3, 3, 4, 3, 2, 2, 2, 1, 1].map((n) => n - 1);
