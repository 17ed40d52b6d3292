/**
 * Undo as a controller command: the run minus its last choice, replayed from
 * its seed, must be exactly the place before that choice — the page, the run
 * record, the meters and the ink state (which holds the random-number state).
 */
import { describe, expect, it } from 'vitest';
import { AppController, type AppOptions } from '../../src/app/controller';
import type { AppEvent } from '../../src/app/events';
import type { SessionSnapshot } from '../../src/narrative/session';
import { fakePorts } from '../helpers/appPorts';
import { realStory } from '../helpers/story';

const clock = { now: () => 1000, date: () => new Date('1938-07-29T06:00:00.000Z') };
const rng = { nextSeed: () => 777 };

function app(options?: AppOptions) {
  const controller = new AppController(fakePorts({ json: realStory().json, clock, rng }).ports, options);
  const events: AppEvent[] = [];
  controller.subscribe((e) => events.push(e));
  return { controller, events };
}

function snapshot(controller: AppController): SessionSnapshot {
  const state = controller.state;
  if (state.kind === 'title') throw new Error('no session');
  return state.session.snapshot();
}

describe('undo', () => {
  it('returns to exactly the place before each choice, back to the start of the run', async () => {
    const { controller, events } = app();
    await controller.newGame('shtern');
    const before: SessionSnapshot[] = [];
    const vars: unknown[] = [];
    for (const n of [3, 1, 2]) {
      before.push(snapshot(controller));
      vars.push(controller.state.kind === 'playing' ? controller.state.session.variables() : null);
      controller.choose(n - 1);
    }
    for (let i = before.length - 1; i >= 0; i--) {
      expect(controller.canUndo()).toBe(true);
      controller.undo();
      expect(snapshot(controller)).toEqual(before[i]);
      const shown = [...events].reverse().find((e) => e.type === 'page');
      expect(shown).toMatchObject({
        type: 'page',
        reason: 'undo',
        page: before[i]!.page,
        run: before[i]!.run,
      });
      expect(shown?.type === 'page' && shown.vars).toEqual(vars[i]);
    }
    expect(controller.canUndo()).toBe(false);
    controller.undo();
    expect(snapshot(controller)).toEqual(before[0]);
  });

  it('takes back the choice that reached an ending', async () => {
    const { controller } = app();
    await controller.newGame('kwantung');
    // The fastest route to KW-E1 (docs/ROUTES.md).
    for (const n of [3, 1, 2, 1]) controller.choose(n - 1);
    const beforeLast = snapshot(controller);
    controller.choose(1);
    expect(controller.state.kind).toBe('ended');
    controller.undo();
    expect(controller.state.kind).toBe('playing');
    expect(snapshot(controller)).toEqual(beforeLast);
  });

  it('does nothing where undo is off (a timed speedrun category)', async () => {
    const { controller } = app({ undoAllowed: false, jumpAllowed: false });
    await controller.newGame('shtern');
    controller.choose(0);
    const here = snapshot(controller);
    expect(controller.canUndo()).toBe(false);
    controller.undo();
    expect(snapshot(controller)).toEqual(here);
  });
});
