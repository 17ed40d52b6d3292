/**
 * The briefing's danger lines are the catalogue's rules: on each line the
 * ending fires, and one point to the safe side it does not. A threshold
 * changed in endings.ts and not in briefings.ts fails here.
 */
import { describe, expect, it } from 'vitest';
import { briefingFor, briefingLines } from '../../src/core/briefings';
import { endingById } from '../../src/core/endings';
import { FIGURES } from '../../src/core/figures';
import type { StoryVars } from '../../src/core/storyVars';

/** A state in which each named ending fires (the meter under test is then set to its line). */
const FIRES: Record<string, StoryVars> = {
  'SH-E1': { nkvd: 30, stalin: 55 },
  'SH-E6': { nkvd: 20, stalin: 80, zhukov_fate: 'rising', khalkhin_won: true, cas_sov: 20 },
  'CH-E1': { peace_feelers: true, stalin: 20, unity: 25 },
  'CH-E2': { chiang_forced_offensive: true, autonomy: 30, stalin: 60 },
  'CH-E3': { unity: 20, stalin: 35, manchuria_war: true },
  'CH-E6': {
    tl: 'S1',
    mukden_taken: true,
    chiang_offensive_timed: true,
    autonomy: 60,
    unity: 60,
    diplo: 70,
    stalin: 50,
  },
  'KW-E1': { forged_orders: true, leash: -45 },
  'KW-E4': { kantokuen: true, north: 70, leash: 0, supply: 55, cas_jpn: 12 },
  'KW-E6': { tl: 'S0', changkufeng_held: true, leash: 30, supply: 45, diplo: 60, stalin: 50 },
};

describe('briefing danger lines', () => {
  for (const figure of FIGURES) {
    for (const line of briefingLines(figure.id)) {
      it(`${figure.id}: ${line.meter} ${line.side} ${line.value} at ${line.at} → ${line.ending}`, () => {
        const ending = endingById(line.ending)!;
        expect(ending.figure).toBe(figure.id);
        const state = FIRES[line.ending]!;
        const onTheLine = { ...state, [line.meter]: line.value };
        const safeSide = { ...state, [line.meter]: line.value + (line.side === 'atLeast' ? -1 : 1) };
        expect(ending.fires(line.at, onTheLine)).toBe(true);
        expect(ending.fires(line.at, safeSide)).toBe(false);
      });
    }
  }

  it('names three or four meters per figure, each with its lines in words', () => {
    for (const figure of FIGURES) {
      const b = briefingFor(figure.id);
      expect(b.meters.length).toBeGreaterThanOrEqual(3);
      expect(b.meters.length).toBeLessThanOrEqual(4);
      for (const m of b.meters) expect(m.lines.length).toBeGreaterThan(0);
    }
    const nkvd = briefingFor('shtern').meters.find((m) => m.id === 'nkvd')!;
    expect(nkvd.label).toBe('NKVD Attention');
    expect(nkvd.lines).toContain('90 or more at the start of any chapter leads to The Khasan Scapegoat.');
    expect(briefingFor('kwantung').meters.map((m) => m.label)).toContain("Moscow's Restraint");
    expect(briefingFor('kwantung').meters.find((m) => m.id === 'cas_jpn')!.lines).toEqual([
      'North Wind Rain needs 12 thousand or less at the end.',
    ]);
  });
});
