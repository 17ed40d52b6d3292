/** The map's camera path and scale bar: what the player sees between and within scenes. */
import { describe, expect, it } from 'vitest';
import { scaleBarKm, viewAt } from '../../src/render/camera';

describe('map camera', () => {
  const farEast = { x: 1550, y: -1700, width: 2800 };
  const khasan = { x: 2038, y: -1304, width: 30 };

  it('starts where it was and ends on the new scene', () => {
    const start = viewAt(farEast, khasan, 0);
    expect([start.x, start.y]).toEqual([farEast.x, farEast.y]);
    expect(start.width).toBeCloseTo(farEast.width);
    const end = viewAt(farEast, khasan, 1);
    expect(end.x).toBeCloseTo(khasan.x);
    expect(end.width).toBeCloseTo(khasan.width);
  });

  it('zooms evenly in scale, so a hundredfold zoom does not rush through the wide views', () => {
    // Halfway through the move, the width is the geometric mean, not the arithmetic one.
    expect(viewAt(farEast, khasan, 0.5).width).toBeCloseTo(Math.sqrt(2800 * 30), 0);
  });

  it('labels the scale bar with a round distance near a fifth of the view', () => {
    expect(scaleBarKm(2800)).toBe(500);
    expect(scaleBarKm(80)).toBe(10);
    expect(scaleBarKm(30)).toBe(5);
    expect(scaleBarKm(3)).toBe(0.5);
  });
});
