import { describe, expect, it } from 'vitest';
import { endingById } from '../../src/core/endings';
import { playChapters, type ChapterOptions } from '../helpers/playRoute';

// Chiang Kai-shek's campaign: one route to each ending, named by the option each
// chapter takes (tests/helpers/playRoute.ts: letters as offered, A first; a chapter
// not named takes A), so a scene added elsewhere does not move these routes.
const ROUTES: [string, ChapterOptions][] = [
  // Secret talks with Tokyo (CH-10 C), crush the New Fourth Army, denounce Moscow.
  ['CH-E1', { 'CH-3': 'B', 'CH-4': 'C', 'CH-6': 'C', 'CH-7': 'C', 'CH-8': 'D', 'CH-10': 'C' }],
  // S1 (the Wuhan respite, CH-4 B, keeps logistics at the 45 S1 needs), forced offensive (CH-7 B),
  // Soviet mediation (CH-8 A), KMT rule under Soviet protection (CH-12 A).
  ['CH-E2', { 'CH-2': 'C', 'CH-3': 'B', 'CH-4': 'B', 'CH-6': 'C', 'CH-7': 'B', 'CH-9': 'B', 'CH-10': 'B', 'CH-11': 'B' }],
  // Strike the CCP (CH-8 B), protest publicly, crush the New Fourth Army.
  ['CH-E3', { 'CH-3': 'B', 'CH-4': 'C', 'CH-6': 'C', 'CH-7': 'C', 'CH-8': 'B' }],
  // S0 (hold out for an alliance in CH-1), use the Wuhan respite, keep the aid (CH-5 A).
  ['CH-E4', { 'CH-1': 'B', 'CH-3': 'B', 'CH-4': 'B', 'CH-7': 'B', 'CH-8': 'D', 'CH-10': 'B', 'CH-11': 'B', 'CH-12': 'B' }],
  // The historical route (see below).
  ['CH-E5', { 'CH-3': 'B', 'CH-4': 'C', 'CH-6': 'C', 'CH-7': 'C', 'CH-8': 'D', 'CH-10': 'B' }],
  // S1 (the Wuhan respite, CH-4 B, and hard bargaining, CH-6 B, keep logistics for S1): timed
  // offensive (CH-7 C), joint northern command (CH-8 C), tripartite deal, Madame Chiang makes the
  // Northeast a Western question (CH-10 D: Diplomatic Standing 70), full handover with Western
  // guarantees (CH-12 B), the New Fourth as a bargaining chip.
  ['CH-E6', { 'CH-2': 'C', 'CH-4': 'B', 'CH-6': 'B', 'CH-7': 'C', 'CH-8': 'C', 'CH-9': 'B', 'CH-10': 'D', 'CH-12': 'B', 'CH-11': 'C' }],
];

describe('Chiang routes', () => {
  it.each(ROUTES)('reaches %s', (id, route) => {
    expect(playChapters('chiang', route).ending).toBe(id);
  });

  it('the historical route reaches the historical ending, not the ★ ending', () => {
    // Bible OTL options: CH-1 A, CH-2 A, CH-3 B, CH-4 C, CH-6 C (no CH-5: S0 does not open),
    // CH-7 C (the winter offensive), CH-8 D, CH-9 A, CH-10 B, CH-11 A, CH-12 A.
    const r = playChapters('chiang', { 'CH-3': 'B', 'CH-4': 'C', 'CH-6': 'C', 'CH-7': 'C', 'CH-8': 'D', 'CH-10': 'B' });
    expect(r.ending).toBe('CH-E5');
    // Not merely outranked: the final state fails the ★ rule itself.
    expect(endingById('CH-E6')!.fires('final', r.vars)).toBe(false);
    expect(r.vars.tl).toBe('OTL');
  });
});
