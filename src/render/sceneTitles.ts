/** Each map scene's name, for the canvas's label (screen readers hear it with the date). */
import type { MapScene } from '../core/tagVocabulary';

export const SCENE_TITLES: Record<MapScene, string> = {
  far_east: 'the Soviet Far East, Manchukuo and Mongolia',
  khasan: 'Lake Khasan and the disputed heights',
  khalkhin_gol: 'the Khalkha river at Nomonhan',
  manchuria: 'Manchukuo',
  china: 'China at war',
  sakhalin: 'Sakhalin and the 50th parallel',
  moscow: 'Moscow',
  europe: 'Europe',
};
