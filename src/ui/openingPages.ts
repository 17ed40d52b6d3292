/**
 * Each campaign's prebuilt opening page (tools/vite-plugin-ink.ts), a few KB:
 * the briefing loads it, so Begin can show the page while the story itself is
 * still loading. A figure added to FIGURE_IDS without its line here is a type error.
 */
import type { FigureId } from '../core/figures';
import type { OpeningPage } from '../core/opening';

const OPENINGS: Record<FigureId, () => Promise<{ opening: OpeningPage | null }>> = {
  shtern: () => import('virtual:opening/shtern'),
  chiang: () => import('virtual:opening/chiang'),
  kwantung: () => import('virtual:opening/kwantung'),
};

/** Loaded once each; a seed-dependent opening is none, and so is one not loaded yet or
 * whose load failed (the next briefing tries again): Begin then waits for the story. */
const loaded = new Map<FigureId, OpeningPage | null>();

export function loadOpening(figure: FigureId): void {
  if (loaded.has(figure)) return;
  loaded.set(figure, null);
  OPENINGS[figure]()
    .then(({ opening }) => loaded.set(figure, opening))
    .catch(() => loaded.delete(figure));
}

// Dev: a saved .ink file sends each campaign it changes with its new opening (tools/vite-plugin-ink.ts).
import.meta.hot?.on('ink:update', ({ figure, opening }: { figure: FigureId; opening: OpeningPage | null }) =>
  loaded.set(figure, opening),
);

/** The figure's opening page, if it has arrived. */
export function openingNow(figure: FigureId): OpeningPage | null {
  return loaded.get(figure) ?? null;
}
