/**
 * The HUD of a page: who, where and when, and the meters. A pure function of
 * the page and the story's variables, shared by the screens (screens.ts) and
 * by the build, which draws each campaign's opening page ahead (openingMarkup.ts).
 */
import type { ChangeMarker } from '../core/changeMarkers';
import { figureById, type FigureId } from '../core/figures';
import { keyMeters } from '../core/keyMeters';
import { meterValues, visibleMeters } from '../core/meters';
import { whereabouts, type Page } from '../core/page';
import type { StoryVars } from '../core/storyVars';
import type { HudModel } from './hud';

export interface HudSource {
  figure: FigureId;
  page: Page;
  vars: StoryVars;
  /** What the last choice did (core/changeMarkers). */
  markers: ChangeMarker[];
  canUndo: boolean;
}

export function hudModelOf({ figure, page, vars, markers, canUndo }: HudSource): HudModel {
  const where = whereabouts(page);
  return {
    figureName: figureById(figure)?.name ?? figure,
    figureShortName: figureById(figure)?.shortName ?? figure,
    chapterTitle: page.chapterTitle,
    date: where.date,
    place: where.place,
    meters: visibleMeters(figure, vars),
    markers,
    canUndo,
    keyMeters: keyMeters(figure, meterValues(vars), 2),
  };
}
