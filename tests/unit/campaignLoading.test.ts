/**
 * The controller loads what a campaign needs only when it is needed: the title
 * asks for no story and no saves; a figure's story is fetched once, when that
 * figure is chosen or prefetched; a save records its campaign's story hash,
 * and a save from before (the whole story's hash) still opens, by replay.
 */
import { describe, expect, it, vi } from 'vitest';
import { AppController, type AppPorts } from '../../src/app/controller';
import type { AppEvent } from '../../src/app/events';
import { lazy } from '../../src/app/lazy';
import type { FigureId } from '../../src/core/figures';
import type { Rng, StorySource } from '../../src/core/ports';
import { SeededRng } from '../../src/app/speedrun/seededRng';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { peekAutosave } from '../../src/persistence/autosavePeek';
import { SaveStore } from '../../src/persistence/saveStore';
import { slotKey } from '../../src/persistence/slotKeys';
import { compileCampaign } from '../../tools/ink/campaigns';
import { realStory } from '../helpers/story';

const clock = { now: () => 1000, date: () => new Date('1938-07-29T06:00:00.000Z') };
const rng = { nextSeed: () => 31 };
const campaigns = new Map<FigureId, StorySource>();
const campaign = (figure: FigureId): StorySource => {
  if (!campaigns.has(figure))
    campaigns.set(figure, { json: compileCampaign('story/main.ink', figure).json!, hash: `${figure}-hash` });
  return campaigns.get(figure)!;
};

/** Ports that record what was loaded; `gate` holds a story back until released. */
function app(storage = new MemoryStorage(), gate?: Promise<void>, seeds: Rng = rng) {
  const asked: string[] = [];
  const ports: AppPorts = {
    stories: async (figure) => {
      asked.push(figure);
      await gate;
      return campaign(figure);
    },
    saves: lazy(async () => {
      asked.push('saves');
      return new SaveStore(storage, clock);
    }),
    peekAutosave: () => peekAutosave(storage),
    clock,
    rng: seeds,
  };
  const controller = new AppController(ports);
  const events: AppEvent[] = [];
  controller.subscribe((e) => events.push(e));
  return { controller, asked, events, storage };
}

describe('loading a campaign', () => {
  it('shows the title without loading a story or the saves, then loads only the chosen campaign', async () => {
    const { controller, asked, events } = app();
    controller.toTitle();
    expect(asked).toEqual([]);
    await controller.newGame('chiang');
    expect(asked).toEqual(['chiang']);
    const page = events.find((e) => e.type === 'page');
    expect(page).toMatchObject({ reason: 'start', run: { figure: 'chiang', storyHash: 'chiang-hash' } });
  });

  it('fetches a prefetched campaign once, and starts it from there', async () => {
    const { controller, asked } = app();
    controller.prefetch('kwantung');
    controller.prefetch('kwantung');
    await controller.newGame('kwantung');
    expect(asked).toEqual(['kwantung']);
    // The story parsed ahead plays exactly as one parsed at Begin.
    const cold = app();
    await cold.controller.newGame('kwantung');
    const page = (c: AppController) => (c.state.kind === 'playing' ? c.state.session.snapshot() : null);
    expect(page(controller)).toEqual(page(cold.controller));
    controller.choose(1);
    cold.controller.choose(1);
    expect(page(controller)).toEqual(page(cold.controller));
  });

  it('starts a prefetched figure ahead on the seed its new game takes, and a seed fixed since still wins', async () => {
    const snapshot = (c: AppController) => (c.state.kind === 'playing' ? c.state.session.snapshot() : null);
    const cold = async (seed: number) => {
      const fresh = app(new MemoryStorage(), undefined, { nextSeed: () => seed });
      await fresh.controller.newGame('kwantung');
      return fresh.controller;
    };
    let draws = 0;
    const seeds = new SeededRng({ nextSeed: () => 1000 + ++draws });
    const ahead = app(new MemoryStorage(), undefined, seeds);
    ahead.controller.prefetch('kwantung');
    // The prefetch loads the story and starts it on the seed it draws.
    await vi.waitFor(() => expect(draws).toBe(1), { timeout: 30_000 });
    await ahead.controller.newGame('kwantung');
    expect(draws).toBe(1);
    expect(snapshot(ahead.controller)).toMatchObject({ run: { seed: 1001 } });
    expect(snapshot(ahead.controller)).toEqual(snapshot(await cold(1001)));

    // A speedrun fixes its seed after the prefetch: the game starts on the fixed seed.
    const fixed = app(new MemoryStorage(), undefined, seeds);
    fixed.controller.prefetch('kwantung');
    await vi.waitFor(() => expect(draws).toBe(2), { timeout: 30_000 });
    seeds.fix(77);
    await fixed.controller.newGame('kwantung');
    expect(snapshot(fixed.controller)).toMatchObject({ run: { seed: 77 } });
    expect(snapshot(fixed.controller)).toEqual(snapshot(await cold(77)));
  });

  it('prefetches only in quiet moments, and Begin before them does the work itself', async () => {
    let draws = 0;
    const quiet: (() => void)[] = [];
    const { controller, asked } = app(
      new MemoryStorage(),
      undefined,
      new SeededRng({ nextSeed: () => 500 + ++draws }),
    );
    (controller as unknown as { ports: AppPorts }).ports.whenQuiet = (task) => quiet.push(task);
    controller.prefetch('shtern');
    // Nothing is fetched until the page is quiet: then the story and the engine load…
    expect(asked).toEqual([]);
    quiet.shift()!();
    expect(asked).toEqual(['shtern']);
    // …and starting the story ahead waits for another quiet moment.
    await vi.waitFor(() => expect(quiet).toHaveLength(1), { timeout: 30_000 });
    expect(draws).toBe(0);
    // The player pressed Begin before it came: the game starts all the same.
    await controller.newGame('shtern');
    const seedOf = () =>
      controller.state.kind === 'playing' ? controller.state.session.snapshot().run.seed : null;
    expect(seedOf()).toBe(501);
    // The quiet moment comes later: a spare is started ahead on the next new game's seed, which that game takes.
    quiet.shift()!();
    expect(draws).toBe(2);
    await controller.newGame('shtern');
    expect(seedOf()).toBe(502);
    expect(draws).toBe(2);
    expect(asked).toEqual(['shtern']);
  });

  it('shows nothing of a campaign the player left while it loaded', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { controller, events } = app(new MemoryStorage(), gate);
    const starting = controller.newGame('shtern');
    controller.toTitle();
    release();
    await starting;
    expect(controller.state.kind).toBe('title');
    expect(events.some((e) => e.type === 'page')).toBe(false);
  });

  it("fetches a prefetched story without waiting for what a run's first page waits for", async () => {
    let release = (): void => undefined;
    const lateFeatures = new Promise<void>((r) => (release = r));
    const { controller, asked, events } = app();
    const ports = (controller as unknown as { ports: AppPorts }).ports;
    ports.beforeRun = () => lateFeatures;
    controller.prefetch('chiang');
    await Promise.resolve();
    expect(asked).toEqual(['chiang']);
    // Begin: the first page is not shown before the late subscribers are in place.
    const starting = controller.newGame('chiang');
    await new Promise((r) => setTimeout(r, 10));
    expect(events.some((e) => e.type === 'page')).toBe(false);
    release();
    await starting;
    expect(events.find((e) => e.type === 'page')).toMatchObject({
      reason: 'start',
      run: { figure: 'chiang' },
    });
  });

  it('tells the player when a story cannot be loaded, and loads it on the next try', async () => {
    const storage = new MemoryStorage();
    let fail = true;
    const { controller, events } = app(storage);
    const ports = (controller as unknown as { ports: AppPorts }).ports;
    const real = ports.stories;
    ports.stories = (figure) => (fail ? Promise.reject(new Error('offline')) : real(figure));
    await controller.newGame('shtern');
    expect(controller.state.kind).toBe('title');
    expect(events.at(-1)).toMatchObject({
      type: 'notice',
      level: 'error',
      message: expect.stringContaining('offline'),
    });
    fail = false;
    await controller.newGame('shtern');
    expect(controller.state.kind).toBe('playing');
  });

  it('continues a save made on the whole story before campaigns had their own: by replay, to the same page', async () => {
    // A run played and saved as the game did before: one story, its hash in the save.
    const before = app();
    const whole = { json: realStory().json, hash: 'whole-story-hash' };
    (before.controller as unknown as { ports: AppPorts }).ports.stories = () => Promise.resolve(whole);
    await before.controller.newGame('shtern');
    for (const n of [2, 0, 1]) before.controller.choose(n);
    const state = before.controller.state;
    if (state.kind !== 'playing') throw new Error('not playing');
    const saves = new SaveStore(before.storage, clock);
    saves.write('auto', state.session.snapshot());
    expect(saves.read('auto')).toMatchObject({
      kind: 'ok',
      save: { run: { storyHash: 'whole-story-hash' } },
    });

    const now = app(before.storage);
    now.controller.toTitle();
    expect(now.events[0]).toMatchObject({
      type: 'title',
      saved: { figure: 'shtern', chapter: state.session.page.chapter },
    });
    expect(now.asked).toEqual([]);
    await now.controller.continueSaved();
    expect(now.asked).toEqual(['saves', 'shtern']);
    expect(now.events.find((e) => e.type === 'page')).toMatchObject({
      reason: 'replay',
      page: { lines: state.session.page.lines, choices: state.session.page.choices },
    });
    expect(now.events.some((e) => e.type === 'notice' && e.message.includes('replayed'))).toBe(true);
    // From here the run belongs to the campaign's story, and its next save says so.
    const resumed = now.controller.state;
    expect(resumed.kind === 'playing' && resumed.session.snapshot().run.storyHash).toBe('shtern-hash');
  });

  it('warns at the title of an autosave that is not a save, without loading the saves', () => {
    const storage = new MemoryStorage();
    storage.set(slotKey('auto'), '{"format":"undeclared-war-save","version":2');
    const { controller, asked, events } = app(storage);
    controller.toTitle();
    expect(events).toEqual([
      { type: 'notice', level: 'warning', message: expect.stringContaining('autosave is damaged') },
      { type: 'title', saved: null },
    ]);
    expect(asked).toEqual([]);
  });
});
