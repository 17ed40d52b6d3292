/**
 * The lookahead, driven: after each page is painted, the controller works out
 * the offered options' outcomes a piece at a time (`AppController.lookahead`),
 * each in a background task after a frame, so that the player's choice shows
 * its text without waiting for the story. Not at idle: while the map glides to
 * a new scene the browser is seldom idle, and a player may choose before it
 * ends. Input that comes meanwhile waits for one piece at most (about 4 ms and
 * a line of text).
 */
import type { AfterPaint } from './autosave';
import type { AppController } from './controller';

export function lookaheadOnEvents(app: AppController, afterPaint: AfterPaint): () => void {
  let working = false;
  const work = (): void => {
    // Whatever the page is by now: a choice meanwhile only gives the lookahead a new page.
    if (app.lookahead()) afterPaint(work);
    else working = false;
  };
  return app.subscribe((event) => {
    if (event.type !== 'page' || working) return;
    working = true;
    afterPaint(work);
  });
}
