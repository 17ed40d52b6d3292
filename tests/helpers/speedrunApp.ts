/**
 * The app as main.ts wires it for speedrun mode, with fakes for the outside
 * world: a hand-moved clock, memory storage, autosave at once. Used by the
 * speedrun session, LiveSplit bridge and run-file tests.
 */
import { autosaveOnEvents } from '../../src/app/autosave';
import { AppController } from '../../src/app/controller';
import { SeededRng } from '../../src/app/speedrun/seededRng';
import { SpeedrunSession } from '../../src/app/speedrun/session';
import { FIGURE_IDS, type FigureId } from '../../src/core/figures';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { SpeedrunStore } from '../../src/persistence/speedrunStore';
import type { StorySource } from '../../src/core/ports';
import { fakePorts } from './appPorts';
import { FakeClock } from './fakeClock';
import { storyHash } from '../../tools/ink/storyHash';
import { realStory } from './story';

export function realSource(): StorySource {
  const json = realStory().json;
  return { json, hash: storyHash(json) };
}

/**
 * A page load: a controller and a speedrun session over `storage` (pass the
 * same storage to "reload"). Loading a campaign's story takes `storyLoadMs` of
 * clock time, as a download would.
 */
export function speedrunApp(storage = new MemoryStorage(), clock = new FakeClock(), storyLoadMs = 0) {
  const story = realSource();
  const rng = new SeededRng({ nextSeed: () => 77 });
  const { ports } = fakePorts({ json: story.json, hash: story.hash, clock, rng, storage });
  const stories: typeof ports.stories = (figure) =>
    ports.stories(figure).then((source) => {
      clock.advance(storyLoadMs);
      return source;
    });
  const app = new AppController({ ...ports, stories });
  autosaveOnEvents(app, ports.saves, (task) => task());
  const store = new SpeedrunStore(storage);
  // The test story holds every campaign: each figure's campaign has its hash.
  const campaignHashes = Object.fromEntries(FIGURE_IDS.map((f) => [f, story.hash])) as Record<
    FigureId,
    string
  >;
  const run = new SpeedrunSession(app, { clock, store, rng, campaignHashes });
  return { app, run, clock, storage, store, story };
}

/** The ★ route of Shtern (docs/ROUTES.md, without the figure pick), as 0-based indexes. */
export const SHTERN_STAR = [3, 3, 2, 2, 3, 4, 3, 2, 4, 2, 1, 1].map((n) => n - 1);
