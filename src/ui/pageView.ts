/**
 * A run's page on screen: the HUD, the reader and the screen readers'
 * announcer, in that order. screens.ts mounts it for each page drawn anew;
 * the build mounts the prebuilt opening's the same way (openingMarkup.ts), so
 * the page index.html shows ahead of the app is the page the app then draws.
 */
import type { OpeningPage } from '../core/opening';
import { el } from './dom';
import { mountHud, type HudActions, type HudModel, type HudView } from './hud';
import { hudModelOf, type HudSource } from './hudModel';
import { mountReader, type ReaderModel, type ReaderView } from './reader';

export interface PageModels {
  reader: ReaderModel;
  hud: HudModel;
}

export interface PageView {
  hud: HudView;
  reader: ReaderView;
  announcer: HTMLElement;
  /** What goes into the screen's root, in order. */
  elements: HTMLElement[];
}

/** The page's reader and HUD. `waiting`: its choices are shown but not live yet (reader.ts). */
export function pageModels(source: HudSource, waiting: boolean): PageModels {
  const { page } = source;
  return {
    reader: { lines: page.lines, choices: page.choices, newFrom: page.newFrom, waiting },
    hud: hudModelOf(source),
  };
}

/** A campaign's prebuilt opening as its first page shows it: nothing changed yet, nothing to undo. */
export function openingSource({ figure, page, vars }: OpeningPage): HudSource {
  return { figure, page, vars, markers: [], canUndo: false };
}

export function mountPageView(
  models: PageModels,
  onChoose: (index: number) => void,
  actions: HudActions,
): PageView {
  const hud = mountHud(models.hud, actions);
  const reader = mountReader(models.reader, onChoose);
  const announcer = el('div', {
    class: 'visually-hidden',
    attrs: { 'aria-live': 'polite', id: 'announcer' },
  });
  return { hud, reader, announcer, elements: [hud.element, reader.element, announcer] };
}
