/**
 * The briefing before a campaign (core/briefings.ts): who you are, what you
 * want, the meters that decide your endings and their danger lines, and how
 * an ending is chosen. Its markup is index.html's (briefingMarkup.ts, written
 * by the build), copied here, so that the page's inline script can show it
 * before the app has booted. Shown as a screen before the first passage, with
 * Begin focused, and again as a dialog from the HUD.
 */
import type { FigureId } from '../core/figures';
import { briefingTemplateId } from './briefingMarkup';
import { openDialog } from './dialog';
import { el } from './dom';

/** A copy of the figure's briefing screen from index.html's template. */
function briefingScreen(figure: FigureId): HTMLElement {
  const template = document.getElementById(briefingTemplateId(figure));
  const screen = template instanceof HTMLTemplateElement ? template.content.firstElementChild : null;
  if (!screen) throw new Error(`index.html has no briefing for ${figure} (tools/vite-plugin-title.ts)`);
  return screen.cloneNode(true) as HTMLElement;
}

/**
 * Shows the figure's briefing in `root`, Begin focused: the one the page's
 * inline script put there before the app booted (earlyInput.ts), as it is, or
 * a new copy.
 */
export function renderBriefing(
  root: HTMLElement,
  figure: FigureId,
  onBegin: () => void,
  onBack: () => void,
): void {
  let screen = root.querySelector<HTMLElement>(
    `main.briefing[data-figure-briefed="${CSS.escape(figure)}"]:not([data-ready])`,
  );
  if (!screen) root.replaceChildren((screen = briefingScreen(figure)));
  screen.dataset.ready = '';
  const begin = screen.querySelector<HTMLButtonElement>('#begin')!;
  begin.addEventListener('click', onBegin);
  screen.querySelector('[data-briefing="back"]')!.addEventListener('click', onBack);
  if (document.activeElement !== begin) begin.focus();
}

/** The briefing as a dialog: the screen's text, its headings a level down, without its buttons. */
export function openBriefing(figure: FigureId): void {
  const screen = briefingScreen(figure);
  const body = [...screen.children]
    .filter((c) => c.tagName !== 'H1' && !c.classList.contains('briefing-actions'))
    .map((c) => (c.tagName === 'H2' ? el('h3', { text: c.textContent ?? '' }) : (c as HTMLElement)));
  openDialog(screen.querySelector('h1')?.textContent ?? 'Briefing', body);
}
