/**
 * The app controller, driven as the page drives it but with fakes for the
 * outside world: a fixed clock and seed, memory storage, and autosave run at
 * once instead of after a paint. The events are what every subscriber sees.
 */
import { describe, expect, it } from 'vitest';
import { autosaveOnEvents } from '../../src/app/autosave';
import { AppController } from '../../src/app/controller';
import type { AppEvent } from '../../src/app/events';
import { compileInkFile } from '../../tools/ink/compile';
import { createGameRunner } from '../../src/narrative/gameStory';
import { AUTOSAVE_SLOT } from '../../src/persistence/saveStore';
import { fakePorts } from '../helpers/appPorts';
import { realStory } from '../helpers/story';

const clock = { now: () => 1000, date: () => new Date('1938-07-29T06:00:00.000Z') };
const rng = { nextSeed: () => 4242 };

function app(json: string) {
  const { ports, saves, storage } = fakePorts({ json, clock, rng });
  const controller = new AppController(ports);
  const events: AppEvent[] = [];
  controller.subscribe((e) => events.push(e));
  autosaveOnEvents(controller, ports.saves, (task) => task());
  return { controller, saves, events, storage };
}

/** Events in brief: the ones a reader of the sequence cares about. */
function brief(e: AppEvent): string {
  switch (e.type) {
    case 'title':
      return `title${e.saved ? `:${e.saved.chapter}` : ''}`;
    case 'page':
      return `page:${e.reason}:${e.page.chapter}`;
    case 'chapter':
      return `chapter:${e.id}`;
    case 'ending':
      return `ending:${e.id}`;
    default:
      return e.type;
  }
}

/** The text a route prints after its `# ending:` tag, straight from the story runner. */
function epilogueOf(json: string, route: number[]): string[] {
  const runner = createGameRunner(json);
  let step = runner.start(1, 'kwantung_start');
  for (const n of route) step = runner.choose(n - 1);
  const at = step.lines.findIndex((l) => l.tags.some((t) => t.kind === 'ending'));
  expect(at).toBeGreaterThanOrEqual(0);
  return step.lines
    .slice(at)
    .map((l) => l.text)
    .filter(Boolean);
}

describe('app controller', () => {
  it('drives title → new game → choices → ending → title, with the events in order', async () => {
    const { controller, saves, events } = app(realStory().json);
    controller.toTitle();
    await controller.newGame('kwantung');
    expect(controller.state.kind).toBe('playing');
    // The fastest route to KW-E1 (docs/ROUTES.md), after the figure pick.
    for (const n of [3, 1, 2, 1]) controller.choose(n - 1);
    expect(saves.read(AUTOSAVE_SLOT).kind).toBe('ok');
    controller.choose(1);
    expect(controller.state).toMatchObject({ kind: 'ended', ending: 'KW-E1' });
    controller.toTitle();

    const sequence = events.filter((e) => e.type !== 'cue' && e.type !== 'codex').map(brief);
    expect(sequence).toEqual([
      'title',
      'page:start:KW-1',
      'chapter:KW-1',
      'page:choice:KW-2',
      'chapter:KW-2',
      'page:choice:KW-3',
      'chapter:KW-3',
      'page:choice:KW-4',
      'chapter:KW-4',
      'page:choice:KW-5n',
      'chapter:KW-5n',
      'ending:KW-E1',
      'title',
    ]);
    // The seed and the start time come from the ports.
    const ending = events.find((e) => e.type === 'ending');
    expect(ending?.type === 'ending' && ending.run.seed).toBe(4242);
    expect(ending?.type === 'ending' && ending.run.startedAt).toBe('1938-07-29T06:00:00.000Z');
    // The epilogue is the ending knot's text, as the story itself prints it.
    const told = epilogueOf(realStory().json, [3, 1, 2, 1, 2]);
    expect(told.length).toBeGreaterThanOrEqual(3);
    expect(ending?.type === 'ending' && ending.epilogue).toEqual(told);
    // Cues and codex entries arrive as data, after the page that showed them.
    expect(events.filter((e) => e.type === 'cue').length).toBeGreaterThan(5);
    const firstPage = events.findIndex((e) => e.type === 'page');
    const firstCodex = events.findIndex((e) => e.type === 'codex');
    expect(firstCodex).toBeGreaterThan(firstPage);
    // An ending clears the autosave: the title has nothing to continue.
    expect(saves.read(AUTOSAVE_SLOT).kind).toBe('none');
    expect(events.at(-1)).toEqual({ type: 'title', saved: null });
  });

  it('continues the autosaved run at the same page, and says nothing went wrong', async () => {
    const first = app(realStory().json);
    await first.controller.newGame('shtern');
    first.controller.choose(2);
    const page = first.controller.state.kind === 'playing' ? first.controller.state.session.page : null;
    const again = new AppController(
      fakePorts({ json: realStory().json, clock, rng, storage: first.storage }).ports,
    );
    const events: AppEvent[] = [];
    again.subscribe((e) => events.push(e));
    again.toTitle();
    expect(events[0]).toMatchObject({ type: 'title', saved: { figure: 'shtern', chapter: page?.chapter } });
    await again.continueSaved();
    expect(events[1]).toMatchObject({ type: 'page', reason: 'restore', page });
    // The map and the music are set again as the page left them.
    const cues = events.filter((e) => e.type === 'cue').map((e) => (e.type === 'cue' ? e.cue.kind : ''));
    expect(cues).toEqual(['map', 'front', 'music']);
    expect(events.filter((e) => e.type === 'notice' || e.type === 'storyError')).toEqual([]);
  });

  it('refuses a damaged save file with a clear notice and stays where it was', async () => {
    const { controller, events } = app(realStory().json);
    controller.toTitle();
    await controller.importSave('{"format":"undeclared-war-save","version":2,"run":{}}');
    expect(controller.state.kind).toBe('title');
    expect(events.at(-1)).toMatchObject({
      type: 'notice',
      level: 'error',
      message: expect.stringContaining('damaged'),
    });
  });
});

describe('story errors', () => {
  const fixture = compileInkFile('tests/fixtures/ink/runtime-error/main.ink');

  it('undoes a choice whose story throws: same page, same autosave, an error event', async () => {
    const { controller, events, storage } = app(fixture.json!);
    await controller.newGame('shtern');
    const before = controller.state.kind === 'playing' ? controller.state.session.page : null;
    const savedBefore = storage.get('uw.slot.auto');
    events.length = 0;
    controller.choose(0);
    expect(events).toEqual([
      { type: 'storyError', rolledBack: true, messages: [expect.stringContaining('is not a function')] },
    ]);
    expect(controller.state.kind === 'playing' && controller.state.session.page).toEqual(before);
    expect(storage.get('uw.slot.auto')).toBe(savedBefore);
    // And play goes on from there.
    controller.choose(2);
    expect(events.find((e) => e.type === 'page')).toMatchObject({ reason: 'choice' });
  });

  it("reports ink's own runtime errors, and undoes a choice that leaves the story stranded", async () => {
    const { controller, events } = app(fixture.json!);
    await controller.newGame('shtern');
    events.length = 0;
    controller.choose(1);
    expect(events).toEqual([
      { type: 'storyError', rolledBack: true, messages: [expect.stringContaining('divert to a target')] },
    ]);
    expect(controller.state.kind === 'playing' && controller.state.session.page.choices).toHaveLength(3);
  });
});
