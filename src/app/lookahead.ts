/**
 * The lookahead, driven: after each page, while the browser is idle, the
 * controller works out one offered option's outcome at a time
 * (`AppController.lookahead`), so that the player's choice shows its text
 * without waiting for the story. One piece per idle period: input that comes
 * meanwhile waits for one option's step at most.
 */
import type { AppController } from './controller';

/** Runs a task when the browser has nothing else to do (in tests: at once, or by hand). */
export type WhenIdle = (task: () => void) => void;

export function lookaheadOnEvents(app: AppController, whenIdle: WhenIdle): () => void {
  let working = false;
  const work = (): void => {
    // Whatever the page is by now: a choice meanwhile only gives the lookahead a new page.
    if (app.lookahead()) whenIdle(work);
    else working = false;
  };
  return app.subscribe((event) => {
    if (event.type !== 'page' || working) return;
    working = true;
    whenIdle(work);
  });
}
