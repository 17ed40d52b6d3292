import { describe, expect, it } from 'vitest';
import { SIDE_OF, sideWeight } from '../../src/render/sides';

describe("the map is drawn for the player's side", () => {
  it("draws Shtern's Soviet lines bold and the Japanese light, the Kwantung officer's the reverse, Chiang's alike", () => {
    const shtern = SIDE_OF.shtern;
    const kurosawa = SIDE_OF.kwantung;
    expect(sideWeight('soviet', shtern)).toBeGreaterThan(sideWeight('japanese', shtern));
    expect(sideWeight('japanese', kurosawa)).toBeGreaterThan(sideWeight('soviet', kurosawa));
    expect(sideWeight('soviet', SIDE_OF.chiang)).toBe(sideWeight('japanese', SIDE_OF.chiang));
  });
});
