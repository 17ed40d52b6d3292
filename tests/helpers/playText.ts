/**
 * Plays a route by option text through the game's own session and returns the
 * prose the player read and the ending reached: for story tests that assert
 * what a route's text must and must not say. Options are named by the start of
 * their text, so reordering a scene's options breaks nothing.
 */
import { expect } from 'vitest';
import type { FigureId } from '../../src/core/figures';
import { GameSession } from '../../src/narrative/session';
import { realStory } from './story';

export interface TextRoute {
  /** Every prose line shown, in order, joined by newlines. */
  text: string;
  /** The ending id reached. */
  ending: string | null;
}

export function playByText(figure: FigureId, options: readonly string[]): TextRoute {
  const session = GameSession.start({ json: realStory().json, hash: 'test' }, figure, 1, new Date(0));
  const shown: string[] = [];
  let ending: string | null = null;
  const collect = (): void => {
    const page = session.page;
    for (const l of page.lines.slice(page.newFrom)) if (l.kind === 'text') shown.push(l.text);
    ending = session.events.ending ?? ending;
  };
  collect();
  for (const start of options) {
    const i = session.page.choices.findIndex((c) => c.startsWith(start));
    expect(i, `"${start}" among: ${session.page.choices.join(' | ')}`).toBeGreaterThanOrEqual(0);
    session.choose(i);
    collect();
  }
  expect(ending, 'the route reaches an ending').toBeTruthy();
  return { text: shown.join('\n'), ending };
}
