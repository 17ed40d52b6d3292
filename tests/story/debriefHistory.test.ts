/**
 * The debrief's "History took this option too" against the real story: on each
 * figure's historical route (the one the route tests call historical), every
 * decision that has a historical option is marked as history's.
 */
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../../src/core/figures';
import { debrief } from '../../src/core/debrief';
import { GameSession } from '../../src/narrative/session';
import { realStory } from '../helpers/story';
import { playChapters, type ChapterOptions } from '../helpers/playRoute';

// The historical routes, as the route tests name them (an option per chapter).
const HISTORICAL: [FigureId, ChapterOptions][] = [
  ['shtern', { 'SH-3': 'B', 'SH-4': 'B', 'SH-7': 'B' }],
  ['chiang', { 'CH-3': 'B', 'CH-4': 'C', 'CH-6': 'C', 'CH-7': 'C', 'CH-8': 'D', 'CH-10': 'B' }],
  ['kwantung', { 'KW-1': 'C', 'KW-2': 'C', 'KW-9': 'B', 'KW-10': 'B', 'KW-11': 'B', 'KW-12': 'B' }],
];

describe('debrief against history', () => {
  it.each(HISTORICAL)("marks %s's historical route as history's option at every decision", (figure, options) => {
    // Choice numbers after the figure pick.
    const route = playChapters(figure, options).choices.slice(1);
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
