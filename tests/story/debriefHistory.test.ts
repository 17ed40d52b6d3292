/**
 * The debrief's "History took this option too" against the real story: on each
 * figure's historical route (the one the route tests call historical), every
 * decision that has a historical option is marked as history's.
 */
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../../src/core/figures';
import { debrief } from '../../src/core/run';
import { GameSession } from '../../src/narrative/session';
import { realStory } from '../helpers/story';

// 1-based choice numbers after the figure pick (tests/e2e/play.test.ts).
const HISTORICAL: [FigureId, number[]][] = [
  ['shtern', [1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1]],
  ['chiang', [1, 1, 2, 3, 3, 3, 4, 1, 2, 1, 1]],
  ['kwantung', [3, 3, 1, 1, 1, 1, 1, 2, 2, 2, 2]],
];

describe('debrief against history', () => {
  it.each(HISTORICAL)("marks %s's historical route as history's option at every decision", (figure, route) => {
    const s = GameSession.start({ json: realStory().json, hash: 'test' }, figure, 1, new Date(0));
    for (const n of route) s.choose(n - 1);
    expect(s.events.ending).toBeTruthy();
    const marks = debrief(s.run).flatMap((c) => c.decisions.map((d) => [c.chapter, d.historical]));
    expect(marks.length).toBe(route.length);
    const judged = marks.filter(([, h]) => h !== undefined);
    expect(judged.length).toBeGreaterThan(route.length / 2);
    expect(judged.filter(([, h]) => h === false)).toEqual([]);
  });
});
