/**
 * The briefing before a campaign (core/briefings.ts): who you are, what you
 * want, the meters that decide your endings and their danger lines, and how
 * an ending is chosen. Shown as a screen before the first passage, with Begin
 * focused, and again as a dialog from the HUD.
 */
import type { Briefing } from '../core/briefings';
import { button, el } from './dom';
import { openDialog } from './dialog';

function briefingBody(b: Briefing, headingLevel: 'h2' | 'h3'): HTMLElement[] {
  return [
    el('p', { class: 'briefing-who', text: b.who }),
    el('p', { text: b.situation }),
    el(headingLevel, { text: 'What you want' }),
    el('p', { class: 'briefing-want', text: b.want }),
    el(headingLevel, { text: 'The meters that decide your ending' }),
    el(
      'dl',
      { class: 'briefing-meters' },
      b.meters.flatMap((m) => [
        el('dt', { text: m.label, attrs: { 'data-meter': m.id } }),
        ...m.lines.map((line) => el('dd', { text: line })),
      ]),
    ),
    el(headingLevel, { text: 'How an ending is chosen' }),
    el('p', { text: b.howEndingsAreChosen }),
  ];
}

export function renderBriefing(
  root: HTMLElement,
  b: Briefing,
  onBegin: () => void,
  onBack: () => void,
): void {
  const begin = button('Begin', onBegin, { class: 'primary', attrs: { id: 'begin' } });
  root.replaceChildren(
    el('main', { class: 'briefing', attrs: { id: 'main', 'aria-labelledby': 'briefing-title' } }, [
      el('h1', { text: `Briefing: ${b.figureName}`, attrs: { id: 'briefing-title' } }),
      ...briefingBody(b, 'h2'),
      el('div', { class: 'briefing-actions' }, [begin, button('Back to the title screen', onBack)]),
    ]),
  );
  begin.focus();
}

export function openBriefing(b: Briefing): void {
  openDialog(`Briefing: ${b.figureName}`, briefingBody(b, 'h3'));
}
