/** Each map scene's and front's name, for the canvas's label (screen readers hear it with the date). */
import type { Front, MapScene } from '../core/tagVocabulary';

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

/** The situation a `# front:` draws, in words: the canvas is never the only place a fact appears. */
export const FRONT_TITLES: Record<Front, string> = {
  khasan_jul29: 'Soviet guards on both heights; the Japanese attack Bezymyannaya',
  khasan_aug6: 'the Japanese hold the crest; the Soviet assault comes round both ends of the lake',
  nomonhan_may: 'Mongolian cavalry east of the river; the Japanese drive at them from Nomonhan',
  bain_tsagan: 'the Japanese cross to Bain-Tsagan; Soviet armour strikes from three sides',
  encirclement: 'Soviet pincers close behind the Japanese between the river and Nomonhan',
  s0_changkufeng_held: 'the Japanese hold the Changkufeng crest; Soviet assaults break short of it',
  s1_manchuria: 'the Red Army invades Manchukuo on four axes',
  none: '',
};
