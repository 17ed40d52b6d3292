/**
 * The player's collection, grown from a real run: the codex entries a run's
 * text showed are written after the paint (not in the choice's frame), and an
 * ending is recorded at once, before the ending screen lists the collection.
 */
import { describe, expect, it } from 'vitest';
import { collectOnEvents } from '../../src/app/collection';
import { AppController } from '../../src/app/controller';
import { Profile } from '../../src/persistence/collection';
import { fakePorts } from '../helpers/appPorts';
import { realStory } from '../helpers/story';

const clock = { now: () => 1000, date: () => new Date('1938-07-29T06:00:00.000Z') };
const rng = { nextSeed: () => 4242 };

describe('the collection, on the app events', () => {
  it('unlocks codex entries after the paint and records an ending at once', async () => {
    const { ports, storage } = fakePorts({ json: realStory().json, clock, rng });
    const app = new AppController(ports);
    const profile = new Profile(storage);
    const afterPaint: (() => void)[] = [];
    collectOnEvents(app, profile, (task) => afterPaint.push(task));
    const codexShown: string[] = [];
    let endingListed: string[] | null = null;
    app.subscribe((e) => {
      if (e.type === 'codex') codexShown.push(...e.ids);
      // What the ending screen lists, read as it draws.
      if (e.type === 'ending') endingListed = profile.endingsReached();
    });

    await app.newGame('kwantung');
    // The fastest route to KW-E1 (docs/ROUTES.md), after the figure pick, up to its last choice.
    for (const n of [3, 1, 2, 1]) app.choose(n - 1);
    expect(codexShown.length).toBeGreaterThan(0);
    // Shown on the pages, not yet written: that waits for the paint.
    expect(profile.codexUnlocked()).toEqual([]);
    for (const task of afterPaint.splice(0)) task();
    expect(profile.codexUnlocked().sort()).toEqual([...new Set(codexShown)].sort());

    app.choose(1);
    expect(app.state).toMatchObject({ kind: 'ended', ending: 'KW-E1' });
    expect(endingListed).toEqual(['KW-E1']);
  });
});
