/**
 * The flowchart's jump and Practice, through the app controller with fakes
 * (memory storage, a fixed seed, a clock the test moves, work "after paint"
 * done at once), on the real story: a jump returns to a decision exactly as it
 * was first reached, by its stored state or by replay; a mode that forbids
 * jumping refuses; Practice times chapter-to-chapter segments.
 */
import { describe, expect, it } from 'vitest';
import { AppController, type AppOptions } from '../../src/app/controller';
import type { AppEvent } from '../../src/app/events';
import { FlowchartService } from '../../src/app/flowchart';
import { Practice } from '../../src/app/practice';
import type { SessionSnapshot } from '../../src/narrative/session';
import { DecisionStore } from '../../src/persistence/decisionStore';
import { fakePorts } from '../helpers/appPorts';
import { realStory } from '../helpers/story';

function setup(options?: AppOptions) {
  let now = 1000;
  const clock = { now: () => now, date: () => new Date('1938-07-29T06:00:00.000Z') };
  let seed = 4242;
  const rng = { nextSeed: () => seed++ };
  const { ports, storage } = fakePorts({ json: realStory().json, hash: 'h1', clock, rng });
  const app = new AppController(ports, options);
  const store = new DecisionStore(storage);
  // The test story serves every campaign, all on story version h1.
  const flow = new FlowchartService(app, store, () => 'h1');
  flow.record((task) => task());
  const practice = new Practice(app, flow, clock);
  const events: AppEvent[] = [];
  app.subscribe((e) => events.push(e));
  const advance = (ms: number): void => void (now += ms);
  return { app, flow, practice, store, storage, events, advance };
}

function snapshot(app: AppController): SessionSnapshot {
  if (app.state.kind === 'title') throw new Error('no session');
  return app.state.session.snapshot();
}

describe('flowchart jump', () => {
  it('returns to the first decision exactly as first reached, told as a jump', async () => {
    const { app, flow, events } = setup();
    await app.newGame('shtern');
    const first = snapshot(app);
    const firstVars = app.state.kind === 'playing' ? app.state.session.variables() : null;
    app.choose(2);
    app.choose(0);
    const chart = flow.current()!.chart;
    expect(chart.run.map((d) => d.chapter)).toEqual(['SH-1', 'SH-2', 'SH-3']);
    expect(chart.run[0]?.options.filter((o) => o.takenThisRun).map((o) => o.text)).toEqual([
      first.page.choices[2],
    ]);

    events.length = 0;
    await flow.jump('shtern', chart.run[0]!.key!);
    expect(events[0]).toMatchObject({ type: 'page', reason: 'jump', page: first.page, run: first.run });
    expect(snapshot(app)).toEqual(first);
    expect(app.state.kind === 'playing' && app.state.session.variables()).toEqual(firstVars);
    // The map and the music are set as the page left them.
    expect(events.filter((e) => e.type === 'cue').length).toBeGreaterThan(0);
    // Play goes on from there, and the flowchart keeps both options taken.
    app.choose(1);
    const again = flow.current()!.chart.run[0]!.options;
    expect(again.map((o) => [o.takenThisRun, o.takenEver])).toEqual([
      [false, false],
      [true, true],
      [false, true],
      ...again.slice(3).map(() => [false, false]),
    ]);
  });

  it('returns to a decision from an earlier run with that run’s seed and state', async () => {
    const { app, flow } = setup();
    await app.newGame('chiang');
    app.choose(0);
    const second = snapshot(app);
    app.toTitle();
    await app.newGame('chiang');
    expect(snapshot(app).run.seed).not.toBe(second.run.seed);
    const key = flow
      .of('chiang')
      .chapters.flatMap((c) => c.decisions)
      .find((d) => d.depth === 1)!.key!;
    await flow.jump('chiang', key);
    expect(snapshot(app)).toEqual(second);
  });

  it('replays to a decision whose state was not stored, to the same exact place', async () => {
    const { app, flow, store } = setup();
    await app.newGame('kwantung');
    app.choose(0);
    app.choose(1);
    const third = snapshot(app);
    // Forget the stored states, as past the bound (MAX_STORED_STATES in core) or damaged.
    const graph = store.graph('h1', 'kwantung');
    for (const node of Object.values(graph.nodes)) node.stored = false;
    store.saveGraph('h1', 'kwantung', graph);
    app.choose(0);
    await flow.jump('kwantung', '0.1');
    expect(snapshot(app)).toEqual(third);
  });

  it('is refused where jumping is forbidden (a timed speedrun): same place, a notice', async () => {
    const { app, flow, events } = setup({ undoAllowed: false, jumpAllowed: false });
    await app.newGame('shtern');
    app.choose(0);
    const here = snapshot(app);
    expect(app.canJump()).toBe(false);
    events.length = 0;
    await flow.jump('shtern', '');
    expect(snapshot(app)).toEqual(here);
    expect(events).toEqual([
      { type: 'notice', level: 'error', message: 'Jumping to a decision is not allowed in this mode.' },
    ]);
  });

  it('refuses a decision of another story version', async () => {
    const { app, events } = setup();
    await app.newGame('shtern');
    const state = { ...snapshot(app), run: { ...snapshot(app).run, storyHash: 'older' } };
    app.choose(0);
    events.length = 0;
    await app.jumpTo({ kind: 'state', state });
    expect(events.map((e) => e.type)).toEqual(['notice']);
    expect(snapshot(app).run.choices).toHaveLength(1);
  });

  it('keeps only the current story version’s decisions in storage', async () => {
    const { app, store, storage } = setup();
    await app.newGame('shtern');
    expect(storage.get('uw.flow.h1.shtern.SH-1@')).not.toBeNull();
    store.saveGraph('h0', 'shtern', store.graph('h1', 'shtern'));
    expect(store.graph('h0', 'shtern').nodes['']).toBeDefined();
    expect(store.graph('h1', 'shtern').nodes['']).toBeUndefined();
    expect(storage.get('uw.flow.h1.shtern.SH-1@')).toBeNull();
  });
});

describe('practice', () => {
  it('times segments from chapter to chapter, starting at the decision practised from', async () => {
    const { app, flow, practice, advance } = setup();
    await app.newGame('shtern');
    app.choose(0);
    app.toTitle();
    const shown: (string[] | null)[] = [];
    practice.subscribe((t) =>
      shown.push(t ? t.done.map((s) => `${s.from}→${s.to} ${s.ms}${s.best ? ' best' : ''}`) : null),
    );
    await practice.from('shtern', '');
    expect(practice.active).toBe(true);
    advance(12_345);
    app.choose(1);
    advance(2_000);
    app.choose(0);
    expect(shown.at(-1)).toEqual(['SH-1→SH-2 12345 best', 'SH-2→SH-3 2000 best']);
    // Back to the start of SH-1 from the flowchart: a slower try is not the best.
    await flow.jump('shtern', '');
    advance(20_000);
    app.choose(1);
    expect(shown.at(-1)?.at(-1)).toBe('SH-1→SH-2 20000');
    // The title ends practice.
    app.toTitle();
    expect(practice.active).toBe(false);
    expect(shown.at(-1)).toBeNull();
  });

  it('does not start where the jump is refused', async () => {
    const { app, practice } = setup({ undoAllowed: false, jumpAllowed: false });
    await app.newGame('shtern');
    await practice.from('shtern', '');
    expect(practice.active).toBe(false);
  });
});
