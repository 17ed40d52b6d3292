/**
 * The HUD: chapter, date and place, and the meters as label and number (never
 * colour alone). Each meter is a disclosure button: click, tap, Enter or Space
 * opens its explanation beneath it, so nothing hides behind a hover.
 */
import { markerText, type ChangeMarker } from '../core/changeMarkers';
import type { MeterReading } from '../core/meters';
import { button, el } from './dom';

export interface HudModel {
  figureName: string;
  chapterTitle: string;
  date: string;
  place: string;
  meters: MeterReading[];
  /** What the last choice did, judged for this figure (core/changeMarkers). */
  markers: ChangeMarker[];
}

export interface HudActions {
  onCodex: () => void;
  onMenu: () => void;
  onHelp: () => void;
  onBriefing: () => void;
  onSoundMap: () => void;
}

function formatValue(m: MeterReading): string {
  const v = Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(1);
  return `${v}${m.unit}`;
}

function meterItem(m: MeterReading, marker: ChangeMarker | undefined): HTMLElement {
  const explainId = `meter-explain-${m.id}`;
  const bar = m.count
    ? null
    : el('meter', {
        attrs: { min: String(m.min), max: String(m.max), value: String(m.value), 'aria-hidden': 'true' },
      });
  const toggle = el(
    'button',
    {
      class: 'meter-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': explainId },
    },
    [
      el('span', { class: 'meter-label', text: m.label }),
      el('span', { class: 'meter-value', text: formatValue(m) }),
      marker
        ? el('span', { class: `meter-delta verdict-${marker.verdict}`, text: markerText(marker) })
        : null,
      bar,
    ],
  );
  const explain = el('p', {
    class: 'meter-explain',
    text: m.whyShown ? `${m.explain} ${m.whyShown}` : m.explain,
    attrs: { id: explainId, hidden: '' },
  });
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    explain.hidden = !open;
  });
  return el('li', { class: `meter meter-${m.group}`, attrs: { 'data-meter': m.id } }, [toggle, explain]);
}

export function renderHud(model: HudModel, actions: HudActions): HTMLElement {
  const meters = el('ul', { class: 'meters', attrs: { 'aria-label': 'Meters' } });
  for (const m of model.meters)
    meters.append(
      meterItem(
        m,
        model.markers.find((k) => k.id === m.id),
      ),
    );
  return el('header', { class: 'hud' }, [
    el('div', { class: 'hud-when' }, [
      el('span', { class: 'hud-figure', text: model.figureName }),
      el('span', { class: 'hud-date', text: model.date, attrs: { 'data-testid': 'date' } }),
      el('span', { class: 'hud-place', text: model.place, attrs: { 'data-testid': 'place' } }),
    ]),
    meters,
    el('nav', { class: 'hud-nav', attrs: { 'aria-label': 'Game' } }, [
      button('Briefing', actions.onBriefing, {
        attrs: { 'aria-label': 'Briefing: your aims and danger lines' },
      }),
      button('Meters', actions.onHelp, { attrs: { 'aria-label': 'What the meters mean' } }),
      button('Codex', actions.onCodex),
      button('Sound', actions.onSoundMap, {
        attrs: { 'data-action': 'sound-map', 'aria-label': 'Sound and map settings' },
      }),
      button('Menu', actions.onMenu, { attrs: { 'aria-label': 'Menu: save, export, title screen' } }),
    ]),
  ]);
}
