/**
 * The lookahead, driven: after each page is painted, the controller works out
 * the offered options' outcomes a piece at a time (`AppController.lookahead`),
 * each in a background task, so that the player's choice shows its text
 * without waiting for the story. Not at idle: while the map glides to a new
 * scene the browser is seldom idle, and a player may choose before it ends.
 * Nor a piece a frame, as until 2026-12-01: with the glide's frames at 40–60
 * ms each (software WebGL), three options' pieces outlasted a reader's pause
 * of 1.5 s and the choice ran live (a handler of about 18 ms). Input that
 * comes meanwhile waits for one piece at most (about 4 ms and a line of text).
 */
import type { AfterPaint } from './autosave';
import type { AppController } from './controller';

/**
 * `afterPaint`: the first piece waits for the page's paint; `inBackground`: each
 * piece after it is a background task of its own, queued behind the browser's
 * frames and input.
 */
export function lookaheadOnEvents(
  app: AppController,
  afterPaint: AfterPaint,
  inBackground: (task: () => void) => void,
): () => void {
  let working = false;
  const work = (): void => {
    // Whatever the page is by now: a choice meanwhile only gives the lookahead a new page.
    if (app.lookahead()) inBackground(work);
    else working = false;
  };
  return app.subscribe((event) => {
    if (event.type !== 'page' || working) return;
    working = true;
    afterPaint(work);
  });
}
