/**
 * Dev only: a saved .ink file replays the run onto the new story, to the same
 * place (tools/vite-plugin-ink.ts sends one campaign's story per update), and
 * a clean recompile closes vite's overlay of the last error. In a build
 * `import.meta.hot` is absent and this does nothing.
 */
import type { AppController } from '../app/controller';
import type { FigureId } from '../core/figures';

type InkUpdate = { figure: FigureId; json: string; hash: string };

export function followStoryEdits(app: AppController): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('ink:update', ({ figure, json, hash }: InkUpdate) =>
    app.replaceStory(figure, { json, hash }),
  );
  import.meta.hot.on('ink:clean', () =>
    document
      .querySelectorAll<HTMLElement & { close(): void }>('vite-error-overlay')
      .forEach((o) => o.close()),
  );
}
