/**
 * The bad-input suite for save files, through the controller as the import
 * control drives it: every hostile file (tests/helpers/hostileSaves.ts) is
 * refused with a message a player can act on, or opened by replaying its run;
 * the autosave and every slot stay as they were; nothing leaks into
 * Object.prototype. The same files as slot bundles are refused whole.
 */
import { describe, expect, it } from 'vitest';
import { autosaveOnEvents } from '../../src/app/autosave';
import { AppController } from '../../src/app/controller';
import type { AppEvent } from '../../src/app/events';
import { createGameRunner } from '../../src/narrative/gameStory';
import { MemoryStorage } from '../../src/persistence/browserStorage';
import { AUTOSAVE_SLOT, MANUAL_SLOTS, previousKey, slotKey } from '../../src/persistence/saveStore';
import { SLOT_BUNDLE_FORMAT } from '../../src/persistence/slotBundle';
import { compileInkFile } from '../../tools/ink/compile';
import { fakePorts } from '../helpers/appPorts';
import { hostileSaves } from '../helpers/hostileSaves';
import { realStory } from '../helpers/story';

const clock = { now: () => 1000, date: () => new Date('1938-07-29T06:00:00.000Z') };
const HASH = 'this-story';

/** A player mid-run: an autosave, slots 1 and 2 filled, at the title screen. */
async function player() {
  const storage = new MemoryStorage();
  const make = () => {
    const { ports } = fakePorts({
      json: realStory().json,
      hash: HASH,
      clock,
      rng: { nextSeed: () => 5 },
      storage,
    });
    const app = new AppController(ports);
    autosaveOnEvents(app, ports.saves, (task) => task());
    return app;
  };
  const setup = make();
  await setup.newGame('chiang');
  setup.choose(0);
  await setup.saveToSlot('1');
  setup.choose(1);
  await setup.saveToSlot('2');
  setup.choose(0);
  const app = make();
  const events: AppEvent[] = [];
  app.subscribe((e) => events.push(e));
  app.toTitle();
  events.length = 0;
  const keys = [...MANUAL_SLOTS, AUTOSAVE_SLOT].flatMap((s) => [slotKey(s), previousKey(s)]);
  const stored = () => Object.fromEntries(keys.map((k) => [k, storage.get(k)]));
  return { app, events, stored, storage };
}

/** A real save of Shtern three choices in, exported as the Menu exports it. */
async function validSave(): Promise<string> {
  const { ports } = fakePorts({ json: realStory().json, hash: HASH, clock, rng: { nextSeed: () => 11 } });
  const app = new AppController(ports);
  await app.newGame('shtern');
  for (const i of [1, 0, 2]) app.choose(i);
  return (await app.exportSave())!.text;
}

function otherStoryState(): string {
  const runner = createGameRunner(compileInkFile('tests/fixtures/ink/fuzz-planted/main.ink').json!);
  runner.start(3, 'shtern_start');
  runner.choose(0);
  return runner.saveState();
}

const valid = await validSave();
const cases = hostileSaves(valid, otherStoryState());
const page = (app: AppController) => (app.state.kind === 'playing' ? app.state.session.page : null);
const notices = (events: AppEvent[]) => events.filter((e) => e.type === 'notice');

describe('hostile save files, imported on the title screen', () => {
  it('are at least 25, each a different way to go wrong', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const hostile of cases)
    it(`${hostile.name}: ${'refused' in hostile.expect ? 'refused' : `opened ${hostile.expect.opened}`}, and no save is lost`, async () => {
      const { app, events, stored } = await player();
      const before = stored();
      await app.importSave(hostile.text);
      expect(events.filter((e) => e.type === 'storyError' || e.type === 'saveFailed')).toEqual([]);
      expect(Object.prototype).not.toHaveProperty('polluted');
      if ('refused' in hostile.expect) {
        expect(app.state.kind).toBe('title');
        expect(notices(events)).toEqual([
          { type: 'notice', level: 'error', message: expect.stringMatching(hostile.expect.refused) },
        ]);
        const message =
          notices(events)[0]!.type === 'notice' ? (notices(events)[0] as { message: string }).message : '';
        // A sentence for a person: short, no engine's words.
        expect(message.length).toBeLessThan(200);
        expect(message).not.toMatch(/undefined|\[object|TypeError|SyntaxError|stack/);
        expect(stored()).toEqual(before);
        return;
      }
      // Opened: at a page with choices, the run of the file; the manual slots untouched, the
      // autosave now this run, with the run it replaced kept as the previous save.
      expect(page(app)?.choices.length).toBeGreaterThan(0);
      const shown = events.find((e) => e.type === 'page');
      expect(shown?.type === 'page' && shown.reason).toBe(
        hostile.expect.opened === 'exactly' ? 'load' : 'replay',
      );
      if (hostile.expect.opened === 'by replay')
        expect(notices(events)).toEqual([
          { type: 'notice', level: 'info', message: expect.stringMatching(/story has been updated/) },
        ]);
      else expect(notices(events)).toEqual([]);
      const after = stored();
      for (const slot of MANUAL_SLOTS) expect(after[slotKey(slot)]).toBe(before[slotKey(slot)]);
      expect(after[previousKey(AUTOSAVE_SLOT)]).toBe(before[slotKey(AUTOSAVE_SLOT)]);
      expect(after[slotKey(AUTOSAVE_SLOT)]).toContain('"figure":"shtern"');
    });

  it('replays a run whose ink state is foreign to the same place as the genuine save', async () => {
    const genuine = await player();
    await genuine.app.importSave(valid);
    const foreign = await player();
    await foreign.app.importSave(cases.find((c) => c.name === 'an ink state from another story')!.text);
    expect(page(foreign.app)?.lines).toEqual(page(genuine.app)?.lines);
    expect(page(foreign.app)?.choices).toEqual(page(genuine.app)?.choices);
    const vars = (app: AppController) =>
      app.state.kind === 'playing' ? app.state.session.variables() : null;
    expect(vars(foreign.app)).toEqual(vars(genuine.app));
  });

  it('stops at the last valid point when the run’s choices no longer exist, and says so', async () => {
    const { app, events } = await player();
    await app.importSave(
      cases.find((c) => c.name.startsWith('a run from an older story whose choices no longer'))!.text,
    );
    expect(notices(events)).toEqual([
      { type: 'notice', level: 'info', message: expect.stringContaining('0 of your 3 choices still exist') },
    ]);
    expect(page(app)?.chapter).toBe('SH-1');
  });

  it('refused in the middle of a run, leave the page as it was', async () => {
    const { app, events } = await player();
    await app.continueSaved();
    const before = page(app);
    events.length = 0;
    await app.importSave(cases.find((c) => c.name === 'a save cut off halfway')!.text);
    expect(page(app)).toBe(before);
    expect(events).toEqual([{ type: 'notice', level: 'error', message: expect.stringContaining('cut off') }]);
  });
});

describe('a save whose run the story can no longer replay', () => {
  it('is refused with a message when a replayed choice makes the story throw, and the title stays', async () => {
    const json = compileInkFile('tests/fixtures/ink/runtime-error/main.ink').json!;
    const { ports } = fakePorts({ json, hash: 'new', clock, rng: { nextSeed: () => 1 } });
    const app = new AppController(ports);
    await app.newGame('shtern');
    const file = JSON.parse((await app.exportSave())!.text) as {
      run: { storyHash: string; choices: unknown[] };
    };
    // Saved under an older story, where this choice went on: in this one it throws.
    file.run.storyHash = 'old';
    file.run.choices = [
      { index: 0, text: 'Draw from a number as if it were a list', chapter: 'SH-1', meters: {} },
    ];
    app.toTitle();
    const events: AppEvent[] = [];
    app.subscribe((e) => events.push(e));
    await app.importSave(JSON.stringify(file));
    expect(app.state.kind).toBe('title');
    expect(events).toEqual([
      {
        type: 'notice',
        level: 'error',
        message: expect.stringMatching(
          /^This save could not be opened: the story failed while replaying its choices/,
        ),
      },
    ]);
  });
});

describe('hostile files of all slots', () => {
  const bundle = (slots: string) => `{"format":"${SLOT_BUNDLE_FORMAT}","version":1,"slots":${slots}}`;
  const refusals: [string, string, RegExp][] = [
    [
      'a damaged save in one slot',
      bundle(`{"1":${valid},"2":{"format":"undeclared-war-save"}}`),
      /^Slot 2: This save is damaged/,
    ],
    [
      'a slot the game does not have',
      bundle(`{"../../uw.settings":${valid}}`),
      /slot “..\/..\/uw.settings” the game does not have/,
    ],
    ['a "__proto__" slot', bundle(`{"__proto__":${valid}}`), /altered/],
    ['slots as a list', bundle(`[${valid}]`), /has no slots/],
    ['a 20 MB bundle', bundle(`{"1":"${'x'.repeat(20_000_000)}"}`), /far too large/],
    ['100,000-deep slots', bundle(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), /nested far too deeply/],
  ];
  for (const [name, text, message] of refusals)
    it(`${name}: refused whole, every slot as it was`, async () => {
      const { app, events, stored } = await player();
      const before = stored();
      await app.importSlots(text, '3');
      expect(notices(events)).toEqual([
        { type: 'notice', level: 'error', message: expect.stringMatching(message) },
      ]);
      expect(stored()).toEqual(before);
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
});
