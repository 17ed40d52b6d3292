/**
 * Per-figure styling of the map: the player's own side's claims, positions and
 * arrows are drawn bold and the other side's lighter, so a glance shows whose
 * war it is. Chiang's side is on neither line: both are drawn alike for him.
 */
import type { FigureId } from '../core/figures';

export type MapSide = 'soviet' | 'japanese' | null;

export const SIDE_OF: Readonly<Record<FigureId, MapSide>> = {
  shtern: 'soviet',
  kwantung: 'japanese',
  chiang: null,
};

/** The width factor of a mark of `side` on the map of a player whose side is `own`. */
export function sideWeight(side: 'soviet' | 'japanese', own: MapSide): number {
  if (own === null) return 1;
  return side === own ? 1.4 : 0.75;
}
