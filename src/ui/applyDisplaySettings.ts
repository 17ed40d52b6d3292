/**
 * Applies the display settings to the page as attributes and custom
 * properties on <html>, which the stylesheet reads: a change shows at once,
 * with no re-render. Reduced motion on 'system' follows the OS preference live.
 */
import type { DisplaySettings } from '../core/displaySettings';

export interface DisplaySource {
  get(): DisplaySettings;
  subscribe(listener: (value: DisplaySettings) => void): () => void;
}

/** Does the player want reduced motion, by their setting or, on 'system', by the OS? */
export function motionReduced(s: DisplaySettings): boolean {
  if (s.reducedMotion !== 'system') return s.reducedMotion === 'on';
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function applyDisplaySettings(display: DisplaySource): void {
  const html = document.documentElement;
  // Only what differs is set: the page's inline script (earlyDisplay.ts) has set the same values
  // before the first paint, and each write would have the whole page's style worked out again.
  const data = (key: string, value: string): void => {
    if (html.dataset[key] !== value) html.dataset[key] = value;
  };
  const property = (name: string, value: string): void => {
    if (html.style.getPropertyValue(name) !== value) html.style.setProperty(name, value);
  };
  const apply = (s: DisplaySettings): void => {
    data('theme', s.theme);
    data('typeface', s.typeface);
    data('motion', motionReduced(s) ? 'reduce' : 'full');
    data('numberKeys', s.numberKeys ? 'on' : 'off');
    property('--text-size', `${s.textSize}%`);
    property('--measure', `${s.lineWidth}ch`);
  };
  apply(display.get());
  display.subscribe(apply);
  window
    .matchMedia('(prefers-reduced-motion: reduce)')
    .addEventListener('change', () => apply(display.get()));
}
