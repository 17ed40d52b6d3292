/**
 * The reading page: every line a step produces reaches it, in order, including
 * steps that cross a chapter tag (the reader used to clear the page there and
 * drop the choice's aftermath, interludes and openings).
 */
import { describe, expect, it } from 'vitest';
import { applyStep, emptyPage } from '../../src/narrative/applyStep';
import { endingText, stageCues, whereabouts, type Page } from '../../src/core/page';
import type { StoryStep } from '../../src/narrative/storyRunner';
import { parseTag } from '../../src/core/tagVocabulary';

/** A step from ink-like lines: `# tag` strings and prose, tags attached to the prose after them. */
function step(
  spec: (string | string[])[],
  choices: string[] = ['Go on'],
  ending: string | null = null,
): StoryStep {
  const lines = spec.map((l) =>
    typeof l === 'string' ? { text: l, tags: [] } : { text: '', tags: l.map((t) => parseTag(t)) },
  );
  return {
    lines,
    choices: choices.map((text, index) => ({ index, text })),
    ended: choices.length === 0,
    ending,
    errors: [],
  };
}

const opening = applyStep(
  emptyPage(),
  step(
    [['chapter: SH-1 The Marshal', 'date: May 1938', 'place: Khabarovsk'], 'Blyukher waits.'],
    ['Write', 'Wait'],
  ),
).page;

const texts = (p: Page): string[] => p.lines.map((l) => `${l.kind}:${l.text}`);

describe('page model', () => {
  it('shows a campaign opening, its chapter heading and a dateline, in story order', () => {
    const first = applyStep(
      emptyPage(),
      step([
        ['date: May 1938', 'place: Khabarovsk'],
        'The train has been carrying you east for nine days.',
        ['chapter: SH-1 Chief of Staff'],
        'The staff building has too many empty desks.',
      ]),
    );
    expect(texts(first.page)).toEqual([
      'dateline:May 1938 · Khabarovsk',
      'text:The train has been carrying you east for nine days.',
      'chapter:Chief of Staff',
      'text:The staff building has too many empty desks.',
    ]);
    expect(first.page.newFrom).toBe(0);
    expect(first.events.chapters).toEqual([{ id: 'SH-1', title: 'Chief of Staff' }]);
  });

  it('keeps the echo and aftermath of a choice that crosses into a new chapter, then the interlude and the new chapter', () => {
    const { page, events } = applyStep(
      opening,
      step([
        'You write the report.',
        'Mekhlis files it.',
        ['chapter: SH-I Interlude', 'date: June 1938'],
        'Lyushkov crosses the border.',
        ['chapter: SH-2 The Defector', 'place: Posyet'],
        'The codes are compromised.',
      ]),
      'Write',
    );
    expect(texts(page)).toEqual([
      'echo:Write',
      'text:You write the report.',
      'text:Mekhlis files it.',
      'chapter:Interlude',
      'dateline:June 1938 · Khabarovsk',
      'text:Lyushkov crosses the border.',
      'chapter:The Defector',
      'dateline:June 1938 · Posyet',
      'text:The codes are compromised.',
    ]);
    expect(page.newFrom).toBe(0);
    expect(page.chapter).toBe('SH-2');
    expect(events.chapters.map((c) => c.id)).toEqual(['SH-I', 'SH-2']);
  });

  it('appends to the page within a chapter, new text starting at the echo', () => {
    const { page } = applyStep(opening, step(['He reads it twice.']), 'Wait');
    expect(page.newFrom).toBe(opening.lines.length);
    expect(texts(page).slice(page.newFrom)).toEqual(['echo:Wait', 'text:He reads it twice.']);
    expect(page.lines.slice(0, page.newFrom)).toEqual(opening.lines);
  });

  it('puts the HUD where the player starts reading, not where the passage ends', () => {
    const { page } = applyStep(
      opening,
      step([
        'The aftermath, still in May.',
        ['chapter: SH-2 Later', 'date: July 1938', 'place: Posyet'],
        'July.',
      ]),
      'Write',
    );
    expect(whereabouts(page, page.newFrom)).toEqual({ date: 'May 1938', place: 'Khabarovsk' });
    expect(page.date).toBe('July 1938');
    const later = page.lines.findIndex((l) => l.text === 'July.');
    expect(whereabouts(page, later)).toEqual({ date: 'July 1938', place: 'Posyet' });
  });

  it('splits an ending page into the last choice’s aftermath and the epilogue', () => {
    const { page, events } = applyStep(
      opening,
      step(
        ['The order goes out.', ['ending: SH-E1'], 'They come for you in October.', 'Nobody asks.'],
        [],
        'SH-E1',
      ),
      'Write',
    );
    expect(events.ending).toBe('SH-E1');
    expect(endingText(page)).toEqual({
      aftermath: ['The order goes out.'],
      epilogue: ['They come for you in October.', 'Nobody asks.'],
    });
  });

  it('remembers where the map and the music stand at the end of the page, so a return to it can set them again', () => {
    const { page } = applyStep(
      opening,
      step([['map: khasan', 'front: khasan_jul29', 'music: battle', 'sfx: artillery'], 'Guns.']),
    );
    expect(page.stage).toEqual({ map: 'khasan', front: 'khasan_jul29', music: 'battle' });
    // A new scene clears the front drawn on the last one.
    const next = applyStep(page, step([['map: moscow'], 'Moscow.']), 'Go on').page;
    expect(next.stage).toEqual({ map: 'moscow', front: 'none', music: 'battle' });
    expect(stageCues(next.stage)).toEqual([
      { kind: 'map', scene: 'moscow' },
      { kind: 'front', front: 'none' },
      { kind: 'music', cue: 'battle' },
    ]);
  });

  it('reports codex ids, presentation cues and unknown tags of the step', () => {
    const { events } = applyStep(
      opening,
      step([['codex: blyukher', 'map: khasan', 'music: battle', 'sfx: artillery', 'mood: grim'], 'Guns.']),
    );
    expect(events.codex).toEqual(['blyukher']);
    expect(events.cues).toEqual([
      { kind: 'map', scene: 'khasan' },
      { kind: 'music', cue: 'battle' },
      { kind: 'sfx', effect: 'artillery' },
    ]);
    expect(events.unknownTags).toHaveLength(1);
  });
});
