/** The camera's path between two views: pan and zoom together, zoom even in scale (logarithmic). */
import type { View } from './theatre';

/** Smooth start and stop. */
const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export function viewAt(from: View, to: View, t: number): View {
  const k = ease(Math.min(1, Math.max(0, t)));
  return {
    x: from.x + (to.x - from.x) * k,
    y: from.y + (to.y - from.y) * k,
    width: Math.exp(Math.log(from.width) + (Math.log(to.width) - Math.log(from.width)) * k),
  };
}

/** A round length (1, 2 or 5 × 10ⁿ km) near a fifth of the view's width, for the scale bar. */
export function scaleBarKm(viewWidthKm: number): number {
  const target = viewWidthKm / 5;
  const power = 10 ** Math.floor(Math.log10(target));
  return [5, 2, 1].map((m) => m * power).find((v) => v <= target) ?? power;
}
