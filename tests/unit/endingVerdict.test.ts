import { describe, expect, it } from 'vitest';
import { endingById } from '../../src/core/endings';
import { endingKind, followedHistory } from '../../src/core/endingVerdict';

describe('historical ending, honestly', () => {
  it('counts a run as historical only on the OTL timeline without Kantokuen', () => {
    expect(followedHistory({ tl: 'OTL' })).toBe(true);
    expect(followedHistory({ tl: 'S1', manchuria_war: true })).toBe(false);
    expect(followedHistory({ tl: 'S0' })).toBe(false);
    expect(followedHistory({ tl: 'OTL', kantokuen: true })).toBe(false);
  });

  it("labels Chiang's default ending historical on history's line, and not after the Red Army took Harbin", () => {
    const halfway = endingById('CH-E5');
    expect(endingKind(halfway, { tl: 'OTL' })).toBe('historical');
    expect(endingKind(halfway, { tl: 'S1', harbin_pocket: true })).toBe('default-changed');
  });

  it('names the ★ ending and the others whatever the timeline', () => {
    expect(endingKind(endingById('CH-E6'), { tl: 'S1' })).toBe('star');
    expect(endingKind(endingById('CH-E1'), { tl: 'OTL' })).toBe('other');
    expect(endingKind(undefined, { tl: 'OTL' })).toBe('other');
  });
});
