/** The HUD: chapter, date and place, and the meters as label and number (never colour alone). */
import type { MeterReading } from '../core/meters';
import { el } from './dom';

export interface HudModel {
  figureName: string;
  chapterTitle: string;
  date: string;
  place: string;
  meters: MeterReading[];
  /** Change of each meter since the previous choice, by id. */
  deltas: Record<string, number>;
}

function formatValue(m: MeterReading): string {
  const v = Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(1);
  return `${v}${m.unit}`;
}

function formatDelta(d: number): string {
  const abs = Number.isInteger(d) ? String(Math.abs(d)) : Math.abs(d).toFixed(1);
  return d > 0 ? `▲ +${abs}` : `▼ −${abs}`;
}

export function renderHud(
  model: HudModel,
  onCodex: () => void,
  onMenu: () => void,
  onHelp: () => void,
): HTMLElement {
  const meters = el('ul', { class: 'meters', attrs: { 'aria-label': 'Meters' } });
  for (const m of model.meters) {
    const delta = model.deltas[m.id] ?? 0;
    const bar =
      m.group === 'casualties'
        ? null
        : el('meter', {
            attrs: { min: String(m.min), max: String(m.max), value: String(m.value), 'aria-hidden': 'true' },
          });
    meters.append(
      el('li', { class: `meter meter-${m.group}`, attrs: { 'data-meter': m.id, title: m.explain } }, [
        el('span', { class: 'meter-label', text: m.label }),
        el('span', { class: 'meter-value', text: formatValue(m) }),
        delta !== 0
          ? el('span', { class: `meter-delta ${delta > 0 ? 'up' : 'down'}`, text: formatDelta(delta) })
          : null,
        bar,
        el('span', { class: 'visually-hidden', text: `. ${m.explain}` }),
      ]),
    );
  }
  const menuButton = el('button', {
    text: 'Menu',
    attrs: { type: 'button', 'aria-label': 'Menu: save, export, title screen' },
  });
  menuButton.addEventListener('click', onMenu);
  const codexButton = el('button', { text: 'Codex', attrs: { type: 'button' } });
  codexButton.addEventListener('click', onCodex);
  const helpButton = el('button', {
    text: 'Meters',
    attrs: { type: 'button', 'aria-label': 'What the meters mean' },
  });
  helpButton.addEventListener('click', onHelp);
  return el('header', { class: 'hud' }, [
    el('div', { class: 'hud-when' }, [
      el('span', { class: 'hud-figure', text: model.figureName }),
      el('span', { class: 'hud-date', text: model.date, attrs: { 'data-testid': 'date' } }),
      el('span', { class: 'hud-place', text: model.place, attrs: { 'data-testid': 'place' } }),
    ]),
    meters,
    el('nav', { class: 'hud-nav', attrs: { 'aria-label': 'Game' } }, [helpButton, codexButton, menuButton]),
  ]);
}
