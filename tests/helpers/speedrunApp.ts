/**
 * The app as main.ts wires it for speedrun mode, with fakes for the outside
 * world: a hand-moved clock, memory storage, autosave at once. Each campaign's
 * story is compiled as the build compiles it (helpers/campaigns.ts), so run
 * files made here name the story versions run:verify checks. Used by the
 * speedrun session, LiveSplit bridge and run-file tests.
 */
import { autosaveOnEvents } from '../../src/app/autosave';
import { AppController } from '../../src/app/controller';
import { ready } from '../../src/app/lazy';
import { SeededRng } from '../../src/app/speedrun/seededRng';
import { SpeedrunSession } from '../../src/app/speedrun/session';
import type { FigureId } from '../../src/core/figures';
import { peekAutosave } from '../../src/persistence/autosavePeek';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { SaveStore } from '../../src/persistence/saveStore';
import { SpeedrunStore } from '../../src/persistence/speedrunStore';
import { campaignHashes, campaignStory } from './campaigns';
import { FakeClock } from './fakeClock';

/**
 * A page load: a controller and a speedrun session over `storage` (pass the
 * same storage to "reload"). Loading a campaign's story takes `storyLoadMs` of
 * clock time, as a download would.
 */
export function speedrunApp(storage = new MemoryStorage(), clock = new FakeClock(), storyLoadMs = 0) {
  const rng = new SeededRng({ nextSeed: () => 77 });
  const stories = (figure: FigureId) =>
    Promise.resolve(campaignStory(figure)).then((source) => {
      clock.advance(storyLoadMs);
      return source;
    });
  const saves = ready(new SaveStore(storage, clock));
  const app = new AppController({ stories, saves, peekAutosave: () => peekAutosave(storage), clock, rng });
  autosaveOnEvents(app, saves, (task) => task());
  const store = new SpeedrunStore(storage);
  const hashes = campaignHashes();
  const run = new SpeedrunSession(app, {
    clock,
    store,
    rng,
    campaignHashes: hashes,
    afterPaint: (task) => task(),
  });
  return { app, run, clock, storage, store, hashes };
}

/** The ★ route of Shtern (docs/ROUTES.md, without the figure pick), as 0-based indexes. */
export const SHTERN_STAR = [3, 3, 2, 2, 3, 4, 3, 2, 4, 2, 1, 1].map((n) => n - 1);
