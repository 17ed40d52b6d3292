/**
 * The lookahead is exact: a run whose options were worked out ahead (all of
 * them, some of them, or none, as idle time allows, each in pieces a line or
 * a few long, or whole) shows the same pages,
 * records the same run, holds the same variables and saves the same ink state
 * as the same run played live, choice by choice, to its ending; and a save
 * made with it opens to the same place and plays on the same.
 */
import { describe, expect, it } from 'vitest';
import { AppController } from '../../src/app/controller';
import { lookaheadOnEvents } from '../../src/app/lookahead';
import type { AppEvent } from '../../src/app/events';
import { FIGURES } from '../../src/core/figures';
import { endingText } from '../../src/core/page';
import { GameSession } from '../../src/narrative/session';
import { fakePorts } from '../helpers/appPorts';
import { lcg, realStory } from '../helpers/story';

const RUNS = Number(process.env.UW_LOOKAHEAD_RUNS ?? 25);
const story = { json: realStory().json, hash: 'test-hash' };
const startedAt = new Date('1938-07-29T06:00:00.000Z');

/** Everything a player or a save could see of a session, the ink state parsed (its text may order keys freely). */
function seen(session: GameSession) {
  const { run, inkState, page } = session.snapshot();
  return { run, page, ink: JSON.parse(inkState) as unknown, vars: session.variables() };
}

describe('the lookahead gives exactly what playing live gives', () => {
  for (const figure of FIGURES) {
    it(`${figure.name}: ${RUNS} seeded runs to an ending, with and without it`, () => {
      for (let run = 0; run < RUNS; run++) {
        const seed = 1000 + run * 7919;
        const pick = lcg(run * 31 + 7);
        const live = GameSession.start(story, figure.id, seed, startedAt);
        const ahead = GameSession.start(story, figure.id, seed, startedAt);
        let steps = 0;
        while (live.page.choices.length > 0) {
          const n = live.page.choices.length;
          // As much lookahead as the idle time allowed: none, some options, all, or all and back;
          // each piece cut after a line or a few, or run whole (an option half worked out when the
          // choice comes is dropped).
          const more = (): boolean => pick(3) > 0;
          for (let k = pick(3 * n + 6); k > 0 && ahead.lookahead(more); k--);
          const index = pick(n);
          const a = live.choose(index);
          const b = ahead.choose(index);
          expect(b).toEqual(a);
          // Read at once (a save right after the choice) and after the engine caught up.
          expect(seen(ahead)).toEqual(seen(live));
          if (steps % 3 === 0) while (ahead.lookahead());
          expect(seen(ahead)).toEqual(seen(live));
          if (++steps > 300) throw new Error(`run ${run} did not end after 300 choices`);
        }
        expect(ahead.events.ending, `run ${run} ended without an ending`).not.toBeNull();
        expect(ahead.events).toEqual(live.events);
      }
    });
  }

  it('a save made right after a choice taken from the lookahead opens there and plays on the same', () => {
    const live = GameSession.start(story, 'shtern', 4242, startedAt);
    const ahead = GameSession.start(story, 'shtern', 4242, startedAt);
    const pick = lcg(99);
    for (let i = 0; i < 12; i++) {
      while (ahead.lookahead());
      const index = pick(live.page.choices.length);
      live.choose(index);
      ahead.choose(index);
    }
    const opened = GameSession.restore(story, ahead.snapshot());
    for (let i = 0; i < 8 && live.page.choices.length > 0; i++) {
      const index = pick(live.page.choices.length);
      expect(opened.choose(index)).toEqual(live.choose(index));
      expect(seen(opened)).toEqual(seen(live));
    }
  });

  it('works an option out a line at a time when asked to, and gives then what it gives whole', () => {
    const whole = GameSession.start(story, 'kwantung', 11, startedAt);
    const sliced = GameSession.start(story, 'kwantung', 11, startedAt);
    let pieces = 0;
    while (sliced.lookahead(() => false)) pieces++;
    while (whole.lookahead());
    // More pieces than options and the way back: an option's text is many lines.
    expect(pieces).toBeGreaterThan(sliced.page.choices.length + 1);
    expect(seen(sliced)).toEqual(seen(whole));
    expect(sliced.choose(0)).toEqual(whole.choose(0));
    expect(seen(sliced)).toEqual(seen(whole));
  });

  it('works out each option once, then brings the story back and says it is done', () => {
    const session = GameSession.start(story, 'chiang', 7, startedAt);
    const before = seen(session);
    let pieces = 0;
    while (session.lookahead()) pieces++;
    // One piece per option, and one to bring the story back to the page.
    expect(pieces).toBe(session.page.choices.length + 1);
    expect(seen(session)).toEqual(before);
    expect(session.lookahead()).toBe(false);
  });
});

describe('the controller with the lookahead', () => {
  /** A controller, its events and saves; `eager`: works ahead to the end before every command. */
  function app(eager: boolean) {
    let seed = 500;
    const clock = { now: () => 1000, date: () => startedAt };
    const { ports, saves } = fakePorts({ json: story.json, clock, rng: { nextSeed: () => seed++ } });
    const controller = new AppController(ports);
    const events: AppEvent[] = [];
    controller.subscribe((e) => events.push(e));
    const ahead = (): void => {
      if (eager) while (controller.lookahead());
    };
    return { controller, events, saves, ahead };
  }

  it('undo, slots, a reloaded story and a new game after it show and save what they do without it', async () => {
    const runs = [app(false), app(true)];
    for (const { controller, ahead } of runs) {
      await controller.newGame('kwantung');
      for (const n of [1, 2, 1, 3]) {
        ahead();
        controller.choose(n - 1);
      }
      ahead();
      controller.undo();
      ahead();
      controller.choose(1);
      await controller.saveToSlot('1');
      ahead();
      controller.choose(0);
      ahead();
      await controller.loadSlot('1');
      ahead();
      controller.choose(0);
      ahead();
      controller.replaceStory('kwantung', { json: story.json, hash: 'reloaded' });
      ahead();
      controller.choose(1);
      ahead();
      await controller.newGame('shtern');
      ahead();
      controller.choose(0);
    }
    const [live, eager] = runs;
    // The same, but for the pages and endings it told ahead (`pageAhead`, `endingAhead`: see the next test).
    const played = (events: AppEvent[]) => events.filter((e) => e.type !== 'pageAhead' && e.type !== 'endingAhead');
    expect(eager!.events.some((e) => e.type === 'pageAhead')).toBe(true);
    expect(played(eager!.events)).toEqual(live!.events);
    expect(eager!.events.filter((e) => e.type === 'page').length).toBeGreaterThan(10);
    expect(eager!.saves.read('1')).toEqual(live!.saves.read('1'));
    const state = (c: AppController) => (c.state.kind === 'title' ? null : c.state.session.snapshot());
    expect(state(eager!.controller)).toEqual(state(live!.controller));
  });
});

describe('the pages and endings told ahead', () => {
  for (const figure of FIGURES) {
    it(`${figure.name}: each option's, once, is the very page or ending taking it shows`, async () => {
      const clock = { now: () => 1000, date: () => startedAt };
      const { ports } = fakePorts({ json: story.json, clock, rng: { nextSeed: () => 77 } });
      const controller = new AppController(ports);
      let told: { option: number; page?: unknown; ending?: unknown }[] = [];
      controller.subscribe((e) => {
        if (e.type === 'pageAhead') told.push({ option: e.option, page: e.page });
        if (e.type === 'endingAhead') {
          const { type: _, option, ...ending } = e;
          told.push({ option, ending });
        }
      });
      await controller.newGame(figure.id);
      const pick = lcg(figure.id.length);
      let pages = 0;
      let endingsAhead = 0;
      while (controller.state.kind === 'playing') {
        const session = controller.state.session;
        told = [];
        while (controller.lookahead());
        // What each option gives, taken on a copy of the run, live: its page, or its ending with the
        // run and variables it ends on, and its aftermath and epilogue.
        const expected = session.page.choices.map((_, option) => {
          const copy = GameSession.restore(story, session.snapshot());
          const { page, events } = copy.choose(option);
          if (!events.ending) return { option, page };
          endingsAhead++;
          return {
            option,
            ending: { id: events.ending, run: copy.run, vars: copy.variables(), ...endingText(page) },
          };
        });
        expect(told).toEqual(expected);
        const option = pick(session.page.choices.length);
        const shown: unknown[] = [];
        const stop = controller.subscribe((e) => {
          if (e.type === 'page') shown.push({ page: e.page });
          if (e.type === 'ending') {
            const { type: _, ...ending } = e;
            shown.push({ ending });
          }
        });
        controller.choose(option);
        stop();
        // The page or the ending the choice shows is the one told, aftermath and epilogue included.
        const { option: _, ...toldForIt } = told.find((t) => t.option === option)!;
        expect(shown).toEqual([toldForIt]);
        // An ending's run is the very record told (the screens know the ending they prepared by it).
        if (toldForIt.ending)
          expect((shown[0] as { ending: { run: unknown } }).ending.run).toBe(
            (toldForIt.ending as { run: unknown }).run,
          );
        if (controller.state.kind === 'playing') pages++;
      }
      expect(pages).toBeGreaterThan(5);
      expect(endingsAhead).toBeGreaterThan(0);
    });
  }
});

describe('the lookahead, driven after each page', () => {
  it('works every option out in tasks after the paint, starts again on the next page, and stops', async () => {
    const clock = { now: () => 1000, date: () => startedAt };
    const { ports } = fakePorts({ json: story.json, clock, rng: { nextSeed: () => 3 } });
    const controller = new AppController(ports);
    // The first task waits for the page's paint; the rest do not wait for a frame each (lookahead.ts).
    const queued: { task: () => void; afterPaint: boolean }[] = [];
    lookaheadOnEvents(
      controller,
      (task) => queued.push({ task, afterPaint: true }),
      (task) => queued.push({ task, afterPaint: false }),
    );
    const runQueue = (): boolean[] => {
      const ran: boolean[] = [];
      for (let next = queued.shift(); next; next = queued.shift()) {
        next.task();
        ran.push(next.afterPaint);
      }
      return ran;
    };
    await controller.newGame('shtern');
    const offered = (): number => (controller.state.kind === 'playing' ? controller.state.session.page.choices.length : 0);
    // One task per option, one to bring the story back, and one that finds nothing left: the first after the paint.
    const tasks = (): boolean[] => [true, ...Array<boolean>(offered() + 1).fill(false)];
    expect(runQueue()).toEqual(tasks());
    expect(controller.lookahead()).toBe(false);
    controller.choose(0);
    expect(queued.length).toBe(1);
    // The next page's options, from the state the chosen option's outcome left.
    expect(runQueue()).toEqual(tasks());
    expect(controller.lookahead()).toBe(false);
  });
});
