/**
 * The shape of assets/map/theatre.json (tools/assets/map.ts writes it): all
 * coordinates already projected, in kilometres, y growing southward.
 */
import type { Front, MapScene } from '../core/tagVocabulary';

/** A ring or line as [x, y, x, y…]. */
export type Points = number[];

export interface Theatre {
  land: Points[];
  borders: Points[];
  regions: { name: string; kind: 'manchukuo' | 'japan' | 'mongolia' | 'water'; rings: Points[] }[];
  lines: { name: string; kind: 'border' | 'river' | 'claim-soviet' | 'claim-japanese'; points: Points }[];
  places: { name: string; x: number; y: number; scenes: string[] }[];
  scenes: Record<MapScene, View>;
  /** What each `# front:` draws: positions are one point, arrows and lines run in order. */
  fronts: Record<
    Exclude<Front, 'none'>,
    { side: 'soviet' | 'japanese'; kind: 'arrow' | 'position' | 'line'; points: Points }[]
  >;
}

/** What the camera shows: a centre and a width, in km. */
export interface View {
  x: number;
  y: number;
  width: number;
}
