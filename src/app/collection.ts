/** The player's collection grows with what the text showed: codex entries and endings reached. */
import type { EndingText } from '../core/endings';
import type { AfterPaint } from './autosave';
import type { AppController } from './controller';

export interface Collection {
  unlockCodex(ids: readonly string[]): void;
  recordEnding(id: string, text: EndingText): void;
}

/**
 * `afterPaint`: when a step's codex entries are written. Reading and writing the
 * stored list took about 0.4 ms of the choice that showed them; it is no work for
 * the frame that shows the text, and nothing reads it before the player opens the
 * codex. An ending is recorded at once: the ending screen lists what was collected.
 */
export function collectOnEvents(
  app: AppController,
  collection: Collection,
  afterPaint: AfterPaint,
): () => void {
  return app.subscribe((event) => {
    if (event.type === 'codex') afterPaint(() => collection.unlockCodex(event.ids));
    else if (event.type === 'ending')
      collection.recordEnding(event.id, { aftermath: event.aftermath, epilogue: event.epilogue });
  });
}
