/**
 * The reading page: what persists of the story on screen (saves restore it).
 * Every line a step produces reaches it, in order: the echo of the option
 * chosen, its aftermath, any interludes, then the new chapter, with chapter
 * headings and datelines where the story puts them.
 */
import type { Front, MapScene, MusicCue, Sfx } from './tagVocabulary';

/** Where and when a line happens. */
export interface Whereabouts {
  date: string;
  place: string;
}

/**
 * One line the reader shows: a chapter heading, a dateline (where and when the
 * passage below it happens), the choice the player took, story prose, or the
 * point where an ending begins (prose after it is the epilogue).
 */
export type ScreenLine =
  | { kind: 'text'; text: string }
  | { kind: 'chapter'; text: string }
  | { kind: 'echo'; text: string }
  | ({ kind: 'dateline'; text: string } & Whereabouts)
  | { kind: 'ending'; text: string };

export interface Page extends Whereabouts {
  lines: ScreenLine[];
  choices: string[];
  chapter: string;
  chapterTitle: string;
  /** Date and place in effect at the page's first line (before any dateline on it). */
  opening: Whereabouts;
  /** Index of the first line the last step added: where the player resumes reading. */
  newFrom: number;
  /** What the map and the music show at the end of the page, to set them again on a return to it. */
  stage: Stage;
}

/** The lasting presentation state the cues leave behind (effects pass, so they are not in it). */
export interface Stage {
  map: MapScene | null;
  front: Front;
  music: MusicCue | null;
}

export const EMPTY_STAGE: Stage = { map: null, front: 'none', music: null };

/** The stage after a cue: a front belongs to its scene, so a new scene starts clear. */
export function withCue(stage: Stage, cue: Cue): Stage {
  switch (cue.kind) {
    case 'map':
      return { ...stage, map: cue.scene, front: 'none' };
    case 'front':
      return { ...stage, front: cue.front };
    case 'music':
      return { ...stage, music: cue.cue };
    default:
      return stage;
  }
}

/** The cues that set the map and the music as a stage shows them: for a return to a saved place. */
export function stageCues(stage: Stage): Cue[] {
  const cues: Cue[] = [];
  if (stage.map) cues.push({ kind: 'map', scene: stage.map }, { kind: 'front', front: stage.front });
  if (stage.music) cues.push({ kind: 'music', cue: stage.music });
  return cues;
}

/** A presentation cue for the map (its scene, the front drawn on it), the music or the effects, in story order. */
export type Cue =
  | { kind: 'map'; scene: MapScene }
  | { kind: 'front'; front: Front }
  | { kind: 'music'; cue: MusicCue }
  | { kind: 'sfx'; effect: Sfx };

/** The dateline's own text: "8–28 July 1938 · Posyet sector". */
export function datelineText(w: Whereabouts): string {
  return [w.date, w.place].filter(Boolean).join(' · ');
}

/**
 * Where the player is reading when the new text starts at `from` (by default
 * the last step's new text): the dateline in effect at the first prose line
 * from there on, not the page's last date.
 */
export function whereabouts(page: Page, from = page.newFrom): Whereabouts {
  let here: Whereabouts = page.opening;
  for (let i = 0; i < page.lines.length; i++) {
    const line = page.lines[i]!;
    if (line.kind === 'dateline') here = { date: line.date, place: line.place };
    else if (line.kind === 'text' && i >= from) return here;
  }
  return here;
}

/** An ending page split into the last choice's aftermath and the epilogue. */
export function endingText(page: Page): { aftermath: string[]; epilogue: string[] } {
  const at = page.lines.findIndex((l) => l.kind === 'ending');
  const prose = (ls: ScreenLine[]): string[] => ls.filter((l) => l.kind === 'text').map((l) => l.text);
  return at < 0
    ? { aftermath: [], epilogue: prose(page.lines) }
    : { aftermath: prose(page.lines.slice(0, at)), epilogue: prose(page.lines.slice(at + 1)) };
}
