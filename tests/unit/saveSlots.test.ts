/** Save slots as controller commands: save, load, overwrite, delete, export and import. */
import { describe, expect, it } from 'vitest';
import { autosaveOnEvents } from '../../src/app/autosave';
import { AppController } from '../../src/app/controller';
import { ready } from '../../src/app/lazy';
import type { AppEvent } from '../../src/app/events';
import type { SessionSnapshot } from '../../src/narrative/session';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { fakePorts } from '../helpers/appPorts';
import { realStory } from '../helpers/story';

const clock = { now: () => 1000, date: () => new Date('1938-07-29T06:00:00.000Z') };

function app(storage = new MemoryStorage(), hash = 'h') {
  const { ports, saves } = fakePorts({
    json: realStory().json,
    hash,
    clock,
    rng: { nextSeed: () => 99 },
    storage,
  });
  const controller = new AppController(ports);
  const events: AppEvent[] = [];
  controller.subscribe((e) => events.push(e));
  return { controller, saves, events, storage };
}

function snapshot(controller: AppController): SessionSnapshot {
  const state = controller.state;
  if (state.kind === 'title') throw new Error('no session');
  return state.session.snapshot();
}

describe('save slots', () => {
  it('saves to slot 3, plays on, and loads slot 3 back to the same place', async () => {
    const { controller, saves } = app();
    autosaveOnEvents(controller, ready(saves), (task) => task());
    await controller.newGame('shtern');
    controller.choose(2);
    const saved = snapshot(controller);
    await controller.saveToSlot('3');
    controller.choose(0);
    controller.choose(1);
    expect(snapshot(controller).run.choices.length).toBe(3);
    await controller.loadSlot('3');
    expect(snapshot(controller)).toEqual(saved);
    // The loaded run is now the one Continue resumes.
    const auto = saves.read('auto');
    expect(auto.kind === 'ok' && auto.save.run).toEqual(saved.run);
  });

  it('lists each slot with figure, chapter, date, three key meters and when it was saved', async () => {
    const { controller } = app();
    expect((await controller.slots()).map((s) => `${s.slot}:${s.kind}`)).toEqual([
      '1:empty',
      '2:empty',
      '3:empty',
      '4:empty',
      '5:empty',
      '6:empty',
      'auto:empty',
    ]);
    await controller.newGame('chiang');
    controller.choose(0);
    await controller.saveToSlot('2');
    const page = snapshot(controller).page;
    expect((await controller.slots())[1]).toEqual({
      slot: '2',
      kind: 'saved',
      figure: 'chiang',
      chapterTitle: page.chapterTitle,
      date: page.date,
      meters: [
        expect.objectContaining({ id: 'stalin', label: expect.any(String), value: expect.any(Number) }),
        expect.objectContaining({ id: 'unity' }),
        expect.objectContaining({ id: 'autonomy' }),
      ],
      savedAt: '1938-07-29T06:00:00.000Z',
    });
  });

  it('overwrites and deletes a slot', async () => {
    const { controller } = app();
    await controller.newGame('shtern');
    await controller.saveToSlot('1');
    controller.choose(0);
    await controller.saveToSlot('1');
    await controller.loadSlot('1');
    expect(snapshot(controller).run.choices.length).toBe(1);
    await controller.deleteSlot('1');
    expect((await controller.slots())[0]).toEqual({ slot: '1', kind: 'empty' });
  });

  it('exports one slot or all slots, and imports them into another browser', async () => {
    const first = app();
    await first.controller.newGame('kwantung');
    await first.controller.saveToSlot('1');
    first.controller.choose(0);
    await first.controller.saveToSlot('4');
    const one = await first.controller.exportSlot('4');
    const all = await first.controller.exportAllSlots();

    const second = app();
    await second.controller.importSlots(one!.text, '5');
    expect((await second.controller.slots())[4]).toEqual({
      ...(await first.controller.slots())[3],
      slot: '5',
    });
    await second.controller.importSlots(all.text, '1');
    expect((await second.controller.slots()).slice(0, 4)).toEqual(
      (await first.controller.slots()).slice(0, 4),
    );

    await second.controller.importSlots(
      '{"format":"undeclared-war-slots","slots":{"2":{"format":"nope"}}}',
      '1',
    );
    expect(second.events.at(-1)).toMatchObject({
      type: 'notice',
      level: 'error',
      message: expect.stringContaining('Slot 2'),
    });
    expect((await second.controller.slots())[1]).toEqual({ slot: '2', kind: 'empty' });
  });

  it('opens a slot saved by an older story version by replaying its choices', async () => {
    const old = app(undefined, 'older-story');
    await old.controller.newGame('shtern');
    old.controller.choose(2);
    old.controller.choose(0);
    await old.controller.saveToSlot('3');
    const saved = snapshot(old.controller);

    const now = app(old.storage, 'newer-story');
    await now.controller.loadSlot('3');
    expect(now.events.find((e) => e.type === 'page')).toMatchObject({ reason: 'replay', page: saved.page });
    expect(now.events.some((e) => e.type === 'notice' && e.message.includes('replayed'))).toBe(true);
  });
});
