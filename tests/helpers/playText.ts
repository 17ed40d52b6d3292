/**
 * Plays a route by option text through the game's own session and returns the
 * prose the player read and the ending reached: for story tests that assert
 * what a route's text must and must not say. Options are named by the start of
 * their text, so reordering a scene's options breaks nothing.
 */
import { expect } from 'vitest';
import type { FigureId } from '../../src/core/figures';
import type { Page } from '../../src/core/page';
import { GameSession } from '../../src/narrative/session';
import { realStory } from './story';

export interface TextRoute {
  /** Every prose line shown, in order, joined by newlines. */
  text: string;
  /** The ending id reached. */
  ending: string | null;
}

/**
 * Starts `figure`'s campaign and takes each option named by the start of its
 * text, asserting it is offered; `onPage` sees each page as it is reached
 * (its new lines start at `page.newFrom`). Returns the session where it stopped.
 */
export function walkByText(
  figure: FigureId,
  options: readonly string[],
  onPage: (page: Page, session: GameSession) => void,
): GameSession {
  const session = GameSession.start({ json: realStory().json, hash: 'test' }, figure, 1, new Date(0));
  onPage(session.page, session);
  for (const start of options) {
    const i = session.page.choices.findIndex((c) => c.startsWith(start));
    expect(i, `"${start}" among: ${session.page.choices.join(' | ')}`).toBeGreaterThanOrEqual(0);
    session.choose(i);
    onPage(session.page, session);
  }
  return session;
}

export function playByText(figure: FigureId, options: readonly string[]): TextRoute {
  const shown: string[] = [];
  let ending: string | null = null;
  walkByText(figure, options, (page, session) => {
    for (const l of page.lines.slice(page.newFrom)) if (l.kind === 'text') shown.push(l.text);
    ending = session.events.ending ?? ending;
  });
  expect(ending, 'the route reaches an ending').toBeTruthy();
  return { text: shown.join('\n'), ending };
}
