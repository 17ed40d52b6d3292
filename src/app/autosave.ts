/**
 * Autosave, in one place: after each new page is painted the run is written to
 * the autosave slot (serialising stays off the path from a choice to its
 * text); an ending clears it. A failed write is reported as `saveFailed`.
 */
import { AUTOSAVE_SLOT, type SaveStore } from '../persistence/saveStore';
import type { AppController } from './controller';

/** Runs a task once the browser has painted (in tests: at once). */
export type AfterPaint = (task: () => void) => void;

export function autosaveOnEvents(app: AppController, saves: SaveStore, afterPaint: AfterPaint): () => void {
  return app.subscribe((event) => {
    if (event.type === 'ending') return saves.clear(AUTOSAVE_SLOT);
    // A restored page is what the autosave already holds.
    if (event.type !== 'page' || event.reason === 'restore') return;
    afterPaint(() => {
      const state = app.state;
      // Save only the place this event showed: the player may have moved on, or left.
      if (state.kind !== 'playing' || state.session.run !== event.run) return;
      const result = saves.write(AUTOSAVE_SLOT, state.session.snapshot());
      if (!result.ok) app.emit({ type: 'saveFailed', message: result.message });
    });
  });
}
