/**
 * The title screen's markup as an HTML string: the part that needs no storage
 * (the figures, their briefings, the menu). A pure function of core's data, with
 * no DOM, so the build can run it: tools/vite-plugin-title.ts writes it into
 * index.html and the title paints before any script has loaded; titleScreen.ts
 * adopts that markup (and, when the player comes back to the title, a copy of
 * it as it first came) and adds what needs storage: Continue, the endings
 * found, the import picker. One source for both, so the two cannot drift.
 */
import type { Figure } from '../core/figures';
import { htmlText as escape } from './htmlText';

/** The title's menu, in order: each button is wired by its data-action. */
export const TITLE_MENU = [
  ['speedrun', 'Speedrun'],
  ['saves', 'Saved games'],
  ['practice', 'Practice'],
  ['settings', 'Settings'],
  ['codex', 'Codex'],
  ['endings', 'Endings'],
  ['import', 'Import save'],
] as const;
export type TitleAction = (typeof TITLE_MENU)[number][0];

export function titleMarkup(figures: readonly Figure[]): string {
  const cards = figures.map(
    (f) =>
      `<li class="figure-card"><h3>${escape(f.name)}</h3>` +
      `<p class="figure-role">${escape(`${f.role} · ${f.years}`)}</p>` +
      `<p class="figure-briefing">${escape(f.briefing)}</p>` +
      // Filled in from the player's collection once the app runs.
      `<p class="figure-endings" data-endings-of="${escape(f.id)}"></p>` +
      `<button type="button" class="primary" data-figure="${escape(f.id)}">Play as ${escape(f.name)}</button></li>`,
  );
  const menu = TITLE_MENU.map(
    ([action, label]) =>
      // The speedrun button keeps its id: speedrun mode's keyboard focus returns to it.
      `<button type="button" data-action="${action}"${action === 'speedrun' ? ' id="speedrun"' : ''}>${escape(label)}</button>`,
  );
  return (
    '<main class="title-screen" id="main">' +
    '<header class="title-header"><h1>Undeclared War</h1>' +
    '<p class="tagline">Lake Khasan 1938 · Khalkhin Gol 1939 · and the roads not taken</p></header>' +
    '<section aria-labelledby="choose-figure"><h2 id="choose-figure">Choose your figure</h2>' +
    `<ul class="figures">${cards.join('')}</ul></section>` +
    `<nav class="title-menu" aria-label="More">${menu.join('')}</nav>` +
    '</main>'
  );
}
