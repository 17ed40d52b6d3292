/**
 * Each campaign's prebuilt opening page (tools/vite-plugin-ink.ts), a few KB:
 * fetched when its figure is pointed at or briefed (the first figure's as the
 * title paints: vite.config.ts), so that Begin can show the page while the
 * story itself is still loading. A figure added to FIGURE_IDS without its line
 * here is a type error.
 */
import type { FigureId } from '../core/figures';
import type { OpeningPage } from '../core/opening';

const OPENINGS: Record<FigureId, () => Promise<{ opening: OpeningPage | null }>> = {
  shtern: () => import('virtual:opening/shtern'),
  chiang: () => import('virtual:opening/chiang'),
  kwantung: () => import('virtual:opening/kwantung'),
};

/** Each figure's opening, fetched once; one whose fetch failed is fetched again when next asked for. */
const openings = new Map<FigureId, Promise<OpeningPage | null>>();

/**
 * The figure's opening page; null when it depends on the seed (Begin then
 * waits for the story itself) or could not be fetched.
 */
export function openingOf(figure: FigureId): Promise<OpeningPage | null> {
  let opening = openings.get(figure);
  if (!opening) {
    opening = OPENINGS[figure]().then(
      (m) => m.opening,
      () => {
        openings.delete(figure);
        return null;
      },
    );
    openings.set(figure, opening);
  }
  return opening;
}

// Dev: a saved .ink file sends each campaign it changes with its new opening (tools/vite-plugin-ink.ts).
import.meta.hot?.on('ink:update', ({ figure, opening }: { figure: FigureId; opening: OpeningPage | null }) =>
  openings.set(figure, Promise.resolve(opening)),
);
