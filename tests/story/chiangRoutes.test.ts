import { describe, expect, it } from 'vitest';
import { endingById } from '../../src/core/endings';
import { playRoute } from '../helpers/playRoute';

// Chiang Kai-shek's campaign (root choice 2). Choice numbers are 1-based, in order:
// figure, CH-1, CH-2, CH-3, CH-4, [CH-5 under S0], CH-6, CH-7, CH-8, CH-9, CH-10,
// then CH-11 and CH-12 (history and S0) or CH-12 and CH-11 (S1).
const ROUTES: [string, number[]][] = [
  // Secret talks with Tokyo (CH-10 C), crush the New Fourth Army, denounce Moscow.
  ['CH-E1', [2, 1, 1, 2, 3, 3, 3, 4, 1, 3, 1, 1]],
  // S1: forced offensive (CH-7 B), Soviet mediation (CH-8 A), KMT rule under Soviet protection (CH-12 A).
  ['CH-E2', [2, 1, 3, 2, 3, 3, 2, 1, 2, 2, 1, 2]],
  // Strike the CCP (CH-8 B), protest publicly, crush the New Fourth Army.
  ['CH-E3', [2, 1, 1, 2, 3, 3, 3, 2, 1, 1, 1, 1]],
  // S0 (hold out for an alliance in CH-1), use the Wuhan respite, keep the aid (CH-5 A).
  ['CH-E4', [2, 2, 1, 2, 2, 1, 1, 2, 4, 1, 2, 2, 2]],
  // The historical route (see below).
  ['CH-E5', [2, 1, 1, 2, 3, 3, 3, 4, 1, 2, 1, 1]],
  // S1: timed offensive (CH-7 C), joint northern command (CH-8 C), tripartite deal,
  // full handover with Western guarantees (CH-12 B), the New Fourth as a bargaining chip.
  ['CH-E6', [2, 1, 3, 2, 3, 3, 3, 3, 2, 2, 2, 3]],
];

describe('Chiang routes', () => {
  it.each(ROUTES)('reaches %s', (id, route) => {
    expect(playRoute(route).ending).toBe(id);
  });

  it('the historical route reaches the historical ending, not the ★ ending', () => {
    // Bible OTL options: CH-1 A, CH-2 A, CH-3 B, CH-4 C, CH-6 C (no CH-5: S0 does not open),
    // CH-7 C (the winter offensive), CH-8 D, CH-9 A, CH-10 B, CH-11 A, CH-12 A.
    const r = playRoute([2, 1, 1, 2, 3, 3, 3, 4, 1, 2, 1, 1]);
    expect(r.ending).toBe('CH-E5');
    // Not merely outranked: the final state fails the ★ rule itself.
    expect(endingById('CH-E6')!.fires('final', r.vars)).toBe(false);
    expect(r.vars.tl).toBe('OTL');
  });
});
