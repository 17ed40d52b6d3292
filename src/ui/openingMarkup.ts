/**
 * Each campaign's opening page as HTML, as the app draws it while its story
 * loads (the choices waiting): made by the app's own mount functions
 * (pageView.ts), so the two cannot drift. The build runs it under a DOM of its
 * own (tools/ink/openingTemplate.ts) and writes each figure's into index.html
 * as a <template> (openingTemplateId.ts), which the page's inline script shows when Begin is pressed
 * before the app has booted (earlyInput.ts).
 */
import type { OpeningPage } from '../core/opening';
import { mountPageView, openingSource, pageModels } from './pageView';

const nothing = (): void => undefined;

/** The page's elements, as the app mounts them; the build serialises them (no HTML is written here). */
export function openingMarkup(opening: OpeningPage): HTMLElement[] {
  const view = mountPageView(pageModels(openingSource(opening), true), nothing, {
    onCodex: nothing,
    onMenu: nothing,
    onHelp: nothing,
    onBriefing: nothing,
    onUndo: nothing,
    onHistory: nothing,
    onSaves: nothing,
    onSettings: nothing,
  });
  return view.elements;
}
