/**
 * The documented tag vocabulary (design.md §3, docs/WRITING.md). A tag outside
 * it is an error in story:check and a reported (never silently dropped) event
 * in the game.
 */
export const MAP_SCENES = [
  'far_east',
  'khasan',
  'khalkhin_gol',
  'manchuria',
  'china',
  'sakhalin',
  'moscow',
  'europe',
] as const;
export const MUSIC_CUES = ['title', 'tension', 'battle', 'elegy', 'steppe', 'council', 'none'] as const;
export const SFX = ['telegraph', 'artillery', 'wind', 'radio', 'telephone', 'aircraft', 'train'] as const;
/**
 * The situations `# front:` draws on the map (assets/map/sources/fronts.geojson):
 * the decisive phases, the alternate-history offensives, and `none` to clear it.
 */
export const FRONTS = [
  'khasan_jul29',
  'khasan_aug6',
  'nomonhan_may',
  'bain_tsagan',
  'encirclement',
  's0_changkufeng_held',
  's1_manchuria',
  'none',
] as const;

export type MapScene = (typeof MAP_SCENES)[number];
export type MusicCue = (typeof MUSIC_CUES)[number];
export type Sfx = (typeof SFX)[number];
export type Front = (typeof FRONTS)[number];

export type TagEvent =
  | { kind: 'chapter'; id: string; title: string }
  | { kind: 'date'; value: string }
  | { kind: 'place'; value: string }
  | { kind: 'map'; scene: MapScene }
  | { kind: 'music'; cue: MusicCue }
  | { kind: 'sfx'; effect: Sfx }
  | { kind: 'front'; front: Front }
  | { kind: 'codex'; id: string }
  | { kind: 'ending'; id: string }
  | { kind: 'unknown'; raw: string; reason: string };

export const TAG_KEYS = [
  'chapter',
  'date',
  'place',
  'map',
  'music',
  'sfx',
  'front',
  'codex',
  'ending',
] as const;

const CODEX_ID = /^[a-z0-9][a-z0-9_]*$/;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function unknownValue(raw: string, what: string, value: string, known: readonly string[]): TagEvent {
  return { kind: 'unknown', raw, reason: `unknown ${what} "${value}" (known: ${known.join(', ')})` };
}

/** Parses one ink tag (`key: value`) into a typed event. Never throws. */
export function parseTag(raw: string): TagEvent {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { kind: 'unknown', raw: text, reason: 'a tag must be "key: value"' };
  const key = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  if (!value) return { kind: 'unknown', raw: text, reason: `tag "${key}" has no value` };
  switch (key) {
    case 'chapter': {
      const space = value.indexOf(' ');
      const id = space < 0 ? value : value.slice(0, space);
      const title = space < 0 ? '' : value.slice(space + 1).trim();
      return { kind: 'chapter', id, title };
    }
    case 'date':
      return { kind: 'date', value };
    case 'place':
      return { kind: 'place', value };
    case 'map':
      return isOneOf(MAP_SCENES, value)
        ? { kind: 'map', scene: value }
        : unknownValue(text, 'map scene', value, MAP_SCENES);
    case 'music':
      return isOneOf(MUSIC_CUES, value)
        ? { kind: 'music', cue: value }
        : unknownValue(text, 'music cue', value, MUSIC_CUES);
    case 'sfx':
      return isOneOf(SFX, value)
        ? { kind: 'sfx', effect: value }
        : unknownValue(text, 'sound effect', value, SFX);
    case 'front':
      return isOneOf(FRONTS, value)
        ? { kind: 'front', front: value }
        : unknownValue(text, 'front', value, FRONTS);
    case 'codex':
      return CODEX_ID.test(value)
        ? { kind: 'codex', id: value }
        : { kind: 'unknown', raw: text, reason: `codex id "${value}" must be lower_snake_case` };
    case 'ending':
      return { kind: 'ending', id: value };
    default:
      return {
        kind: 'unknown',
        raw: text,
        reason: `unknown tag "${key}" (the vocabulary is: ${TAG_KEYS.join(', ')})`,
      };
  }
}
