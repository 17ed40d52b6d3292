/** The player's collection grows with what the text showed: codex entries and endings reached. */
import type { EndingText } from '../core/endings';
import type { AppController } from './controller';

export interface Collection {
  unlockCodex(ids: readonly string[]): void;
  recordEnding(id: string, text: EndingText): void;
}

export function collectOnEvents(app: AppController, collection: Collection): () => void {
  return app.subscribe((event) => {
    if (event.type === 'codex') collection.unlockCodex(event.ids);
    else if (event.type === 'ending')
      collection.recordEnding(event.id, { aftermath: event.aftermath, epilogue: event.epilogue });
  });
}
