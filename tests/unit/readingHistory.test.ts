/** The history of a run: every paragraph and chosen option, by chapter, with the current place marked. */
import { describe, expect, it } from 'vitest';
import { AppController } from '../../src/app/controller';
import { groupHistory } from '../../src/core/readingHistory';
import { fakePorts } from '../helpers/appPorts';
import { realStory } from '../helpers/story';

const clock = { now: () => 1000, date: () => new Date('1938-07-29T06:00:00.000Z') };

describe('groupHistory', () => {
  it('groups lines under their chapter heading and marks the last step as the current place', () => {
    const groups = groupHistory([
      [
        { kind: 'chapter', text: 'One' },
        { kind: 'text', text: 'a' },
      ],
      [
        { kind: 'echo', text: 'chose' },
        { kind: 'chapter', text: 'Two' },
        { kind: 'text', text: 'b' },
      ],
    ]);
    expect(groups).toEqual([
      {
        title: 'One',
        lines: [
          { kind: 'text', text: 'a', current: false },
          { kind: 'echo', text: 'chose', current: true },
        ],
      },
      { title: 'Two', lines: [{ kind: 'text', text: 'b', current: true }] },
    ]);
  });
});

describe('the controller’s history', () => {
  it('holds every line the player was shown, including chapters the page no longer shows, and survives Continue', async () => {
    const { ports, saves } = fakePorts({
      json: realStory().json,
      hash: 'h',
      clock,
      rng: { nextSeed: () => 5 },
    });
    const controller = new AppController(ports);
    const shown: string[] = [];
    const chosen: string[] = [];
    controller.subscribe((e) => {
      if (e.type === 'page') shown.push(...e.page.lines.slice(e.page.newFrom).map((l) => l.text));
    });
    await controller.newGame('shtern');
    for (const n of [3, 1, 2]) {
      const state = controller.state;
      if (state.kind === 'playing') chosen.push(state.session.page.choices[n - 1]!);
      controller.choose(n - 1);
    }
    const history = controller.history();
    const lines = history.flatMap((c) => [...(c.title ? [c.title] : []), ...c.lines.map((l) => l.text)]);
    expect(lines).toEqual(shown);
    expect(history.flatMap((c) => c.lines.filter((l) => l.kind === 'echo').map((l) => l.text))).toEqual(
      chosen,
    );
    expect(history.length).toBeGreaterThanOrEqual(3);
    // Only the last step's lines are the current place.
    const state = controller.state;
    const page = state.kind === 'playing' ? state.session.page : null;
    const current = history.flatMap((c) => c.lines.filter((l) => l.current).map((l) => l.text));
    expect(current).toEqual(
      page?.lines
        .slice(page.newFrom)
        .filter((l) => l.kind !== 'chapter')
        .map((l) => l.text),
    );

    // A new sitting: Continue restores the autosave and the history is the same.
    const snap = state.kind === 'playing' ? state.session.snapshot() : null;
    saves.write('auto', snap!);
    const again = new AppController(ports);
    await again.continueSaved();
    expect(again.history()).toEqual(history);
  });
});
