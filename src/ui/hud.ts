/**
 * The HUD: chapter, date and place, and the meters as label and number (never
 * colour alone). Each meter is a disclosure button: click, tap, Enter or Space
 * opens its explanation beneath it, so nothing hides behind a hover.
 */
import { markerText, type ChangeMarker } from '../core/changeMarkers';
import type { KeyMeter } from '../core/keyMeters';
import type { MeterReading } from '../core/meters';
import { button, el } from './dom';

export interface HudModel {
  figureName: string;
  /** Shown instead of the full name on a phone. */
  figureShortName: string;
  chapterTitle: string;
  date: string;
  place: string;
  meters: MeterReading[];
  /** What the last choice did, judged for this figure (core/changeMarkers). */
  markers: ChangeMarker[];
  /** Is there a choice to take back (the controller decides)? */
  canUndo: boolean;
  /** The two meters that matter most for the figure: the phone's one-line HUD shows only these. */
  keyMeters: KeyMeter[];
}

export interface HudActions {
  onCodex: () => void;
  onMenu: () => void;
  onHelp: () => void;
  onBriefing: () => void;
  onUndo: () => void;
  onHistory: () => void;
  onSaves: () => void;
  onSettings: () => void;
}

function formatValue(m: MeterReading): string {
  const v = Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(1);
  return `${v}${m.unit}`;
}

/** Writes only a text that changed: an unchanged text rewritten is laid out again all the same. */
function text(node: HTMLElement, to: string): void {
  if (node.textContent !== to) node.textContent = to;
}

/** Writes only an attribute that changed: an unchanged one rewritten still invalidates its element's style. */
function attr(node: HTMLElement, name: string, to: string | null): void {
  if (node.getAttribute(name) === to) return;
  if (to === null) node.removeAttribute(name);
  else node.setAttribute(name, to);
}

/** A meter of the HUD, which `set` brings to a new reading (the same meter) and marker. */
interface MeterItem {
  id: string;
  element: HTMLElement;
  set(m: MeterReading, marker: ChangeMarker | undefined): void;
}

function meterItem(first: MeterReading): MeterItem {
  const explainId = `meter-explain-${first.id}`;
  const value = el('span', { class: 'meter-value' });
  const delta = el('span', { class: 'meter-delta' });
  const bar = first.count
    ? null
    : el('meter', { attrs: { min: String(first.min), max: String(first.max), 'aria-hidden': 'true' } });
  const toggle = el(
    'button',
    {
      class: 'meter-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': explainId },
    },
    [el('span', { class: 'meter-label', text: first.label }), value, delta, bar],
  );
  const explain = el('p', { class: 'meter-explain', attrs: { id: explainId, hidden: '' } });
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    explain.hidden = !open;
  });
  return {
    id: first.id,
    element: el('li', { class: `meter meter-${first.group}`, attrs: { 'data-meter': first.id } }, [
      toggle,
      explain,
    ]),
    set(m, marker) {
      text(value, formatValue(m));
      if (bar && bar.value !== m.value) bar.value = m.value;
      text(delta, marker ? markerText(marker) : '');
      attr(delta, 'class', marker ? `meter-delta verdict-${marker.verdict}` : 'meter-delta');
      attr(delta, 'hidden', marker ? null : '');
      text(explain, m.whyShown ? `${m.explain} ${m.whyShown}` : m.explain);
    },
  };
}

export interface HudView {
  element: HTMLElement;
  /** Shows the next page's HUD (the same run): date, place, meters and markers, undo. */
  update(model: HudModel): void;
}

/**
 * The HUD of a run on screen. A choice changes its date, place, meters and
 * markers: `update` rewrites those and leaves the rest (the figure, the
 * controls) as it is.
 */
export function mountHud(model: HudModel, actions: HudActions): HudView {
  const meters = el('ul', { class: 'meters', attrs: { 'aria-label': 'Meters' } });
  let items: MeterItem[] = [];
  // On a phone (styles.css) the HUD is one line: figure, date, the key meters and
  // this button, which shows every meter and the game controls.
  const more = el('button', {
    class: 'hud-more',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'hud-all' },
  });
  const all = el('div', { class: 'hud-all', attrs: { id: 'hud-all' } });
  const header = el('header', { class: 'hud', attrs: { 'data-expanded': 'false' } });
  more.addEventListener('click', () => {
    const open = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(open));
    header.dataset.expanded = String(open);
  });
  const date = el('span', { class: 'hud-date', attrs: { 'data-testid': 'date' } });
  const place = el('span', { class: 'hud-place', attrs: { 'data-testid': 'place' } });
  const brief = el('ul', { class: 'hud-key-meters', attrs: { 'aria-label': 'Key meters' } });
  const line = el('div', { class: 'hud-when' }, [
    el('span', { class: 'hud-figure', text: model.figureName }),
    el('span', { class: 'hud-figure-short', text: model.figureShortName, attrs: { 'aria-hidden': 'true' } }),
    date,
    place,
    brief,
    more,
  ]);
  const controls = nav(actions);
  all.append(meters, controls.element);
  // The game screen's level-one heading, for screen readers' heading navigation.
  const heading = el('h1', { class: 'visually-hidden', text: `Undeclared War: ${model.figureName}` });
  header.append(heading, line, all);

  let keyMetersShown = '';
  const update = (m: HudModel): void => {
    text(date, m.date);
    text(place, m.place);
    // The same meters as before (as a rule): each shows its new reading; else the list is made anew.
    if (items.map((i) => i.id).join() !== m.meters.map((r) => r.id).join()) {
      items = m.meters.map(meterItem);
      meters.replaceChildren(...items.map((i) => i.element));
    }
    m.meters.forEach((reading, i) =>
      items[i]?.set(
        reading,
        m.markers.find((k) => k.id === reading.id),
      ),
    );
    // Made anew only if they read differently: most choices move none of them.
    const keyMetersNow = JSON.stringify(m.keyMeters.map((k) => [k, m.markers.find((c) => c.id === k.id)]));
    if (keyMetersNow !== keyMetersShown) {
      keyMetersShown = keyMetersNow;
      brief.replaceChildren(...m.keyMeters.map((k) => keyMeterItem(k, m.markers)));
    }
    // …and that other meters moved too, behind the button.
    const changed = m.markers.length;
    text(more, changed > 0 ? `Meters (${changed})` : 'Meters');
    attr(
      more,
      'aria-label',
      changed > 0 ? `All meters: ${changed} changed by your last choice` : 'All meters',
    );
    attr(controls.undo, 'disabled', m.canUndo ? null : '');
  };
  update(model);
  return { element: header, update };
}

/** A key meter of the phone's one-line HUD, with what the last choice did to it. */
function keyMeterItem(m: KeyMeter, markers: readonly ChangeMarker[]): HTMLElement {
  // The phone still shows what the last choice did to the meters that matter most.
  const marker = markers.find((k) => k.id === m.id);
  return el('li', { attrs: { title: m.label } }, [
    el('span', { class: 'visually-hidden', text: m.label }),
    el('span', { text: m.short, attrs: { 'aria-hidden': 'true' } }),
    ` ${m.value}${m.unit}`,
    marker
      ? el('span', {
          class: `meter-delta verdict-${marker.verdict}`,
          text: ` ${marker.arrow}${marker.sign}${Math.abs(marker.delta)}`,
          attrs: { 'aria-label': markerText(marker) },
        })
      : null,
  ]);
}

function nav(actions: HudActions): { element: HTMLElement; undo: HTMLButtonElement } {
  const undo = button('Undo', actions.onUndo, {
    attrs: { 'aria-keyshortcuts': 'U Backspace', title: 'Take back the last choice (U)' },
  });
  const element = el('nav', { class: 'hud-nav', attrs: { 'aria-label': 'Game' } }, [
    undo,
    button('Briefing', actions.onBriefing, {
      attrs: { 'aria-label': 'Briefing: your aims and danger lines' },
    }),
    button('History', actions.onHistory, {
      attrs: { 'aria-keyshortcuts': 'H', title: 'Everything read so far (H)' },
    }),
    button('Save', actions.onSaves, { attrs: { 'aria-label': 'Save or load' } }),
    button('Meters', actions.onHelp, { attrs: { 'aria-label': 'What the meters mean' } }),
    button('Codex', actions.onCodex),
    button('Settings', actions.onSettings),
    button('Menu', actions.onMenu, { attrs: { 'aria-label': 'Menu: flowchart, export, title screen' } }),
  ]);
  return { element, undo };
}
