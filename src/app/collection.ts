/** The player's collection grows with what the text showed: codex entries and endings reached. */
import type { AppController } from './controller';

export interface Collection {
  unlockCodex(ids: readonly string[]): void;
  recordEnding(id: string, epilogue: readonly string[]): void;
}

export function collectOnEvents(app: AppController, collection: Collection): () => void {
  return app.subscribe((event) => {
    if (event.type === 'codex') collection.unlockCodex(event.ids);
    else if (event.type === 'ending') collection.recordEnding(event.id, event.epilogue);
  });
}
