import { describe, expect, it } from 'vitest';
import { endingById } from '../../src/core/endings';
import { conditionChecks, nearestEnding } from '../../src/core/howClose';

// Chiang on the S1 timeline, one step short of the ★ ending: Diplomatic Standing 65 < 70.
const nearlyRestored = {
  tl: 'S1',
  manchuria_war: true,
  mukden_taken: true,
  chiang_offensive_timed: true,
  chiang_forced_offensive: false,
  autonomy: 65,
  unity: 62,
  diplo: 65,
  stalin: 55,
  supply: 50,
  peace_feelers: false,
};

describe('how close you came', () => {
  it("lists an ending's conditions met and missed against the final variables", () => {
    const checks = conditionChecks(endingById('CH-E6')!, nearlyRestored);
    expect(checks.filter((c) => !c.met).map((c) => c.label)).toEqual(['Diplomatic Standing ≥ 70']);
    expect(checks.filter((c) => c.met)).toHaveLength(7);
  });

  it('judges a path checked only at the end of Act I as missed at the end of the run', () => {
    const checks = conditionChecks(endingById('SH-E1')!, { nkvd: 80, stalin: 50 });
    // The any-chapter path (NKVD ≥ 90) misses one; the Act I path would miss its checkpoint.
    expect(checks).toEqual([{ label: 'NKVD attention ≥ 90', met: false }]);
    const actOne = conditionChecks(endingById('SH-E1')!, { nkvd: 95, stalin: 50 });
    expect(actOne).toEqual([{ label: 'NKVD attention ≥ 90', met: true }]);
  });

  it('picks the locked ending with the fewest missed conditions, never the one reached or the default', () => {
    const near = nearestEnding('chiang', 'CH-E5', new Set(), nearlyRestored)!;
    expect(near.ending.id).toBe('CH-E6');
    expect(near.missed).toBe(1);
  });

  it('prefers endings still locked in the collection, and falls back to all when every one is collected', () => {
    const collectedStar = new Set(['CH-E6']);
    expect(nearestEnding('chiang', 'CH-E5', collectedStar, nearlyRestored)!.ending.id).not.toBe('CH-E6');
    const all = new Set(['CH-E1', 'CH-E2', 'CH-E3', 'CH-E4', 'CH-E5', 'CH-E6']);
    expect(nearestEnding('chiang', 'CH-E5', all, nearlyRestored)!.ending.id).toBe('CH-E6');
  });

  it('breaks a tie by catalogue order', () => {
    // CH-E1, CH-E2, CH-E3 and CH-E4 each miss three conditions here; CH-E1 comes first.
    const middling = { tl: 'OTL', stalin: 50, unity: 50, autonomy: 50, supply: 40 };
    for (const id of ['CH-E1', 'CH-E2', 'CH-E3', 'CH-E4'])
      expect(conditionChecks(endingById(id)!, middling).filter((c) => !c.met)).toHaveLength(3);
    const near = nearestEnding('chiang', 'CH-E5', new Set(), middling)!;
    expect([near.ending.id, near.missed]).toEqual(['CH-E1', 3]);
  });
});
