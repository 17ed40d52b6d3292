/**
 * Autosave, in one place: after each new page is painted the run is written to
 * the autosave slot (serialising stays off the path from a choice to its
 * text); an ending clears it. A failed write is reported as `saveFailed`. The
 * first page starts loading the saves (and their schema).
 */
import type { SaveStore } from '../persistence/saveStore';
import { AUTOSAVE_SLOT } from '../persistence/slotKeys';
import type { AppController } from './controller';
import type { Lazy } from './lazy';

/** Runs a task once the browser has painted (in tests: at once), or as the page goes, if sooner. */
export type AfterPaint = (task: () => void) => void;

/** Runs `task` with the saves: at once when they are loaded, else once they are. */
function withSaves(saves: Lazy<SaveStore>, task: (store: SaveStore) => void): void {
  const store = saves.now();
  if (store) return task(store);
  // A save that cannot load is reported by the next command that reads or writes one.
  saves.get().then(task, () => undefined);
}

export function autosaveOnEvents(
  app: AppController,
  saves: Lazy<SaveStore>,
  afterPaint: AfterPaint,
): () => void {
  return app.subscribe((event) => {
    if (event.type === 'ending') return withSaves(saves, (store) => store.clear(AUTOSAVE_SLOT));
    // A restored page is what the autosave already holds.
    if (event.type !== 'page' || event.reason === 'restore') return;
    // The saves start loading now, not after the paint: if the player leaves at once, the
    // write still waiting is done as the page goes (afterPaint), and needs them loaded.
    saves.get().catch(() => undefined);
    afterPaint(() =>
      withSaves(saves, (store) => {
        const state = app.state;
        // Save only the place this event showed: the player may have moved on, or left.
        if (state.kind !== 'playing' || state.session.run !== event.run) return;
        const result = store.write(AUTOSAVE_SLOT, state.session.snapshot());
        if (!result.ok) app.emit({ type: 'saveFailed', message: result.message });
      }),
    );
  });
}
