/**
 * The reading page and the happenings of one story step, kept apart: the page
 * persists (saves restore it), the step's events happen once (codex unlocks,
 * cues, an ending, errors). Built from story steps so that live play, a
 * restored save and a replay all produce the same page.
 *
 * Every line a step produces reaches the page, in order: the echo of the
 * option chosen, its aftermath, any interludes, then the new chapter. A chapter
 * tag starts a new page only between steps: the new page begins at the echo of
 * the choice that led to it, so nothing the story printed is dropped.
 */
import { datelineText, EMPTY_STAGE, withCue, type Cue, type Page, type ScreenLine } from '../core/page';
import type { StoryStep } from './storyRunner';

export interface StepEvents {
  /** Chapters that started in this step, in order. */
  chapters: { id: string; title: string }[];
  /** Codex ids named by text shown in this step (to unlock). */
  codex: string[];
  cues: Cue[];
  /** The ending reached in this step, if any. */
  ending: string | null;
  /** Tags outside the vocabulary: reported, never silently dropped. */
  unknownTags: string[];
  /** Runtime errors and warnings ink reported while producing the step. */
  errors: string[];
}

export function emptyPage(): Page {
  const nowhere = { date: '', place: '' };
  return {
    lines: [],
    choices: [],
    chapter: '',
    chapterTitle: '',
    ...nowhere,
    opening: nowhere,
    newFrom: 0,
    stage: EMPTY_STAGE,
  };
}

function startsChapter(step: StoryStep): boolean {
  return step.lines.some((l) => l.tags.some((t) => t.kind === 'chapter'));
}

/** The page after a step; `echo` is the text of the option that led to it. */
export function applyStep(prev: Page, step: StoryStep, echo?: string): { page: Page; events: StepEvents } {
  const fresh = startsChapter(step) || step.ending !== null;
  const lines: ScreenLine[] = fresh ? [] : [...prev.lines];
  const opening = fresh ? { date: prev.date, place: prev.place } : prev.opening;
  const newFrom = lines.length;
  const events: StepEvents = {
    chapters: [],
    codex: [],
    cues: [],
    ending: null,
    unknownTags: [],
    errors: step.errors,
  };
  if (echo) lines.push({ kind: 'echo', text: echo });
  let { chapter, chapterTitle, date, place, stage } = prev;
  for (const line of step.lines) {
    let moved = false;
    for (const tag of line.tags) {
      switch (tag.kind) {
        case 'chapter':
          chapter = tag.id;
          chapterTitle = tag.title;
          events.chapters.push({ id: tag.id, title: tag.title });
          lines.push({ kind: 'chapter', text: tag.title || tag.id });
          break;
        case 'date':
          moved = moved || tag.value !== date;
          date = tag.value;
          break;
        case 'place':
          moved = moved || tag.value !== place;
          place = tag.value;
          break;
        case 'codex':
          events.codex.push(tag.id);
          break;
        case 'ending':
          events.ending = tag.id;
          lines.push({ kind: 'ending', text: tag.id });
          break;
        case 'map':
        case 'front':
        case 'music':
        case 'sfx':
          events.cues.push(tag);
          stage = withCue(stage, tag);
          break;
        case 'unknown':
          events.unknownTags.push(`${tag.raw} — ${tag.reason}`);
          break;
      }
    }
    if (moved) lines.push({ kind: 'dateline', text: datelineText({ date, place }), date, place });
    if (line.text) lines.push({ kind: 'text', text: line.text });
  }
  const page = {
    lines,
    choices: step.choices.map((c) => c.text),
    chapter,
    chapterTitle,
    date,
    place,
    opening,
    newFrom,
    stage,
  };
  return { page, events };
}
