/**
 * What the reader shows: the text of the current chapter, the choices, and the
 * date and place. Built from story steps so that live play, a restored save and
 * a hot-reload replay all produce the same screen.
 */
import type { ScreenLine } from '../core/screenLine';
import type { StoryStep } from './storyRunner';

export type { ScreenLine };

export interface Screen {
  lines: ScreenLine[];
  choices: string[];
  chapter: string;
  chapterTitle: string;
  date: string;
  place: string;
  ending: string | null;
  /** Codex ids named in this step (to unlock). */
  codex: string[];
  /** Tags outside the vocabulary: reported, never silently dropped. */
  unknownTags: string[];
}

export function emptyScreen(): Screen {
  return {
    lines: [],
    choices: [],
    chapter: '',
    chapterTitle: '',
    date: '',
    place: '',
    ending: null,
    codex: [],
    unknownTags: [],
  };
}

/** The screen after a step; `echo` is the text of the choice that led to it. */
export function applyStep(prev: Screen, step: StoryStep, echo?: string): Screen {
  let lines: ScreenLine[] = echo ? [...prev.lines, { text: echo, kind: 'echo' }] : [...prev.lines];
  let { chapter, chapterTitle, date, place } = prev;
  const codex: string[] = [];
  const unknownTags: string[] = [];
  let ending = prev.ending;
  for (const line of step.lines) {
    for (const tag of line.tags) {
      switch (tag.kind) {
        case 'chapter':
          // A new chapter clears the page: the reader shows one chapter at a time.
          chapter = tag.id;
          chapterTitle = tag.title;
          lines = [{ text: tag.title || tag.id, kind: 'chapter' }];
          break;
        case 'date':
          date = tag.value;
          break;
        case 'place':
          place = tag.value;
          break;
        case 'codex':
          codex.push(tag.id);
          break;
        case 'ending':
          ending = tag.id;
          lines = [];
          break;
        case 'unknown':
          unknownTags.push(`${tag.raw} — ${tag.reason}`);
          break;
        default:
          break; // map, music, sfx: presentation cues handled by render/audio
      }
    }
    if (line.text) lines.push({ text: line.text, kind: 'text' });
  }
  return {
    lines,
    choices: step.choices.map((c) => c.text),
    chapter,
    chapterTitle,
    date,
    place,
    ending,
    codex,
    unknownTags,
  };
}
